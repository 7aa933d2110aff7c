using BackPain.Core.Domain;
using BackPain.Core.Internal;

namespace BackPain.Core.Recovery;

/// <summary>
/// A day-by-day recovery plan: what is planned and blocked each day and why, when each muscle group and core work
/// are allowed again, and when to check in. Immutable and value-equal; <see cref="CheckIn"/> returns an updated plan.
/// It is not a diagnosis: show <see cref="Disclaimer"/> with it.
/// </summary>
public sealed record RecoveryPlan
{
    internal RecoveryPlan(
        Assessment.Assessment assessment,
        TrainingHistory history,
        PlanRequest request,
        PlannerOptions options,
        ValueList<CheckInReport> checkIns,
        TriageLevel triage,
        ValueList<DayPlan> days,
        ValueList<DateOnly> checkInDates,
        ValueList<Block> blocks)
    {
        Assessment = assessment;
        History = history;
        Request = request;
        Options = options;
        CheckInsReported = checkIns;
        Triage = triage;
        Days = days;
        CheckIns = checkInDates;
        Blocks = blocks;
    }

    /// <summary>The assessment the plan follows.</summary>
    public Assessment.Assessment Assessment { get; }

    /// <summary>The workouts the rest rules were computed from.</summary>
    public TrainingHistory History { get; }

    /// <summary>The dates the plan covers.</summary>
    public PlanRequest Request { get; }

    /// <summary>The planner options it was made with.</summary>
    public PlannerOptions Options { get; }

    /// <summary>The check-ins reported so far, oldest first.</summary>
    public IReadOnlyList<CheckInReport> CheckInsReported { get; }

    /// <summary>The triage level now: the assessment's, raised by any check-in (never lowered).</summary>
    public TriageLevel Triage { get; }

    /// <summary>One entry per date, from the start date on.</summary>
    public IReadOnlyList<DayPlan> Days { get; }

    /// <summary>The dates to check in: day 2, day 7, then weekly by default.</summary>
    public IReadOnlyList<DateOnly> CheckIns { get; }

    /// <summary>Says that this is not a diagnosis. Show it with the plan.</summary>
    public string Disclaimer => Assessment.Disclaimer;

    /// <summary>When core work is allowed: a date, or the condition still open.</summary>
    public Availability CoreWorkAllowedFrom => AllowedFrom(b => b.BlocksCoreWork);

    internal ValueList<Block> Blocks { get; }

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
        return Decide(date, b => b.Covers(muscle), null, muscle);
    }

    /// <summary>Whether core work may be done on <paramref name="date"/>, with every reason if not.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the start of the plan.</exception>
    public Decision MayDoCoreWork(DateOnly date)
    {
        CheckNotBeforeStart(date);
        return Decide(date, b => b.BlocksCoreWork, null, MuscleGroup.Core);
    }

    /// <summary>
    /// Whether a proposed workout may be done on its date: one conflict per exercise, muscle and rule that says no
    /// (including strenuous exercises while a slipped disc is not cleared, and core work while an injury heals).
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

    /// <summary>The first date from which <paramref name="muscle"/> may be trained: a date, or the condition still open.</summary>
    public Availability EarliestTrainingDate(MuscleGroup muscle)
    {
        ArgumentNullException.ThrowIfNull(muscle);
        return AllowedFrom(b => b.Covers(muscle));
    }

    /// <summary>
    /// How far <paramref name="muscle"/> has recovered on <paramref name="date"/>, 0 to 100, for a body map: 100 when it
    /// may be trained; 0 while a rule with an open condition blocks it; otherwise the share already passed of the blocking
    /// period that ends last (the longest wait), <c>100 × (date − from) / (until − from)</c>, rounded down.
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

            if (longest is null || block.Until > longest.Until || (block.Until == longest.Until && block.From < longest.From))
            {
                longest = block;
            }
        }

        return longest is null
            ? 100
            : 100 * (date.DayNumber - longest.From.DayNumber) / (longest.Until!.Value.DayNumber - longest.From.DayNumber);
    }

    /// <summary>
    /// Records a check-in and returns the updated plan: the days before the check-in's date are kept as they were;
    /// from that date on, the plan follows what the check-in reports.
    /// </summary>
    /// <exception cref="BackPainValidationException">The check-in is outside the plan or earlier than the last one.</exception>
    public RecoveryPlan CheckIn(CheckInReport checkIn)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        var errors = new ErrorCollector();
        if (checkIn.Date < Request.Start || checkIn.Date > Request.End)
        {
            errors.Add("date", $"must be within the plan, {RecoveryPlanner.Iso(Request.Start)} to {RecoveryPlanner.Iso(Request.End)}; it was {RecoveryPlanner.Iso(checkIn.Date)}.");
        }
        else if (CheckInsReported.Count > 0 && checkIn.Date < CheckInsReported[^1].Date)
        {
            errors.Add("date", $"must not be earlier than the last check-in, {RecoveryPlanner.Iso(CheckInsReported[^1].Date)}; it was {RecoveryPlanner.Iso(checkIn.Date)}.");
        }

        errors.ToResult().ThrowIfInvalid("check-in");
        var updated = RecoveryPlanner.For(Options).Build(Assessment, History, Request, ValueList<CheckInReport>.Wrap([.. CheckInsReported, checkIn]));

        // The past is kept: the days before the check-in stay exactly as this plan showed them.
        var kept = checkIn.Date.DayNumber - Request.Start.DayNumber;
        var days = new DayPlan[Days.Count];
        for (var i = 0; i < days.Length; i++)
        {
            days[i] = i < kept ? Days[i] : updated.Days[i];
        }

        return updated.WithDays(ValueList<DayPlan>.Wrap(days));
    }

    private RecoveryPlan WithDays(ValueList<DayPlan> days)
        => new(Assessment, History, Request, Options, (ValueList<CheckInReport>)CheckInsReported, Triage, days, (ValueList<DateOnly>)CheckIns, Blocks);

    private Decision Decide(DateOnly date, Func<Block, bool> covers, Exercise? exercise, MuscleGroup? muscle)
    {
        List<Conflict>? conflicts = null;
        foreach (var block in Blocks)
        {
            if (block.IsActive(date) && covers(block))
            {
                (conflicts ??= []).Add(new Conflict(block.Entry, exercise, muscle));
            }
        }

        return new Decision(conflicts is null ? ValueList<Conflict>.Empty : ValueList<Conflict>.Wrap([.. conflicts]));
    }

    private Availability AllowedFrom(Func<Block, bool> covers)
    {
        var result = Availability.From(Request.Start);
        foreach (var block in Blocks)
        {
            if (covers(block) && (block.Until is null || block.Until > Request.Start))
            {
                result = Availability.Latest(result, block.Entry.AllowedFrom!);
            }
        }

        return result;
    }

    private void CheckNotBeforeStart(DateOnly date)
    {
        if (date < Request.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"date must be on or after the start of the plan, {RecoveryPlanner.Iso(Request.Start)}.");
        }
    }
}
