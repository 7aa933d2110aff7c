using BackPain.Core.Serialization;

namespace BackPain.Core.Benchmarks;

/// <summary>
/// The named examples of the domain model, one per cause, and one with a red flag: the stories of the repository's
/// <c>examples/*.json</c> (embedded in this assembly), each named after its file (<c>PoorCore</c> is <c>poor-core.json</c>).
/// </summary>
public enum NamedExample
{
    /// <summary>A dull ache on both sides the day after a new, hard leg day.</summary>
    Doms,

    /// <summary>Posture broke down while running; the ache keeps coming back.</summary>
    PoorCore,

    /// <summary>Sharp pain during a squat set that persists.</summary>
    PulledMuscle,

    /// <summary>Sharp pain and pain down one leg after a deadlift pulled in a sudden jerk; hard to stand up.</summary>
    SlippedDisc,

    /// <summary>A pop during a power clean with shooting pain through the back.</summary>
    LigamentTear,

    /// <summary>A deadlift injury, then numbness in both legs and the saddle area and bladder trouble: an emergency.</summary>
    RedFlag,
}

/// <summary>How a plan's check-ins fall on its dates.</summary>
public enum CheckInLayout
{
    /// <summary>Spread evenly over the plan, now and then several on one date.</summary>
    Spread,

    /// <summary>All on one date (day 30), as in issue 12's example 14, where reading such a plan was superlinear.</summary>
    OneDate,
}

/// <summary>The inputs the benchmarks and their tests share: the named reports, a start date, training histories, check-ins.</summary>
public static class Examples
{
    /// <summary>The first day of every plan in the benchmarks (a Monday).</summary>
    public static readonly DateOnly Start = new(2025, 3, 3);

    private static readonly Dictionary<NamedExample, SymptomReport> Stories = Enum.GetValues<NamedExample>().ToDictionary(e => e, Read);

    /// <summary>Every named example, in declaration order.</summary>
    public static IReadOnlyList<NamedExample> All { get; } = Enum.GetValues<NamedExample>();

    /// <summary>The cause each named example is named after: its assessment must rank it first.</summary>
    public static Cause ExpectedTopCause(NamedExample example) => example switch
    {
        NamedExample.Doms => Cause.Doms,
        NamedExample.PoorCore => Cause.PoorCoreStrength,
        NamedExample.PulledMuscle => Cause.PulledMuscle,
        NamedExample.SlippedDisc or NamedExample.RedFlag => Cause.SlippedDisc, // §1.1: numbness in both legs speaks most for a disc
        NamedExample.LigamentTear => Cause.LigamentTear,
        _ => throw new ArgumentOutOfRangeException(nameof(example), example, "Unknown example."),
    };

    /// <summary>The answers of a named example, as a person gives them (a fresh builder each call), read from its file.</summary>
    public static SymptomReportBuilder Answers(NamedExample example) => Stories[example].ToBuilder();

    /// <summary>
    /// A history of <paramref name="count"/> workouts, one a day on the days before <see cref="Start"/>, cycling
    /// through a week of typical sessions (squats, deadlifts, runs, presses, core work) at RPE 5 to 9.
    /// </summary>
    public static TrainingHistory History(int count)
    {
        Exercise[][] week =
        [
            [Exercise.Squat, Exercise.BenchPress, Exercise.Plank],
            [Exercise.Deadlift, Exercise.PullUp],
            [Exercise.Running],
            [Exercise.OverheadPress, Exercise.BarbellRow, Exercise.Crunch],
            [Exercise.Lunge, Exercise.PushUp, Exercise.CalfRaise],
            [Exercise.Cycling],
            [Exercise.RomanianDeadlift, Exercise.LatPulldown, Exercise.BicepsCurl],
        ];
        var workouts = new Workout[count];
        for (var i = 0; i < count; i++)
        {
            workouts[i] = new Workout(Start.AddDays(-1 - i), week[i % week.Length], rpe: 5 + (i % 5));
        }

        return new TrainingHistory(workouts);
    }

    /// <summary>
    /// <paramref name="count"/> check-ins for the <see cref="NamedExample.PulledMuscle"/> plan of <paramref name="planDays"/>
    /// days, as a person recovering would report them, the same for the same arguments. With <see cref="CheckInLayout.Spread"/>
    /// they fall from day 2 to the day before the last, evenly, and one in ten on the same date as the one before it
    /// (so the last check-in of a longer run still fits in the plan). Read as a fraction <c>f</c> of the way through them:
    /// the pain falls from the report's 5 to 0 by <c>f</c> = 0.2 and stays there; about one check-in in twelve is a worse
    /// day (2–3 points above that, trend worse), after which the pain goes back down; the first check-in from <c>f</c> = 0.05
    /// brings a light-activity clearance, the first from 0.08 a new pain down one leg (a slipped disc becomes possible:
    /// see a doctor, no strenuous exercise), the first from 0.12 a full clearance; about one in twenty reports another new
    /// finding (tight muscles, a dull ache, pain on both sides, or sharp pain). The trend follows the pain: lower is
    /// better, equal the same, higher worse.
    /// </summary>
    public static IReadOnlyList<CheckInReport> CheckIns(int count, int planDays, CheckInLayout layout = CheckInLayout.Spread)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(planDays, 3);
        Symptom[] occasional = [Symptom.MusclesTight, Symptom.DullAche, Symptom.PainOnBothSides, Symptom.SharpPain];
#pragma warning disable CA5394 // Not security: a seeded, reproducible benchmark input.
        var random = new Random(20250303);
        var checkIns = new CheckInReport[count];
        var previousPain = Answers(NamedExample.PulledMuscle).Severity!.Value;
        var offset = 1;
        bool light = false, leg = false, full = false;
        for (var i = 0; i < count; i++)
        {
            var f = (double)i / count;
            offset = layout == CheckInLayout.OneDate ? Math.Min(29, planDays - 1)
                : i > 0 && random.NextDouble() < 0.1 ? offset
                : Math.Max(offset, 1 + (int)((long)i * (planDays - 2) / count));

            var pain = (int)Math.Round(5 * Math.Max(0, 1 - (f / 0.2)));
            if (i > 0 && random.NextDouble() < 0.08)
            {
                pain += 2 + random.Next(2);
            }

            var trend = pain < previousPain ? Trend.Better : pain == previousPain ? Trend.Same : Trend.Worse;
            var clearance = Clearance.None;
            if (!light && f >= 0.05)
            {
                (light, clearance) = (true, Clearance.LightActivity);
            }
            else if (!full && f >= 0.12)
            {
                (full, clearance) = (true, Clearance.FullTraining);
            }

            List<Symptom> findings = [];
            if (!leg && f >= 0.08)
            {
                leg = true;
                findings.Add(Symptom.PainDownOneLeg);
            }
            else if (random.NextDouble() < 0.05)
            {
                findings.Add(occasional[random.Next(occasional.Length)]);
            }

            checkIns[i] = new CheckInReport(Start.AddDays(offset), pain, trend, clearance, findings);
            previousPain = pain;
        }
#pragma warning restore CA5394

        return checkIns;
    }

    /// <summary>
    /// The <see cref="NamedExample.PulledMuscle"/> plan of <paramref name="planDays"/> days with <paramref name="workouts"/>
    /// workouts of history (<see cref="History"/>) and
    /// the first <paramref name="checkIns"/> of <see cref="CheckIns"/>(<paramref name="checkIns"/> + 1, …), and the check-in
    /// that comes after them (the last of those), so a benchmark can time adding it.
    /// </summary>
    public static (RecoveryPlan Plan, CheckInReport Next) PlanWithCheckIns(
        int planDays, int checkIns, CheckInLayout layout = CheckInLayout.Spread, int workouts = 100)
    {
        var all = CheckIns(checkIns + 1, planDays, layout);
        var assessment = BackPainAssessor.Default.Assess(Answers(NamedExample.PulledMuscle).Build());
        var plan = RecoveryPlanner.Default.Plan(assessment, History(workouts), new PlanRequest(Start, Days.Of(planDays)));
        foreach (var checkIn in all.Take(checkIns))
        {
            plan = plan.CheckIn(checkIn);
        }

        return (plan, all[^1]);
    }

    private static SymptomReport Read(NamedExample example)
    {
        var fileName = string.Concat(example.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
        using var stream = typeof(Examples).Assembly.GetManifestResourceStream($"examples/{fileName}.json")
            ?? throw new InvalidOperationException($"examples/{fileName}.json is not embedded.");
        using var reader = new StreamReader(stream);
        return BackPainJson.DeserializeReport(reader.ReadToEnd());
    }
}
