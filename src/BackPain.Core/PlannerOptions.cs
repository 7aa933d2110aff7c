
namespace BackPain.Core;

/// <summary>
/// Tunes a <see cref="RecoveryPlanner"/>. The rest rules can only be made stricter: they are expressed as extra days
/// on top of the domain minimums (small muscles 1 day, large 2, large after a hard session 3), and a
/// <see cref="Days"/> value cannot be negative, so a looser rest cannot be written down at all.
/// </summary>
public sealed record PlannerOptions
{
    /// <summary>The default options.</summary>
    public static PlannerOptions Default { get; } = new();

    /// <summary>Extra rest days for small muscle groups, on top of the minimum of 1. Default 0.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("extraRestSmallDays")]
    public Days ExtraRestSmall { get; init; }

    /// <summary>Extra rest days for large muscle groups, on top of the minimum of 2 (3 after a hard session). Default 0.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("extraRestLargeDays")]
    public Days ExtraRestLarge { get; init; }

    /// <summary>
    /// The rate of perceived exertion from which a session counts as hard, 1 to 8; default 8. A lower threshold is
    /// stricter (more sessions count as hard, so large muscles rest 3 days after more of them).
    /// </summary>
    public int HardRpeThreshold { get; init; } = 8;

    /// <summary>Days between check-ins after the one on day 7: 1 to 7, default 7 (weekly). Fewer days is stricter.</summary>
    [System.Text.Json.Serialization.JsonPropertyName("checkInIntervalDays")]
    public Days CheckInInterval { get; init; } = Days.Of(7);

    /// <summary>How many days from the start ice is planned, when the assessment advises it: 1 to 7, default 3 (a library default).</summary>
    public Days IceDays { get; init; } = Days.Of(3);

    /// <summary>How many days from the start heat is planned, when the assessment advises it: 1 to 28, default 7 (a library default).</summary>
    public Days HeatDays { get; init; } = Days.Of(7);

    /// <summary>Lists every problem with these options, each outside its range with <see cref="ValidationCode.OutOfRange"/> and its JSON name as path (<c>extraRestSmallDays</c>: a number of days has the unit in its name).</summary>
    public ValidationResult Validate()
    {
        var errors = new Internal.ErrorCollector();
        Check(errors);
        return errors.ToResult();
    }

    /// <summary>The checks of <see cref="Validate"/>, added to <paramref name="errors"/> (the JSON reader places them under <c>options</c>).</summary>
    internal void Check(Internal.ErrorCollector errors)
    {
        errors.Range("hardRpeThreshold", HardRpeThreshold, 1, 8);
        errors.Range("extraRestSmallDays", ExtraRestSmall.Count, 0, 14);
        errors.Range("extraRestLargeDays", ExtraRestLarge.Count, 0, 14);
        errors.Range("checkInIntervalDays", CheckInInterval.Count, 1, 7);
        errors.Range("iceDays", IceDays.Count, 1, 7);
        errors.Range("heatDays", HeatDays.Count, 1, 28);
    }
}
