using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// Which days a recovery plan covers: from <see cref="Start"/> (given by the caller: the library never reads a
/// clock) for <see cref="Length"/> calendar days, 1 to 365, 28 by default.
/// </summary>
public sealed record PlanRequest
{
    /// <summary>The longest plan, in days.</summary>
    public static int MaxLength { get; } = 365;

    /// <summary>The default plan length, in days.</summary>
    public static Days DefaultLength { get; } = Days.Of(28);

    /// <summary>The latest start a plan may have, so that the plan and every rest period in it fit in the calendar.</summary>
    public static DateOnly MaxStart { get; } = DateOnly.MaxValue.AddDays(-(MaxLength + Days.MaxCount));

    /// <summary>Creates a request.</summary>
    /// <param name="start">The first day of the plan (day 1), usually today in the person's time zone; at most <see cref="MaxStart"/>.</param>
    /// <param name="length">How many days the plan covers, 1 to 365; 28 when not given.</param>
    /// <exception cref="BackPainValidationException">
    /// Lists every problem: <paramref name="length"/> outside 1–365 (<c>length</c>, <see cref="ValidationCode.OutOfRange"/>),
    /// <paramref name="start"/> after <see cref="MaxStart"/> (<c>start</c>, <see cref="ValidationCode.OutOfRange"/>).
    /// </exception>
    public PlanRequest(DateOnly start, Days? length = null)
    {
        var days = length ?? DefaultLength;
        var errors = new ErrorCollector();
        Check(errors, start, days);
        errors.ThrowIfAny("planRequest");
        Start = start;
        Length = days;
    }

    /// <summary>The first day of the plan (day 1).</summary>
    public DateOnly Start { get; }

    /// <summary>How many days the plan covers. JSON: <c>"lengthDays": 28</c>.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("lengthDays")]
    public Days Length { get; }

    /// <summary>The last day of the plan.</summary>
    public DateOnly End => Start.AddDays(Length.Count - 1);

    /// <summary>
    /// The checks of the constructor, with paths relative to the request; the JSON reader runs the same ones, naming
    /// the length by its JSON name (<paramref name="lengthPath"/> <c>lengthDays</c>) rather than the parameter's.
    /// </summary>
    internal static void Check(ErrorCollector errors, DateOnly? start, Days length, string lengthPath = "length")
    {
        if (length.Count < 1 || length.Count > MaxLength)
        {
            errors.Add(lengthPath, ValidationCode.OutOfRange, Messages.Format("validation.lengthRange", MaxLength, length.Count), length.Count);
        }

        if (start > MaxStart)
        {
            errors.Add("start", ValidationCode.OutOfRange, Messages.Format("validation.startTooLate", RecoveryPlanner.Iso(MaxStart), RecoveryPlanner.Iso(start.Value)), start.Value);
        }
    }
}
