
namespace BackPain.Core.Tests.Support;

/// <summary>
/// Helpers for recovery-plan tests (the reports are <see cref="Reports"/>), and the facts of domain.md §5 and §6 written down from the spec (not read
/// from the code under test), so that tests compare the planner against them. Day numbers follow the spec: day 1 is
/// the start date, so <c>Day(8)</c> is <c>Start + 7</c>.
/// </summary>
public static class PlanExamples
{
    /// <summary>The start date of the named examples: a Monday.</summary>
    public static readonly DateOnly Start = new(2026, 3, 2);

    /// <summary>domain.md §5: a small muscle group rests at least one full day after a session.</summary>
    public const int SpecRestSmall = 1;

    /// <summary>domain.md §5: a large muscle group rests at least two days after a session.</summary>
    public const int SpecRestLarge = 2;

    /// <summary>domain.md §5: a large muscle group rests three days after a hard session.</summary>
    public const int SpecRestLargeAfterHard = 3;

    /// <summary>domain.md §5: by default a session is hard from RPE 8.</summary>
    public const int SpecHardRpe = 8;

    /// <summary>The causes domain.md §6 rule 1 protects: core work waits until they have healed.</summary>
    public static IReadOnlyList<Cause> Injuries { get; } = [Cause.PulledMuscle, Cause.SlippedDisc, Cause.LigamentTear];

    /// <summary>
    /// The minimum healing time of domain.md §1, in days from the start of the plan: a pulled muscle heals in one to
    /// three weeks (7), a slipped disc in six to twelve weeks (42), a ligament tear not before six weeks (42).
    /// </summary>
    public static int SpecMinimumHealingDays(Cause cause) =>
        cause == Cause.PulledMuscle ? 7
        : cause == Cause.SlippedDisc || cause == Cause.LigamentTear ? 42
        : throw new ArgumentOutOfRangeException(nameof(cause), cause, "not an injury");

    /// <summary>domain.md §6 rule 1: a slipped disc and a ligament tear count as healed only with a clinician's clearance.</summary>
    public static bool SpecNeedsClearance(Cause cause) => cause == Cause.SlippedDisc || cause == Cause.LigamentTear;

    /// <summary>The date of day <paramref name="number"/> of the examples' plans (day 1 is <see cref="Start"/>).</summary>
    public static DateOnly Day(int number) => Start.AddDays(number - 1);

    /// <summary>The dates of days <paramref name="first"/> to <paramref name="last"/>, inclusive.</summary>
    public static IEnumerable<DateOnly> DayRange(int first, int last) => Enumerable.Range(first, last - first + 1).Select(Day);

    /// <summary>domain.md §5: the rest of <paramref name="muscle"/> after a session, before any extra rest from the options.</summary>
    public static int SpecRest(MuscleGroup muscle, bool hard) =>
        muscle.Size == MuscleSize.Small ? SpecRestSmall : hard ? SpecRestLargeAfterHard : SpecRestLarge;

    // ---------------------------------------------------------------- the stories with the answers some plan tests count from

    /// <summary>
    /// The DOMS story (<see cref="Reports.Doms"/>) after a leg day of squats and lunges only, first felt hours after,
    /// moderate (4 of 10), the muscles not tight: the answers the rest and readiness tests work their dates out from
    /// (the report's own workout is a session, domain.md §6b.7, so its exercises and onset move the dates).
    /// </summary>
    public static SymptomReport DomsAfterLegDay() => Reports.Doms(a =>
    {
        a.Severity = 4;
        a.Onset = Onset.HoursAfter;
        a.Exercises = [Exercise.Squat, Exercise.Lunge];
        a.MusclesTight = false;
    });

    /// <summary>
    /// The pulled-muscle story (<see cref="Reports.PulledMuscle"/>) from a deadlift, the muscles not tight (so ice, not ice
    /// then heat, §3) and no pain duration answered (so the week of self-care of §4 counts from the start).
    /// </summary>
    public static SymptomReport PulledMuscleFromDeadlift() => Reports.PulledMuscle(a =>
    {
        a.Exercises = [Exercise.Deadlift];
        a.MusclesTight = false;
        a.PainDurationDays = null;
    });

    /// <summary>
    /// The slipped-disc story (<see cref="Reports.SlippedDisc"/>) with severe pain (8 of 10) and neither onset nor
    /// character answered, so that no pulled muscle is possible beside the disc (§1.1: pain during the workout and sharp
    /// pain support a pulled muscle).
    /// </summary>
    public static SymptomReport SlippedDiscOnly() => Reports.SlippedDisc(a =>
    {
        a.Severity = 8;
        a.Onset = null;
        a.Character = null;
    });

    // ---------------------------------------------------------------- plans

    /// <summary>Plans from <see cref="Start"/> for <paramref name="length"/> days with the default planner, or one with <paramref name="options"/>.</summary>
    public static RecoveryPlan Plan(SymptomReport report, TrainingHistory? history = null, int length = 28, PlannerOptions? options = null)
    {
        var planner = options is null ? RecoveryPlanner.Default : new RecoveryPlanner(options);
        return planner.Plan(Reports.Assess(report), history ?? TrainingHistory.Empty, new PlanRequest(Start, Days.Of(length)));
    }

    /// <summary>A workout on day <paramref name="day"/> of the examples (day 0 is the day before the start, -1 two days before).</summary>
    public static Workout Session(int day, int? rpe, params Exercise[] exercises) => new(Day(day), exercises, rpe);

    /// <summary>A workout on day <paramref name="day"/> that the caller marks as hard, whatever its RPE.</summary>
    public static Workout HardSession(int day, params Exercise[] exercises) => new(Day(day), exercises, rpe: null, isHard: true);

    /// <summary>dN of issue 12's examples: <see cref="Start"/> + N days (day N + 1 of the plan).</summary>
    public static DateOnly D(int n) => Start.AddDays(n);

    /// <summary>A check-in on dN (see <see cref="D"/>).</summary>
    public static CheckInReport At(int n, int pain, Trend trend, Clearance clearance = Clearance.None, params Symptom[] newSymptoms)
        => new(D(n), pain, trend, clearance, newSymptoms);

    /// <summary>A check-in on day <paramref name="day"/> of the examples.</summary>
    public static CheckInReport CheckIn(int day, int pain, Trend trend = Trend.Same, bool cleared = false, params Symptom[] newSymptoms)
        => new(Day(day), pain, trend, cleared ? Clearance.FullTraining : Clearance.None, newSymptoms);

    /// <summary>Applies the check-ins in order.</summary>
    public static RecoveryPlan With(this RecoveryPlan plan, params CheckInReport[] checkIns)
    {
        ArgumentNullException.ThrowIfNull(plan);
        foreach (var checkIn in checkIns)
        {
            plan = plan.CheckIn(checkIn);
        }

        return plan;
    }

    /// <summary>Whether <paramref name="muscle"/> may be trained on day <paramref name="day"/> of the examples.</summary>
    public static bool Trainable(this RecoveryPlan plan, MuscleGroup muscle, int day)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.MayTrain(muscle, Day(day)).IsAllowed;
    }

    /// <summary>The day plan of day <paramref name="day"/> of the examples.</summary>
    public static DayPlan DayPlan(this RecoveryPlan plan, int day)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.Day(Day(day));
    }

    // ---------------------------------------------------------------- the spec's rules as an oracle

    /// <summary>
    /// Whether <paramref name="injury"/> counts as healed on <paramref name="date"/> by domain.md §6 rule 1 and the
    /// planner's documented decision on renewed pain: it heals at the first check-in with pain 0 on or after
    /// <c>start + minimum</c> (with a clearance reported at that or an earlier check-in, for a slipped disc or a
    /// ligament tear); a later check-in with pain opens it again until the next such check-in. Computed from the
    /// check-ins alone, never from a plan.
    /// </summary>
    public static bool IsHealed(Cause injury, DateOnly start, IReadOnlyList<CheckInReport> checkIns, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(checkIns);
        var minimum = start.AddDays(SpecMinimumHealingDays(injury));
        var cleared = false;
        var healed = false;
        foreach (var checkIn in checkIns)
        {
            if (checkIn.Date > date)
            {
                break;
            }

            cleared |= checkIn.Clearance == Clearance.FullTraining;
            if (checkIn.Pain > 0)
            {
                healed = false;
            }
            else if (checkIn.Date >= minimum && (cleared || !SpecNeedsClearance(injury)))
            {
                healed = true;
            }
        }

        return healed;
    }
}
