using BackPain.Core.Serialization;
using CsCheck;

namespace BackPain.Core.Calendar.Tests;

/// <summary>The plans of the tests: the example stories from 2026-12-01, and generated plans for the properties.</summary>
public static class Plans
{
    public static readonly DateOnly Start = new(2026, 12, 1);

    public static IReadOnlyList<string> Stories { get; } = ["doms", "poor-core", "pulled-muscle", "slipped-disc", "ligament-tear", "red-flag"];

    /// <summary>The story's 28-day plan from <see cref="Start"/>.</summary>
    public static RecoveryPlan Story(string name)
        => RecoveryPlanner.Default.Plan(BackPainAssessor.Default.Assess(BackPainJson.DeserializeReport(Read(name))), TrainingHistory.Empty, new PlanRequest(Start));

    /// <summary>The example check-in (examples/check-in.json): pain 0, better, on 2026-12-08.</summary>
    public static CheckInReport PainFreeCheckIn() => BackPainJson.DeserializeCheckIn(Read("check-in"));

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", name + ".json"));

    private static readonly Exercise[] Exercises = [.. Exercise.All];

    private static readonly Gen<SymptomReport> Reports =
        from severity in Gen.Int[1, 10]
        from onset in Gen.Enum<Onset>()
        from character in Gen.Enum<PainCharacter>()
        from area in Gen.Enum<BackArea>()
        from flags in Gen.Int[0, 15]
        from exercises in Gen.Int[0, Exercises.Length - 1].Array[0, 3]
        from redFlag in Gen.Int[0, 9]
        select new SymptomReportBuilder
        {
            Severity = severity,
            Onset = onset,
            Character = character,
            Area = area,
            PopHeard = (flags & 1) != 0,
            SuddenJerk = (flags & 2) != 0,
            MusclesTight = (flags & 4) != 0,
            HardOrUnaccustomedWorkout = (flags & 8) != 0,
            Exercises = [.. exercises.Distinct().Select(i => Exercises[i])],
            RedFlags = redFlag == 0 ? [Symptom.FromId("saddleNumbness")] : [],
        }.Build();

    /// <summary>A plan of 1 to 60 days from a report, with 0 to 4 check-ins in date order, and sometimes stricter options.</summary>
    public static Gen<RecoveryPlan> Generated { get; } =
        from report in Reports
        from start in Gen.Int[0, 730].Select(new DateOnly(2025, 1, 1).AddDays)
        from length in Gen.Int[1, 60]
        from interval in Gen.Int[1, 7]
        from answers in Gen.Select(Gen.Int[0, length - 1], Gen.Int[0, 10], Gen.Enum<Trend>(), Gen.Enum<Clearance>()).Array[0, 4]
        select answers.OrderBy(a => a.Item1).Aggregate(
            new RecoveryPlanner(PlannerOptions.Default with { CheckInInterval = Days.Of(interval) })
                .Plan(BackPainAssessor.Default.Assess(report), TrainingHistory.Empty, new PlanRequest(start, Days.Of(length))),
            (plan, a) => plan.CheckIn(new CheckInReport(start.AddDays(a.Item1), a.Item2, a.Item2 == 0 && a.Item3 == Trend.Worse ? Trend.Same : a.Item3, a.Item4)));
}
