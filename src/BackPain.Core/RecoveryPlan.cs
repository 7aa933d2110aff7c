using BackPain.Core.Internal;

using BackPain.Core.Planning;
using BackPain.Core.Rules;

namespace BackPain.Core;

/// <summary>
/// A day-by-day recovery plan: what is planned and blocked each day and why, when each muscle group and core work
/// are allowed again, and when to check in. Immutable and value-equal; <see cref="CheckIn"/> returns an updated plan.
/// It is not a diagnosis: show <see cref="Disclaimer"/> with it.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.RecoveryPlanJsonConverter))]
public sealed record RecoveryPlan
{
    /// <summary>The most check-ins one plan holds (several may share a date).</summary>
    public static int MaxCheckIns { get; } = 1000;

    private readonly ValueList<TriageStep> _triage;

    internal RecoveryPlan(
        Assessment assessment,
        TrainingHistory history,
        PlanRequest request,
        PlannerOptions options,
        ValueList<CheckInReport> checkIns,
        ValueList<TriageStep> triage,
        ValueList<DayPlan> days,
        ValueList<DateOnly> checkInDates,
        ValueList<Block> blocks)
    {
        Assessment = assessment;
        History = history;
        Request = request;
        Options = options;
        CheckInReports = checkIns;
        _triage = triage;
        Days = days;
        CheckInDates = checkInDates;
        Blocks = blocks;
        var highest = TriageLevel.SelfCare;
        foreach (var step in triage)
        {
            highest = TriageLevel.Max(highest, step.Level);
        }

        HighestTriage = highest;
    }

    /// <summary>The assessment the plan follows.</summary>
    public Assessment Assessment { get; }

    /// <summary>The workouts the rest rules were computed from, as the caller gave them (the report's own workout is added by the planner, not here).</summary>
    public TrainingHistory History { get; }

    /// <summary>The dates the plan covers.</summary>
    public PlanRequest Request { get; }

    /// <summary>The planner options it was made with.</summary>
    public PlannerOptions Options { get; }

    /// <summary>The check-ins reported so far, oldest first.</summary>
    public IReadOnlyList<CheckInReport> CheckInReports { get; }

    /// <summary>The date the plan is up to date on: the date of the last check-in, or the start date before any.</summary>
    public DateOnly AsOf => CheckInReports.Count > 0 ? CheckInReports[^1].Date : Request.Start;

    /// <summary>
    /// The highest triage level reached so far: the assessment's, or higher if a check-in raised it. It never falls,
    /// so it tells what happened; <see cref="TriageOn"/> tells what is in force on a date.
    /// </summary>
    public TriageLevel HighestTriage { get; }

    /// <summary>One entry per date, from the start date on.</summary>
    public IReadOnlyList<DayPlan> Days { get; }

    /// <summary>
    /// The dates the plan asks the person to check in on (day 2, day 7, then weekly by default). What they reported is
    /// in <see cref="CheckInReports"/>; <see cref="CheckIn"/> adds a report.
    /// </summary>
    public IReadOnlyList<DateOnly> CheckInDates { get; }

    /// <summary>Says that this is not a diagnosis. Show it with the plan.</summary>
    public string Disclaimer => Assessment.Disclaimer;

    /// <summary>
    /// When core work is allowed, on or after <see cref="AsOf"/>: the first such date, or the condition still open.
    /// The same answer as <see cref="EarliestCoreWorkDate"/> from <see cref="AsOf"/>.
    /// </summary>
    public Availability CoreWorkAllowedFrom => EarliestCoreWorkDate(AsOf);

    internal ValueList<Block> Blocks { get; }

    /// <summary>
    /// The triage level in force on <paramref name="date"/> (any date from the start on): the assessment's, raised by
    /// each check-in up to that date, and reset by a clinician's clearance to what was reported at the clearing check-in
    /// (domain model section 6b.5).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the start of the plan.</exception>
    public TriageLevel TriageOn(DateOnly date)
    {
        CheckNotBeforeStart(date);
        var level = _triage[0].Level;
        foreach (var step in _triage)
        {
            if (step.From > date)
            {
                break;
            }

            level = step.Level;
        }

        return level;
    }

    /// <summary>The day plan for <paramref name="date"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the plan.</exception>
    public DayPlan Day(DateOnly date)
    {
        var index = date.DayNumber - Request.Start.DayNumber;
        return index >= 0 && index < Days.Count
            ? Days[index]
            : throw new ArgumentOutOfRangeException(nameof(date), date, $"date must be within the plan, {RecoveryPlanner.Iso(Request.Start)} to {RecoveryPlanner.Iso(Request.End)}.");
    }

    /// <summary>Whether <paramref name="muscle"/> may be trained on <paramref name="date"/> (any date from the start on), with every reason if not.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the start of the plan.</exception>
    public Decision MayTrain(MuscleGroup muscle, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(muscle);
        CheckNotBeforeStart(date);
        return Decide(date, 1 << muscle.Index, muscle);
    }

    /// <summary>Whether core work may be done on <paramref name="date"/>, with every reason if not.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the start of the plan.</exception>
    public Decision MayDoCoreWork(DateOnly date)
    {
        CheckNotBeforeStart(date);
        return Decide(date, Block.CoreBit, MuscleGroup.Core);
    }

    /// <summary>
    /// Whether a proposed workout may be done on its date: one conflict per exercise, muscle and rule that says no
    /// (including strenuous exercises while they are held, and core work while an injury heals).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The workout's date is before the start of the plan.</exception>
    public Decision Evaluate(Workout workout)
    {
        ArgumentNullException.ThrowIfNull(workout);
        CheckNotBeforeStart(workout.Date);
        var conflicts = new List<Conflict>();
        foreach (var block in Blocks)
        {
            if (!block.IsActive(workout.Date))
            {
                continue;
            }

            foreach (var exercise in workout.Exercises)
            {
                if (block.Kind == PlanEntryKind.NoStrenuousExercise)
                {
                    if (exercise.IsStrenuousForSpine)
                    {
                        conflicts.Add(new Conflict(block.Entry, exercise, null));
                    }

                    continue;
                }

                foreach (var muscle in exercise.Muscles)
                {
                    if (block.Covers(muscle) && (block.Kind != PlanEntryKind.NoCoreWork || exercise.IsCoreWork))
                    {
                        conflicts.Add(new Conflict(block.Entry, exercise, muscle));
                    }
                }
            }
        }

        return new Decision(ValueList<Conflict>.Wrap([.. conflicts]));
    }

    /// <summary>
    /// The first date on or after <see cref="AsOf"/> on which <paramref name="muscle"/> may be trained: a date, or the
    /// condition still open. The same answer as <see cref="MayTrain"/> gives, day by day.
    /// </summary>
    public Availability EarliestTrainingDate(MuscleGroup muscle) => EarliestTrainingDate(muscle, AsOf);

    /// <summary>
    /// The first date on or after <paramref name="onOrAfter"/> on which <paramref name="muscle"/> may be trained: a
    /// date, or the condition still open (with the earliest date it could be met).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="onOrAfter"/> is before the start of the plan.</exception>
    public Availability EarliestTrainingDate(MuscleGroup muscle, DateOnly onOrAfter)
    {
        ArgumentNullException.ThrowIfNull(muscle);
        CheckNotBeforeStart(onOrAfter);
        return FirstAllowed(1 << muscle.Index, onOrAfter);
    }

    /// <summary>The first date on or after <paramref name="onOrAfter"/> on which core work may be done, or the condition still open.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="onOrAfter"/> is before the start of the plan.</exception>
    public Availability EarliestCoreWorkDate(DateOnly onOrAfter)
    {
        CheckNotBeforeStart(onOrAfter);
        return FirstAllowed(Block.CoreBit, onOrAfter);
    }

    /// <summary>
    /// How far <paramref name="muscle"/> has recovered on <paramref name="date"/>, 0 to 100, for a body map: 100 exactly
    /// when it may be trained; 0 while a rule with an open condition blocks it; otherwise the share already passed of
    /// the blocking period that ends last (the longest wait), <c>100 × (date − since) / (until − since)</c>, rounded
    /// down, where <c>since</c> is when that period began.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the start of the plan.</exception>
    public int Readiness(MuscleGroup muscle, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(muscle);
        CheckNotBeforeStart(date);
        Block? longest = null;
        foreach (var block in Blocks)
        {
            if (!block.IsActive(date) || !block.Covers(muscle))
            {
                continue;
            }

            if (block.Until is null)
            {
                return 0;
            }

            if (longest is null || block.UntilDay > longest.UntilDay || (block.UntilDay == longest.UntilDay && block.Since < longest.Since))
            {
                longest = block;
            }
        }

        return longest is null
            ? 100
            : 100 * (date.DayNumber - longest.Since.DayNumber) / (longest.UntilDay - longest.Since.DayNumber);
    }

    /// <summary>
    /// Records a check-in and returns the updated plan. The check-in goes through the same assessment rules as the
    /// first report (domain model section 6b); the days before its date stay exactly as this plan showed them, because
    /// each day is computed only from what was known on it.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="checkIn"/> is null.</exception>
    /// <exception cref="BackPainValidationException">
    /// Lists every problem with the check-in's <c>date</c>: outside the plan (<see cref="ValidationCode.OutOfRange"/>),
    /// earlier than the last check-in (<see cref="ValidationCode.OutOfOrder"/>), or the plan already holds
    /// <see cref="MaxCheckIns"/> (<see cref="ValidationCode.TooMany"/>).
    /// </exception>
    public RecoveryPlan CheckIn(CheckInReport checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var checkIns = ValueList<CheckInReport>.Wrap([.. CheckInReports, checkIn]);
        var errors = new ErrorCollector();
        Check(errors, Request, checkIns, static c => c.Date, CheckInReports.Count, listPath: null);
        errors.ThrowIfAny("checkIn");
        return RecoveryPlanner.For(Options).Build(Assessment, History, Request, checkIns);
    }

    /// <summary>
    /// Lists what is wrong with <paramref name="checkIns"/> from index <paramref name="first"/> on: each must lie within
    /// the plan and not before the one before it, and there may be at most <see cref="MaxCheckIns"/>. Each path is
    /// <paramref name="listPath"/> followed by the check-in's index and <c>.date</c>, or just <c>date</c> when it is null.
    /// </summary>
    internal static void Check<T>(ErrorCollector errors, PlanRequest request, IReadOnlyList<T> checkIns, Func<T, DateOnly?> dateOf, int first, string? listPath)
    {
        for (var i = first; i < checkIns.Count; i++)
        {
            var path = listPath is null ? "date" : ErrorCollector.Index(listPath, i) + ".date";
            // No pattern variables here: a mutated condition would leave them unassigned, and Stryker then skips the
            // whole method (docs/quality.md).
            var maybeDate = dateOf(checkIns[i]);
            if (maybeDate is null)
            {
                continue;
            }

            var date = maybeDate.Value;
            var previous = i > 0 ? dateOf(checkIns[i - 1]) : null;

            if (i == MaxCheckIns)
            {
                errors.Add(path, ValidationCode.TooMany, Messages.Format("validation.checkInsTooMany", MaxCheckIns, i + 1), date);
            }

            if (date < request.Start || date > request.End)
            {
                errors.Add(path, ValidationCode.OutOfRange, Messages.Format("validation.checkInOutsidePlan", RecoveryPlanner.Iso(request.Start), RecoveryPlanner.Iso(request.End), RecoveryPlanner.Iso(date)), date);
            }
            else if (date < previous)
            {
                errors.Add(path, ValidationCode.OutOfOrder, Messages.Format("validation.checkInBeforePrevious", RecoveryPlanner.Iso(previous.Value), RecoveryPlanner.Iso(date)), date);
            }
        }
    }

    /// <summary>
    /// A one-line summary for logs and debuggers: the dates and length, and as of <see cref="AsOf"/> the triage in
    /// force, when core work is allowed and how many check-ins were reported, for example
    /// <c>Plan 2026-12-01 to 2026-12-28 (28 days) as of 2026-12-08: triage selfCare; core work from 2026-12-10; 2 check-ins</c>.
    /// </summary>
    public override string ToString()
        => $"Plan {RecoveryPlanner.Iso(Request.Start)} to {RecoveryPlanner.Iso(Request.End)} ({Request.Length}) as of {RecoveryPlanner.Iso(AsOf)}: "
            + $"triage {TriageOn(AsOf)}; core work {CoreWorkAllowedFrom.Text}; {CheckInReports.Count} check-in{(CheckInReports.Count == 1 ? "" : "s")}";

    private Decision Decide(DateOnly date, int mask, MuscleGroup muscle)
    {
        List<Conflict>? conflicts = null;
        foreach (var block in Blocks)
        {
            if (block.IsActive(date) && (block.MuscleMask & mask) != 0)
            {
                (conflicts ??= []).Add(new Conflict(block.Entry, null, muscle));
            }
        }

        return new Decision(conflicts is null ? ValueList<Conflict>.Empty : ValueList<Conflict>.Wrap([.. conflicts]));
    }

    /// <summary>
    /// The first date from <paramref name="from"/> on that no block covering <paramref name="mask"/> is active on: jump
    /// to the end of the blocks active on the date until none is; when one of them is still open, the answer is its
    /// condition, not before the latest end of the others that cover it.
    /// </summary>
    private Availability FirstAllowed(int mask, DateOnly from)
    {
        var day = from.DayNumber;
        while (true)
        {
            var next = day;
            Availability? open = null;
            foreach (var block in Blocks)
            {
                if ((block.MuscleMask & mask) == 0 || block.FromDay > day || block.UntilDay <= day)
                {
                    continue;
                }

                if (block.Until is null)
                {
                    open = open is null ? block.Entry.AllowedFrom! : Availability.Latest(open, block.Entry.AllowedFrom!);
                }
                else if (block.UntilDay > next)
                {
                    next = block.UntilDay;
                }
            }

            if (open is not null)
            {
                // Not before the date asked about, nor before the dated blocks active on it end.
                return Availability.Latest(open, Availability.From(DateOnly.FromDayNumber(next), Assessment.Assessor.TextTable));
            }

            if (next == day)
            {
                return Availability.From(DateOnly.FromDayNumber(day), Assessment.Assessor.TextTable);
            }

            day = next;
        }
    }

    private void CheckNotBeforeStart(DateOnly date)
    {
        if (date < Request.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"date must be on or after the start of the plan, {RecoveryPlanner.Iso(Request.Start)}.");
        }
    }
}
