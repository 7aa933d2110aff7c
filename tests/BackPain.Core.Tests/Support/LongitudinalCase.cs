using System.Globalization;

namespace BackPain.Core.Tests.Support;

/// <summary>
/// One generated longitudinal situation. The plans are built on demand (so that a property pays for them and nothing
/// is kept between properties): <see cref="Plans"/>()[0] before any check-in, then one plan after each check-in in turn.
/// </summary>
public sealed class LongitudinalCase
{
    /// <summary>Makes a case; nothing is planned yet.</summary>
    public LongitudinalCase(DateOnly start, int length, SymptomReport report, Workout[] workouts, CheckInReport[] checkIns, PlannerOptions options)
    {
        Start = start;
        Length = length;
        Report = report;
        Workouts = workouts;
        CheckIns = checkIns;
        Options = options;
        Request = new PlanRequest(start, Days.Of(length));
        Assessment = BackPainAssessor.Default.Assess(report);
    }

    /// <summary>The first day of the plan.</summary>
    public DateOnly Start { get; }

    /// <summary>How many days the plan covers.</summary>
    public int Length { get; }

    /// <summary>The last day of the plan.</summary>
    public DateOnly End => Request.End;

    /// <summary>The dates of the plan.</summary>
    public PlanRequest Request { get; }

    /// <summary>The report that was assessed.</summary>
    public SymptomReport Report { get; }

    /// <summary>The workouts of the history, in the generated (unsorted) order.</summary>
    public IReadOnlyList<Workout> Workouts { get; }

    /// <summary>The check-ins, oldest first.</summary>
    public IReadOnlyList<CheckInReport> CheckIns { get; }

    /// <summary>The planner options.</summary>
    public PlannerOptions Options { get; }

    /// <summary>The assessment of <see cref="Report"/> by the default assessor.</summary>
    public Assessment Assessment { get; }

    /// <summary>The oracle for this case, written from the spec: computed from the inputs only, never from a plan.</summary>
    public LongitudinalOracle NewOracle() => new(Report, Assessment, Workouts, Request, Options, CheckIns);

    /// <summary>A planner with this case's options.</summary>
    public RecoveryPlanner Planner() => Options == PlannerOptions.Default ? RecoveryPlanner.Default : new RecoveryPlanner(Options);

    /// <summary>Plans the case and applies the check-ins one by one: the plan before any check-in, then after each.</summary>
    public RecoveryPlan[] Plans()
    {
        var plans = new RecoveryPlan[CheckIns.Count + 1];
        plans[0] = Planner().Plan(Assessment, new TrainingHistory(Workouts), Request);
        for (var i = 0; i < CheckIns.Count; i++)
        {
            plans[i + 1] = plans[i].CheckIn(CheckIns[i]);
        }

        return plans;
    }

    /// <summary>The same case from inputs rebuilt from scratch (a new report, workouts, check-ins, options and planner).</summary>
    public LongitudinalCase Rebuilt() => new(
        Start,
        Length,
        Report.ToBuilder().Build(),
        [.. Workouts.Select(w => new Workout(w.Date, [.. w.Exercises], w.Rpe, w.IsHard))],
        [.. CheckIns.Select(c => new CheckInReport(c.Date, c.Pain, c.Trend, c.Clearance, [.. c.NewSymptoms], [.. c.CausesRuledOut], [.. c.CausesConfirmed]))],
        Options with { });

    /// <summary>How big the case is, to pick the smallest of several failing cases.</summary>
    public (int CheckIns, int Length, int Workouts) Size => (CheckIns.Count, Length, Workouts.Count);

    /// <summary>The case in a few lines, for the message of a failing property: every input, so that it can be replayed.</summary>
    public override string ToString() => string.Join(
        Environment.NewLine,
        string.Create(CultureInfo.InvariantCulture, $"start {Start:yyyy-MM-dd} (day 1), {Length} days, options {Options}"),
        $"report: severity {Report.Severity}, onset {Report.Onset}, character {Report.Character}, area {Report.Area}, legs {Report.Legs}, "
            + $"pop {Report.PopHeard}, hardToStand {Report.HardToStandUp}, unable {Report.UnableToStandOrWalk}, jerk {Report.SuddenJerk}, "
            + $"posture {Report.PostureBrokeDown}, tight {Report.MusclesTight}, recurs {Report.RecursAfterSessions}, "
            + $"bothSides {Report.PainOnBothSides}, hard {Report.HardOrUnaccustomedWorkout}, exercises [{string.Join(" ", Report.Exercises)}], "
            + $"duration {Report.PainDurationDays}, trend {Report.Trend}, redFlags [{string.Join(" ", Report.RedFlags)}], age {Report.Age}",
        $"assessment: triage {Assessment.Triage.Level}, causes {string.Join(" ", Assessment.Causes.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Cause}={c.Band}({c.Score:0.###})")))}",
        "workouts: " + string.Join("; ", Workouts.Select(w => string.Create(
            CultureInfo.InvariantCulture, $"{w.Date:yyyy-MM-dd} (day {DayOf(w.Date)}) [{string.Join(" ", w.Exercises)}] rpe {w.Rpe} hard {w.IsHard}"))),
        "check-ins:" + string.Concat(CheckIns.Select((c, i) => Environment.NewLine + "  " + Describe(i + 1, c))));

    /// <summary>The day number of <paramref name="date"/> in this plan (1 for the start).</summary>
    public int DayOf(DateOnly date) => date.DayNumber - Start.DayNumber + 1;

    private string Describe(int number, CheckInReport c) => string.Create(
        CultureInfo.InvariantCulture,
        $"#{number} {c.Date:yyyy-MM-dd} (day {DayOf(c.Date)}) pain {c.Pain} {c.Trend} clearance {c.Clearance} new [{string.Join(" ", c.NewSymptoms)}] "
            + $"ruledOut [{string.Join(" ", c.CausesRuledOut)}] confirmed [{string.Join(" ", c.CausesConfirmed)}]");
}
