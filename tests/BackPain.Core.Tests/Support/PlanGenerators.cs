using CsCheck;

namespace BackPain.Core.Tests.Support;

/// <summary>
/// CsCheck generators for recovery-plan properties: start dates, training histories around the start date, plan
/// lengths and planner options (the reports come from <see cref="Generators.ValidReports"/>, the check-ins from
/// <see cref="LongitudinalGenerators"/>).
/// </summary>
public static class PlanGenerators
{
    /// <summary>The longest plan the properties generate (kept modest so that the whole run stays fast).</summary>
    public const int MaxLength = 120;

    private static readonly DateOnly Epoch = new(2025, 1, 1);

    /// <summary>A start date within two years (leap day included).</summary>
    public static Gen<DateOnly> StartDate { get; } = Gen.Int[0, 730].Select(Epoch.AddDays);

    /// <summary>Mostly the default options; otherwise stricter rest (0–2 extra days), any hard threshold 1–8 and any check-in interval 1–7.</summary>
    public static Gen<PlannerOptions> Options { get; } = Gen.Frequency<PlannerOptions>(
        (3, Gen.Const(PlannerOptions.Default)),
        (1, Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[1, 8], Gen.Int[1, 7], (small, large, rpe, interval) => new PlannerOptions
        {
            ExtraRestSmall = Days.Of(small),
            ExtraRestLarge = Days.Of(large),
            HardRpeThreshold = rpe,
            CheckInInterval = Days.Of(interval),
        })));

    /// <summary>
    /// A plan length of 1–120 days, mostly up to three weeks (four in five), so that 10,000 cases stay fast; the rest
    /// reach past the six-week minimum healing time of a slipped disc and a ligament tear.
    /// </summary>
    public static Gen<int> Length { get; } = Gen.Frequency<int>((4, Gen.Int[1, 21]), (1, Gen.Int[22, MaxLength]));

    /// <summary>How many workouts a history holds: 0–30, mostly up to ten (three in four).</summary>
    public static Gen<int> WorkoutCount { get; } = Gen.Frequency<int>((3, Gen.Int[0, 10]), (1, Gen.Int[11, 30]));

    /// <summary>A workout <paramref name="firstOffset"/> to <paramref name="lastOffset"/> days from <paramref name="start"/>: 1–3 exercises, an RPE or none, mostly not marked hard.</summary>
    public static Gen<Workout> Workout(DateOnly start, int firstOffset, int lastOffset) => Gen.Select(
        Gen.Int[firstOffset, lastOffset],
        Generators.CatalogueExercise.Array[1, 3],
        Gen.Int[1, 10].Nullable(),
        Gen.Frequency<bool>((3, Gen.Const(false)), (1, Gen.Const(true))),
        (offset, exercises, rpe, hard) => new Workout(start.AddDays(offset), exercises, rpe, hard));
}
