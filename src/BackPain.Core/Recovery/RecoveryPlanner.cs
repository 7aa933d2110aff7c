using System.Globalization;
using BackPain.Core.Assessment;
using BackPain.Core.Domain;
using BackPain.Core.Internal;

namespace BackPain.Core.Recovery;

/// <summary>
/// Turns an <see cref="Assessment.Assessment"/> and the person's <see cref="TrainingHistory"/> into a day-by-day
/// <see cref="RecoveryPlan"/>: rest by muscle size, the assessment's restrictions as blocked days, ice and heat
/// sessions, stretching, core work once allowed, and check-ins.
/// </summary>
/// <remarks>
/// The planner is immutable and thread-safe, and reads no clock: the caller gives the start date. It reads the history
/// once and turns every rule into a block with a date range, so a plan costs time linear in its length plus the
/// history's size. Decisions the domain model leaves open, and how this library settles them:
/// <list type="bullet">
/// <item>Day 1 is the start date; check-ins fall on day 2, day 7, then every <see cref="PlannerOptions.CheckInInterval"/> days.</item>
/// <item>A muscle trained on day D is blocked on D itself and until its rest is over (from D+1+rest it may be trained again).</item>
/// <item>Both the primary and secondary muscles of an exercise count as trained.</item>
/// <item>DOMS rests the sore muscles from their last session in the history, or from the start date when the history does not show one.</item>
/// <item>An injury counts as healed from the first check-in with pain 0 on or after its minimum healing time (plus clearance where needed); pain reported again later blocks again until the next pain-free check-in.</item>
/// <item>A new urgent red flag at a check-in suspends all training from that date; a clearance reported at the same check-in does not lift it.</item>
/// <item>Ice and heat stop from the first pain-free check-in; stretching is not planned while exercise is blocked, strenuous exercise is blocked, or training is suspended.</item>
/// </list>
/// </remarks>
public sealed class RecoveryPlanner
{
    private readonly PlannerOptions _options;

    /// <summary>Creates a planner with the given options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The options are invalid; the exception lists every problem.</exception>
    public RecoveryPlanner(PlannerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate().ThrowIfInvalid("planner options");
        _options = options;
    }

    /// <summary>The planner with the default options; ready to use, shared, thread-safe.</summary>
    public static RecoveryPlanner Default { get; } = new(PlannerOptions.Default);

    /// <summary>The options this planner was built with.</summary>
    public PlannerOptions Options => _options;

    /// <summary>Plans recovery from <paramref name="request"/>'s start date. Never throws for valid arguments.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RecoveryPlan Plan(Assessment.Assessment assessment, TrainingHistory history, PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(request);
        return Build(assessment, history, request, ValueList<CheckInReport>.Empty);
    }

    internal static RecoveryPlanner For(PlannerOptions options) => options == PlannerOptions.Default ? Default : new RecoveryPlanner(options);

    internal RecoveryPlan Build(Assessment.Assessment assessment, TrainingHistory history, PlanRequest request, ValueList<CheckInReport> checkIns)
    {
        var start = request.Start;
        var blocks = new List<Block>(24);
        var triage = assessment.Triage.Level;
        foreach (var checkIn in checkIns)
        {
            triage = TriageLevel.Max(triage, checkIn.Trend == Trend.Worse ? TriageLevel.SeeDoctor : TriageLevel.SelfCare);
            if (NotBetterAfterAWeek(checkIn, start))
            {
                triage = TriageLevel.Max(triage, TriageLevel.SeeDoctor);
            }
        }

        AddSuspensions(blocks, assessment, checkIns, start);
        foreach (var restriction in assessment.Restrictions)
        {
            AddRestriction(blocks, restriction, history, checkIns, start);
        }

        AddRestBySize(blocks, history, start);
        var checkInDates = CheckInDates(request);
        var days = PlanDays(assessment, request, checkIns, blocks, checkInDates);
        return new RecoveryPlan(assessment, history, request, _options, checkIns, ValueList<TriageStep>.Wrap([new TriageStep(start, triage)]), days, checkInDates, ValueList<Block>.Wrap([.. blocks]));
    }

    /// <summary>Domain model section 4: pain not better after a week of self-care (a check-in on or after day 8 with pain, not getting better).</summary>
    private static bool NotBetterAfterAWeek(CheckInReport checkIn, DateOnly start)
        => checkIn.Date >= start.AddDays(7) && checkIn.Pain > 0 && checkIn.Trend != Trend.Better;

    private static void AddSuspensions(List<Block> blocks, Assessment.Assessment assessment, ValueList<CheckInReport> checkIns, DateOnly start)
    {
        var rule = Assessment.Rules.RestrictionRules.SuspendAllTraining;
        var reason = Texts.Get(rule.Id);
        var suspended = assessment.Triage.Level.SuspendsTraining;
        var from = start;
        foreach (var checkIn in checkIns)
        {
            if (checkIn.NewFindings.Any(f => f.RedFlagLevel?.SuspendsTraining == true))
            {
                if (!suspended)
                {
                    suspended = true;
                    from = checkIn.Date;
                }
            }
            else if (suspended && checkIn.Clearance == Clearance.FullTraining)
            {
                blocks.Add(NewBlock(PlanEntryKind.AllTrainingSuspended, rule.Id, reason, rule.Source, Block.AllMuscles, [], from, checkIn.Date, OpenCondition.None));
                suspended = false;
            }
        }

        if (suspended)
        {
            blocks.Add(NewBlock(PlanEntryKind.AllTrainingSuspended, rule.Id, reason, rule.Source, Block.AllMuscles, [], from, null, OpenCondition.ClinicianClearance));
        }
    }

    private void AddRestriction(List<Block> blocks, Restriction restriction, TrainingHistory history, ValueList<CheckInReport> checkIns, DateOnly start)
    {
        if (restriction.Kind == RestrictionKind.SuspendAllTraining)
        {
            return; // set by triage: AddSuspensions handles it together with the check-ins' red flags and clearances.
        }

        var (kind, mask) = restriction.Kind switch
        {
            RestrictionKind.NoExercise => (PlanEntryKind.NoExercise, Block.AllMuscles),
            RestrictionKind.NoStrenuousExercise => (PlanEntryKind.NoStrenuousExercise, 0),
            RestrictionKind.NoCoreWork => (PlanEntryKind.NoCoreWork, 1 << MuscleGroup.Core.Index),
            _ => (PlanEntryKind.RestMuscles, MaskOf(restriction.Muscles)),
        };

        switch (restriction.LiftedWhen)
        {
            case LiftCondition.ClinicianClearance:
                var cleared = checkIns.FirstOrDefault(c => c.Clearance == Clearance.FullTraining);
                blocks.Add(NewBlock(kind, restriction, mask, start, cleared?.Date, OpenCondition.ClinicianClearance, start));
                break;

            case LiftCondition.Healed:
                // Every restriction lifted by healing protects an injury, and every injury has a healing estimate.
                AddHealingIntervals(blocks, kind, restriction, mask, restriction.Cause!.HealingEstimate!, checkIns, start);
                break;

            default: // RestOverAndSorenessGone: DOMS, per muscle, by size from its last session and until a pain-free check-in.
                var painFree = checkIns.FirstOrDefault(c => c.Pain == 0)?.Date;
                foreach (var muscle in restriction.Muscles)
                {
                    var trained = history.LastTrained(muscle, start) ?? start;
                    var restOver = trained.AddDays(1 + RestDays(muscle, hard: false));
                    DateOnly? until = painFree is { } p ? (p > restOver ? p : restOver) : null;
                    blocks.Add(NewBlock(kind, restriction, 1 << muscle.Index, start, until, OpenCondition.PainFreeCheckIn, restOver, [muscle]));
                }

                break;
        }
    }

    private static void AddHealingIntervals(List<Block> blocks, PlanEntryKind kind, Restriction restriction, int mask, HealingEstimate estimate, ValueList<CheckInReport> checkIns, DateOnly start)
    {
        var minimum = start + estimate.Minimum;
        var needsClearance = estimate.RequiresClinicianClearance;
        var cleared = false;
        var healed = false;
        var from = start;
        foreach (var checkIn in checkIns)
        {
            cleared |= checkIn.Clearance == Clearance.FullTraining;
            if (!healed && checkIn.Pain == 0 && checkIn.Date >= minimum && (cleared || !needsClearance))
            {
                blocks.Add(NewBlock(kind, restriction, mask, from, checkIn.Date, OpenCondition.None, from));
                healed = true;
            }
            else if (healed && checkIn.Pain > 0)
            {
                from = checkIn.Date;
                healed = false;
            }
        }

        if (!healed)
        {
            var condition = needsClearance && !cleared ? OpenCondition.PainFreeCheckInAndClearance : OpenCondition.PainFreeCheckIn;
            blocks.Add(NewBlock(kind, restriction, mask, from, null, condition, from > minimum ? from : minimum));
        }
    }

    private void AddRestBySize(List<Block> blocks, TrainingHistory history, DateOnly start)
    {
        // One pass over the history, oldest first: per muscle group, sessions whose rest periods overlap or touch
        // merge into one blocked period, from the first session's date to the end of the rest that ends last.
        Span<int> fromDay = stackalloc int[MuscleGroup.All.Count];
        Span<int> untilDay = stackalloc int[MuscleGroup.All.Count];
        Span<bool> hardSession = stackalloc bool[MuscleGroup.All.Count];
        untilDay.Fill(int.MinValue);
        foreach (var workout in history.Workouts)
        {
            var hard = workout.IsHardSession(_options.HardRpeThreshold);
            var day = workout.Date.DayNumber;
            for (var bits = (uint)workout.MuscleMask; bits != 0; bits &= bits - 1)
            {
                var muscle = MuscleGroup.FromIndex(System.Numerics.BitOperations.TrailingZeroCount(bits));
                var i = muscle.Index;
                var until = Math.Min(day + 1 + RestDays(muscle, hard), DateOnly.MaxValue.DayNumber);
                if (day > untilDay[i])
                {
                    AddRestBlock(blocks, muscle, fromDay[i], untilDay[i], hardSession[i], start);
                    fromDay[i] = day;
                }

                if (until >= untilDay[i])
                {
                    untilDay[i] = until;
                    hardSession[i] = hard && muscle.Size == MuscleSize.Large;
                }
            }
        }

        foreach (var muscle in MuscleGroup.All)
        {
            AddRestBlock(blocks, muscle, fromDay[muscle.Index], untilDay[muscle.Index], hardSession[muscle.Index], start);
        }
    }

    private static void AddRestBlock(List<Block> blocks, MuscleGroup muscle, int fromDay, int untilDay, bool afterHardSession, DateOnly start)
    {
        if (untilDay <= start.DayNumber)
        {
            return; // never trained, or rested before the plan starts
        }

        var rule = muscle.Size == MuscleSize.Small ? RecoveryRules.RestSmall
            : afterHardSession ? RecoveryRules.RestLargeAfterHard : RecoveryRules.RestLarge;
        var from = DateOnly.FromDayNumber(fromDay);
        var reason = string.Format(CultureInfo.InvariantCulture, Texts.Get(rule.Id), muscle.Name, Iso(from));
        blocks.Add(NewBlock(PlanEntryKind.RestMuscles, rule.Id, reason, rule.Source, 1 << muscle.Index, [muscle], from, DateOnly.FromDayNumber(untilDay), OpenCondition.None));
    }

    private int RestDays(MuscleGroup muscle, bool hard) => muscle.Size == MuscleSize.Small
        ? 1 + _options.ExtraRestSmall.Count
        : (hard ? 3 : 2) + _options.ExtraRestLarge.Count;

    private ValueList<DateOnly> CheckInDates(PlanRequest request)
    {
        var dates = new List<DateOnly>();
        for (var offset = 1; offset < request.Length.Count; offset = offset < 6 ? 6 : offset + _options.CheckInInterval.Count)
        {
            dates.Add(request.Start.AddDays(offset));
        }

        return ValueList<DateOnly>.Wrap([.. dates]);
    }

    private ValueList<DayPlan> PlanDays(Assessment.Assessment assessment, PlanRequest request, ValueList<CheckInReport> checkIns, List<Block> blockList, ValueList<DateOnly> checkInDates)
    {
        var entries = new PlannedEntries(assessment);
        var painFree = DateOnly.MaxValue;
        foreach (var checkIn in checkIns)
        {
            if (checkIn.Pain == 0)
            {
                painFree = checkIn.Date;
                break;
            }
        }

        bool ice = false, heat = false, iceThenHeat = false, plansCore = false;
        foreach (var advice in assessment.Remedies)
        {
            ice |= advice.Remedy == Remedy.Ice;
            heat |= advice.Remedy == Remedy.Heat;
            iceThenHeat |= advice.Remedy == Remedy.IceThenHeat;
            plansCore |= advice.Remedy == Remedy.StrengthenCore;
        }

        plansCore |= assessment.Restricts(RestrictionKind.NoCoreWork);
        var blocks = blockList.ToArray();
        var trainingEntries = new Dictionary<int, PlanEntry>();
        var days = new DayPlan[request.Length.Count];
        var planned = new PlanEntry[16];
        var blocked = new PlanEntry[Math.Max(blocks.Length, 1)];
        ValueList<PlanEntry> lastPlanned = ValueList<PlanEntry>.Empty, lastBlocked = ValueList<PlanEntry>.Empty;
        DateOnly? lastCore = null;
        int nextCheckIn = 0, nextReport = 0;

        for (var n = 0; n < days.Length; n++)
        {
            var date = request.Start.AddDays(n);
            int blockedMask = 0, blockedCount = 0, plannedCount = 0;
            bool suspended = false, noExercise = false, noStrenuous = false;
            foreach (var block in blocks)
            {
                if (!block.IsActive(date))
                {
                    continue;
                }

                blocked[blockedCount++] = block.Entry;
                blockedMask |= block.MuscleMask;
                suspended |= block.Kind == PlanEntryKind.AllTrainingSuspended;
                noExercise |= block.Kind == PlanEntryKind.NoExercise;
                noStrenuous |= block.Kind == PlanEntryKind.NoStrenuousExercise;
            }

            if (n == 0 && assessment.Triage.Level >= TriageLevel.SeeDoctor)
            {
                Add(entries.SeeClinician);
            }

            for (; nextReport < checkIns.Count && checkIns[nextReport].Date == date; nextReport++)
            {
                foreach (var entry in PlannedEntries.ForCheckIn(checkIns[nextReport], NotBetterAfterAWeek(checkIns[nextReport], request.Start)))
                {
                    Add(entry);
                }
            }

            if (!suspended)
            {
                Add(entries.StayActive);
            }

            if (date < painFree)
            {
                if ((ice && n < _options.IceDays.Count) || (iceThenHeat && n < 2))
                {
                    Add(iceThenHeat ? entries.IceFirst48Hours : entries.Ice);
                }

                if ((heat && n < _options.HeatDays.Count) || (iceThenHeat && n >= 2 && n < _options.HeatDays.Count))
                {
                    Add(iceThenHeat ? entries.HeatAfter48Hours : entries.Heat);
                }
            }

            if (!suspended && !noExercise && !noStrenuous)
            {
                Add(entries.Stretching);
            }

            if (plansCore && (blockedMask & (1 << MuscleGroup.Core.Index)) == 0 && (lastCore is null || date >= lastCore.Value.AddDays(2)))
            {
                Add(entries.CoreWork);
                lastCore = date;
            }

            var trainableMask = Block.AllMuscles & ~blockedMask;
            var trainable = ValueList<MuscleGroup>.Empty;
            if (trainableMask != 0)
            {
                if (!trainingEntries.TryGetValue(trainableMask, out var training))
                {
                    training = PlannedEntries.Training(trainableMask);
                    trainingEntries[trainableMask] = training;
                }

                Add(training);
                trainable = (ValueList<MuscleGroup>)training.Muscles;
            }

            var isCheckIn = nextCheckIn < checkInDates.Count && checkInDates[nextCheckIn] == date;
            if (isCheckIn)
            {
                Add(entries.CheckIn);
                nextCheckIn++;
            }

            // Consecutive days usually list the same entries: share the list instead of copying it again.
            lastPlanned = Reuse(lastPlanned, planned.AsSpan(0, plannedCount));
            lastBlocked = Reuse(lastBlocked, blocked.AsSpan(0, blockedCount));
            days[n] = new DayPlan(date, n + 1, lastPlanned, lastBlocked, trainable, isCheckIn, assessment.Triage.Level);

            void Add(PlanEntry entry)
            {
                if (plannedCount == planned.Length)
                {
                    Array.Resize(ref planned, plannedCount * 2);
                }

                planned[plannedCount++] = entry;
            }
        }

        return ValueList<DayPlan>.Wrap(days);
    }

    private static ValueList<PlanEntry> Reuse(ValueList<PlanEntry> previous, ReadOnlySpan<PlanEntry> current)
    {
        if (previous.Count == current.Length)
        {
            var same = true;
            for (var i = 0; i < current.Length && same; i++)
            {
                same = ReferenceEquals(previous[i], current[i]);
            }

            if (same)
            {
                return previous;
            }
        }

        return current.IsEmpty ? ValueList<PlanEntry>.Empty : ValueList<PlanEntry>.Wrap(current.ToArray());
    }

    private static Block NewBlock(PlanEntryKind kind, Restriction restriction, int mask, DateOnly from, DateOnly? until, OpenCondition condition, DateOnly notBefore, MuscleGroup[]? muscles = null)
    {
        var availability = until is { } u ? Availability.From(u) : Availability.After(condition, notBefore);
        var entry = new PlanEntry(kind, restriction.RuleId, restriction.Reason, restriction.Source, muscles is null ? restriction.Muscles : ValueList<MuscleGroup>.Wrap(muscles), allowedFrom: availability);
        return new Block(entry, mask, from, until, from);
    }

    private static Block NewBlock(PlanEntryKind kind, string ruleId, string reason, Source source, int mask, MuscleGroup[] muscles, DateOnly from, DateOnly? until, OpenCondition condition)
    {
        var availability = until is { } u ? Availability.From(u) : Availability.After(condition, from);
        return new Block(new PlanEntry(kind, ruleId, reason, source, ValueList<MuscleGroup>.Wrap(muscles), allowedFrom: availability), mask, from, until, from);
    }

    private static int MaskOf(IReadOnlyList<MuscleGroup> muscles)
    {
        var mask = 0;
        foreach (var muscle in muscles)
        {
            mask |= 1 << muscle.Index;
        }

        return mask;
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The planned entries of one plan, made once and shared by its days.</summary>
    private sealed class PlannedEntries(Assessment.Assessment assessment)
    {
        internal PlanEntry SeeClinician { get; } = Make(PlanEntryKind.SeeClinician, RecoveryRules.SeeClinician, assessment.Triage.Level.Text);

        internal PlanEntry StayActive { get; } = Make(PlanEntryKind.StayActive, RecoveryRules.StayActive);

        internal PlanEntry Stretching { get; } = Make(PlanEntryKind.Stretching, RecoveryRules.Stretching, dose: Remedy.Stretching.Dose);

        internal PlanEntry Ice { get; } = Make(PlanEntryKind.Ice, RecoveryRules.Ice, dose: Remedy.Ice.Dose);

        internal PlanEntry Heat { get; } = Make(PlanEntryKind.Heat, RecoveryRules.Heat, dose: Remedy.Heat.Dose);

        internal PlanEntry IceFirst48Hours { get; } = Make(PlanEntryKind.Ice, RecoveryRules.IceThenHeat, Texts.Get("plan.iceThenHeat.ice"), Remedy.Ice.Dose);

        internal PlanEntry HeatAfter48Hours { get; } = Make(PlanEntryKind.Heat, RecoveryRules.IceThenHeat, Texts.Get("plan.iceThenHeat.heat"), Remedy.Heat.Dose);

        internal PlanEntry CoreWork { get; } = Make(PlanEntryKind.CoreWork, RecoveryRules.CoreWork);

        internal PlanEntry CheckIn { get; } = Make(PlanEntryKind.CheckIn, RecoveryRules.CheckIn);

        internal static PlanEntry Training(int mask)
            => new(PlanEntryKind.Training, RecoveryRules.Training.Id, Texts.Get(RecoveryRules.Training.Id), RecoveryRules.Training.Source,
                ValueList<MuscleGroup>.Wrap([.. MuscleGroup.All.Where(m => (mask & (1 << m.Index)) != 0)]));

        internal static IEnumerable<PlanEntry> ForCheckIn(CheckInReport checkIn, bool notBetterAfterAWeek)
        {
            if (checkIn.Trend == Trend.Worse)
            {
                yield return Make(PlanEntryKind.SeeClinician, RecoveryRules.WorseAtCheckIn);
            }
            else if (notBetterAfterAWeek)
            {
                yield return Make(PlanEntryKind.SeeClinician, RecoveryRules.NotBetterAfterAWeek);
            }

            foreach (var flag in checkIn.NewFindings.Where(f => f.IsRedFlag))
            {
                yield return Make(PlanEntryKind.SeeClinician, RecoveryRules.RedFlagAtCheckIn, string.Format(CultureInfo.InvariantCulture, Texts.Get(RecoveryRules.RedFlagAtCheckIn.Id), flag.Text, flag.RedFlagLevel!.Text));
            }
        }

        private static PlanEntry Make(PlanEntryKind kind, RecoveryRule rule, string? reason = null, Dose? dose = null)
            => new(kind, rule.Id, reason ?? Texts.Get(rule.Id), rule.Source, ValueList<MuscleGroup>.Empty, dose);
    }
}
