
namespace BackPain.Core;

/// <summary>
/// Which days a recovery plan covers: from <see cref="Start"/> (given by the caller: the library never reads a
/// clock) for <see cref="Length"/> calendar days, 1 to 365, 28 by default.
/// </summary>
public sealed record PlanRequest
{
    /// <summary>The longest plan, in days.</summary>
    public const int MaxLength = 365;

    /// <summary>The default plan length, in days.</summary>
    public const int DefaultLength = 28;

    /// <summary>Creates a request.</summary>
    /// <param name="start">The first day of the plan (day 1), usually today in the person's time zone.</param>
    /// <param name="length">How many days the plan covers, 1 to 365; 28 when not given.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> is outside 1–365.</exception>
    public PlanRequest(DateOnly start, Days? length = null)
    {
        var days = length ?? Days.Of(DefaultLength);
        if (days.Count is < 1 or > MaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(length), days.Count, $"length must be between 1 and {MaxLength} days; it was {days.Count}.");
        }

        if (start > DateOnly.MaxValue.AddDays(-(MaxLength + Days.MaxCount)))
        {
            throw new ArgumentOutOfRangeException(nameof(start), start, "start is too close to the end of the calendar.");
        }

        Start = start;
        Length = days;
    }

    /// <summary>The first day of the plan (day 1).</summary>
    public DateOnly Start { get; }

    /// <summary>How many days the plan covers.</summary>
    public Days Length { get; }

    /// <summary>The last day of the plan.</summary>
    public DateOnly End => Start.AddDays(Length.Count - 1);
}
