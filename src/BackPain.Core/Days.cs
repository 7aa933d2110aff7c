using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// A whole number of calendar days, 0 to 3,650: the unit of rest periods and healing estimates. Adding
/// <c>Days</c> to a <see cref="DateOnly"/> moves it forward by that many calendar dates.
/// </summary>
public readonly record struct Days : IComparable<Days>
{
    /// <summary>The largest count a <see cref="Days"/> can hold (about ten years).</summary>
    public static int MaxCount { get; } = 3650;

    /// <summary>Creates a period of <paramref name="count"/> days.</summary>
    /// <exception cref="BackPainValidationException"><paramref name="count"/> is below 0 or above <see cref="MaxCount"/> (path <c>count</c>, code <see cref="ValidationCode.OutOfRange"/>).</exception>
    public Days(int count)
    {
        if (count < 0 || count > MaxCount)
        {
            // Checked before collecting, so the valid case allocates nothing: days are made in the planner's loops.
            var errors = new ErrorCollector();
            errors.Range(nameof(count), count, 0, MaxCount);
            errors.ThrowIfAny("days");
        }

        Count = count;
    }

    /// <summary>The number of calendar days.</summary>
    public int Count { get; }

    /// <summary>Creates a period of <paramref name="count"/> days.</summary>
    /// <exception cref="BackPainValidationException"><paramref name="count"/> is below 0 or above <see cref="MaxCount"/>.</exception>
    public static Days Of(int count) => new(count);

    /// <summary>Moves a date forward by a number of days.</summary>
    public static DateOnly operator +(DateOnly date, Days days) => date.AddDays(days.Count);

    /// <summary>Whether one period is shorter than another.</summary>
    public static bool operator <(Days left, Days right) => left.Count < right.Count;

    /// <summary>Whether one period is longer than another.</summary>
    public static bool operator >(Days left, Days right) => left.Count > right.Count;

    /// <summary>Whether one period is at most as long as another.</summary>
    public static bool operator <=(Days left, Days right) => left.Count <= right.Count;

    /// <summary>Whether one period is at least as long as another.</summary>
    public static bool operator >=(Days left, Days right) => left.Count >= right.Count;

    /// <summary>Moves a date forward by a number of days.</summary>
    public static DateOnly Add(DateOnly date, Days days) => date + days;

    /// <inheritdoc />
    public int CompareTo(Days other) => Count.CompareTo(other.Count);

    /// <inheritdoc />
    public override string ToString() => Count == 1 ? "1 day" : $"{Count} days";
}
