
namespace BackPain.Core.Tests.Support;

/// <summary>
/// Named stories for recovery-plan tests, and the facts of domain.md §5 and §6 written down from the spec (not read
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

    // ---------------------------------------------------------------- reports, one per story of domain.md §1 and §4

    /// <summary>No pain and nothing else answered: no cause fits, nothing is restricted.</summary>
    public static SymptomReport NoPain() => new SymptomReportBuilder { Severity = 0 }.Build();

    /// <summary>DOMS: a dull, moderate ache on both sides, hours after a hard, unaccustomed leg day of squats and lunges.</summary>
    public static SymptomReport DomsAfterLegDay() => new SymptomReportBuilder
    {
        Severity = 4,
        Onset = Onset.HoursAfter,
        Character = PainCharacter.DullAche,
        PainOnBothSides = true,
        HardOrUnaccustomedWorkout = true,
        Exercises = [Exercise.Squat, Exercise.Lunge],
    }.Build();

    /// <summary>A pulled muscle: a sharp, moderate pain (5 of 10) felt during deadlifts that persists.</summary>
    public static SymptomReport PulledMuscle() => new SymptomReportBuilder
    {
        Severity = 5,
        Onset = Onset.DuringWorkout,
        Character = PainCharacter.Sharp,
        Exercises = [Exercise.Deadlift],
    }.Build();

    /// <summary>A slipped disc: serious pain (8 of 10) after a deadlift pulled with a sudden jerk, hard to stand up, pain down one leg.</summary>
    public static SymptomReport SlippedDisc() => new SymptomReportBuilder
    {
        Severity = 8,
        HardToStandUp = true,
        Legs = LegSymptoms.OneLeg,
        SuddenJerk = true,
        Exercises = [Exercise.Deadlift],
    }.Build();

    /// <summary>A ligament tear: a pop heard at the moment of injury, then a shooting pain (6 of 10).</summary>
    public static SymptomReport LigamentTear() => new SymptomReportBuilder
    {
        Severity = 6,
        Character = PainCharacter.Shooting,
        PopHeard = true,
    }.Build();

    /// <summary>Poor core strength: a mild ache (3 of 10) after running, posture broke down, and it keeps coming back.</summary>
    public static SymptomReport PoorCoreStrength() => new SymptomReportBuilder
    {
        Severity = 3,
        PostureBrokeDown = true,
        RecursAfterSessions = true,
        Exercises = [Exercise.Running],
    }.Build();

    /// <summary>An urgent red flag: back pain (4 of 10) with a fever.</summary>
    public static SymptomReport Fever() => new SymptomReportBuilder
    {
        Severity = 4,
        RedFlags = [Symptom.Fever],
    }.Build();

    // ---------------------------------------------------------------- plans

    /// <summary>Assesses <paramref name="report"/> with the default assessor.</summary>
    public static Assessment Assess(SymptomReport report) => BackPainAssessor.Default.Assess(report);

    /// <summary>Plans from <see cref="Start"/> for <paramref name="length"/> days with the default planner, or one with <paramref name="options"/>.</summary>
    public static RecoveryPlan Plan(SymptomReport report, TrainingHistory? history = null, int length = 28, PlannerOptions? options = null)
    {
        var planner = options is null ? RecoveryPlanner.Default : new RecoveryPlanner(options);
        return planner.Plan(Assess(report), history ?? TrainingHistory.Empty, new PlanRequest(Start, Days.Of(length)));
    }

    /// <summary>A workout on day <paramref name="day"/> of the examples (day 0 is the day before the start, -1 two days before).</summary>
    public static Workout Session(int day, int? rpe, params Exercise[] exercises) => new(Day(day), exercises, rpe);

    /// <summary>A workout on day <paramref name="day"/> that the caller marks as hard, whatever its RPE.</summary>
    public static Workout HardSession(int day, params Exercise[] exercises) => new(Day(day), exercises, rpe: null, isHard: true);

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
