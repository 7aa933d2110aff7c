using System.Globalization;
using BackPain.Core.Internal;

using BackPain.Core.Planning;
using BackPain.Core.Rules;

namespace BackPain.Core;

/// <summary>
/// Turns an <see cref="Assessment"/> and the person's <see cref="TrainingHistory"/> into a day-by-day
/// <see cref="RecoveryPlan"/>: rest by muscle size, the assessment's restrictions as blocked days, ice and heat
/// sessions, stretching, core work once allowed, and check-ins.
/// </summary>
/// <remarks>
/// The planner is immutable and thread-safe, and reads no clock: the caller gives the start date. It reads the history
/// once, walks the check-ins once in date order, and turns every rule into a block with a date range, so a plan costs
/// time linear in its length, the history's size and the number of check-ins. Each day is computed only from the
/// check-ins dated on or before it, so a check-in never changes the days before it. Decisions the domain model leaves open, and how this library settles them:
/// <list type="bullet">
/// <item>Day 1 is the start date; check-ins fall on day 2, day 7, then every <see cref="PlannerOptions.CheckInInterval"/> days.</item>
/// <item>A muscle trained on day D is blocked on D itself and until its rest is over (from D+1+rest it may be trained again);
/// for a core session the plan itself schedules on D, D is the session's day and only the rest after it is blocked.</item>
/// <item>Both the primary and secondary muscles of an exercise count as trained.</item>
/// <item>The report's own workout is a session on the start date of every muscle its exercises work, hard when the report
/// says the workout was hard or unaccustomed; when the history already holds a workout on or before the start with all
/// of the report's exercises, the latest such workout is that session instead (hard if either says so).</item>
/// <item>Core sessions are planned, when poor core strength or an injury is possible, on days core work is allowed, at most
/// three in each plan week (days 1–7, 8–14, …: the dose of <see cref="Remedy.StrengthenCore"/>); each is training, so the
/// core rests after it like after any session.</item>
/// <item>DOMS rests the sore muscles from their last session, or from the date DOMS became possible when none shows one.</item>
/// <item>Each check-in is a re-assessment with the assessor's own rules: its pain, trend, how long the pain has lasted (the
/// report's duration plus the days since the start, while there is pain) and every new finding so far, with the report's
/// other answers. A cause that becomes possible applies its restrictions from the check-in's date.</item>
/// <item>An injury counts as healed from a check-in with a full clearance in its current episode (a clinician outranks the
/// estimate), or, when it needs no clinician, from a check-in with pain 0 on or after the episode's start plus its
/// minimum healing time. Pain above the pain at healing, or pain getting worse, later opens a new episode from that date.</item>
/// <item>A full clearance lifts everything that waits for a clinician and the soreness wait of DOMS (rest by size stays); a
/// light-activity clearance lifts "no exercise at all" and a suspension, and holds strenuous and core work until a full
/// clearance. A clearance lifts a suspension only when it comes at a later check-in than the one that raised it.</item>
/// <item>Triage in force: the assessment's level, raised by each check-in's own findings; a clearance resets it to what the
/// clearing check-in reports. An urgent level suspends all training until a clearance.</item>
/// <item>Ice and heat stop from the first pain-free check-in; stretching is not planned while exercise is blocked, strenuous exercise is blocked, or training is suspended.</item>
/// </list>
/// See <c>docs/domain.md</c> in the repository for the full rules and their sources.
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
    public RecoveryPlan Plan(Assessment assessment, TrainingHistory history, PlanRequest request)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(request);
        return Build(assessment, history, request, ValueList<CheckInReport>.Empty);
    }

    internal static RecoveryPlanner For(PlannerOptions options) => options == PlannerOptions.Default ? Default : new RecoveryPlanner(options);

    internal RecoveryPlan Build(Assessment assessment, TrainingHistory history, PlanRequest request, ValueList<CheckInReport> checkIns)
    {
        var workouts = WithReportWorkout(assessment.Report, history, request.Start);
        var timeline = new PlanTimeline(this, assessment, workouts, request, checkIns.Count);
        AddRestBySize(timeline, workouts, request.Start);
        foreach (var checkIn in checkIns)
        {
            timeline.Apply(checkIn);
        }

        var blocks = new List<Block>(timeline.Finish());
        var checkInDates = CheckInDates(request);
        var days = PlanDays(assessment, request, checkIns, timeline, blocks, checkInDates);
        return new RecoveryPlan(assessment, history, request, _options, checkIns, ValueList<TriageStep>.Wrap([.. timeline.Triage]), days, checkInDates, ValueList<Block>.Wrap([.. blocks]));
    }

    /// <summary>The number of full rest days after a session: small muscles 1, large 2 (3 after a hard session), plus the options' extra days.</summary>
    internal int RestDays(MuscleGroup muscle, bool hard) => muscle.Size == MuscleSize.Small
        ? 1 + _options.ExtraRestSmall.Count
        : (hard ? 3 : 2) + _options.ExtraRestLarge.Count;

    /// <summary>
    /// The history's workouts with the report's own workout as a session (domain model section 6b.7), oldest first: on the
    /// start date, unless the history already holds a workout on or before the start with all of the report's exercises.
    /// </summary>
    private static Workout[] WithReportWorkout(SymptomReport report, TrainingHistory history, DateOnly start)
    {
        var workouts = history.Workouts;
        if (report.Exercises.Count == 0)
        {
            return [.. workouts];
        }

        var hard = report.HardOrUnaccustomedWorkout;
        for (var i = workouts.Count - 1; i >= 0; i--)
        {
            var workout = workouts[i];
            if (workout.Date <= start && report.Exercises.All(workout.Exercises.Contains))
            {
                var dated = workouts.ToArray();
                if (hard && !workout.IsHard)
                {
                    dated[i] = new Workout(workout.Date, workout.Exercises, workout.Rpe, isHard: true);
                }

                return dated;
            }
        }

        var session = new Workout(start, report.Exercises, rpe: null, isHard: hard);
        var result = new Workout[workouts.Count + 1];
        var n = 0;
        var added = false;
        foreach (var workout in workouts)
        {
            if (!added && workout.Date > start)
            {
                result[n++] = session;
                added = true;
            }

            result[n++] = workout;
        }

        if (!added)
        {
            result[n] = session;
        }

        return result;
    }

    private void AddRestBySize(PlanTimeline timeline, Workout[] workouts, DateOnly start)
    {
        // One pass over the workouts, oldest first: per muscle group, sessions whose rest periods overlap or touch
        // merge into one blocked period, from the first session's date to the end of the rest that ends last.
        Span<int> fromDay = stackalloc int[MuscleGroup.All.Count];
        Span<int> untilDay = stackalloc int[MuscleGroup.All.Count];
        Span<bool> hardSession = stackalloc bool[MuscleGroup.All.Count];
        untilDay.Fill(int.MinValue);
        foreach (var workout in workouts)
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
                    AddRestBlock(timeline, muscle, fromDay[i], untilDay[i], hardSession[i], start);
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
            AddRestBlock(timeline, muscle, fromDay[muscle.Index], untilDay[muscle.Index], hardSession[muscle.Index], start);
        }
    }

    private static void AddRestBlock(PlanTimeline timeline, MuscleGroup muscle, int fromDay, int untilDay, bool afterHardSession, DateOnly start)
    {
        if (untilDay <= start.DayNumber)
        {
            return; // never trained, or rested before the plan starts
        }

        var rule = muscle.Size == MuscleSize.Small ? RecoveryRules.RestSmall
            : afterHardSession ? RecoveryRules.RestLargeAfterHard : RecoveryRules.RestLarge;
        var (from, until) = (DateOnly.FromDayNumber(fromDay), DateOnly.FromDayNumber(untilDay));
        var reason = string.Format(CultureInfo.InvariantCulture, Texts.Get(rule.Id), muscle.Name, Iso(from));
        var entry = new PlanEntry(PlanEntryKind.RestMuscles, rule.Id, reason, rule.Source, ValueList<MuscleGroup>.Wrap([muscle]), allowedFrom: Availability.From(until));
        timeline.Add(new Block(entry, 1 << muscle.Index, from, until, from));
    }

    private ValueList<DateOnly> CheckInDates(PlanRequest request)
    {
        var dates = new List<DateOnly>();
        for (var offset = 1; offset < request.Length.Count; offset = offset < 6 ? 6 : offset + _options.CheckInInterval.Count)
        {
            dates.Add(request.Start.AddDays(offset));
        }

        return ValueList<DateOnly>.Wrap([.. dates]);
    }

    /// <summary>
    /// Lays out the days in one sweep: the blocks start in date order, and each day reads only the blocks active on it.
    /// Planned core sessions are decided on the way and add the core's rest after them to <paramref name="blocks"/>.
    /// </summary>
    private ValueList<DayPlan> PlanDays(Assessment assessment, PlanRequest request, ValueList<CheckInReport> checkIns, PlanTimeline timeline, List<Block> blocks, ValueList<DateOnly> checkInDates)
    {
        var entries = new PlanEntries(assessment);
        var painFree = DateOnly.MaxValue;
        foreach (var checkIn in checkIns)
        {
            if (checkIn.Pain == 0)
            {
                painFree = checkIn.Date;
                break;
            }
        }

        bool ice = false, heat = false, iceThenHeat = false;
        foreach (var advice in assessment.Remedies)
        {
            ice |= advice.Remedy == Remedy.Ice;
            heat |= advice.Remedy == Remedy.Heat;
            iceThenHeat |= advice.Remedy == Remedy.IceThenHeat;
        }

        var plansCoreFrom = timeline.PlansCoreFrom ?? DateOnly.MaxValue;
        var coreRest = RestDays(MuscleGroup.Core, hard: false);
        var coreRestReason = Texts.Get("plan.restSmall.coreSession");
        var triage = timeline.Triage;
        var checkInEntries = timeline.CheckInEntries;
        var trainingEntries = new Dictionary<int, PlanEntry>();
        var days = new DayPlan[request.Length.Count];
        var planned = new PlanEntry[16];
        var blocked = new PlanEntry[16];
        var active = new List<Block>(16);
        var plannedLists = new RecentLists();
        var blockedLists = new RecentLists();
        var sorted = blocks.Count;
        int nextBlock = 0, nextCheckIn = 0, nextEntry = 0, step = 0, coreThisWeek = 0;

        for (var n = 0; n < days.Length; n++)
        {
            var date = request.Start.AddDays(n);
            var day = date.DayNumber;
            for (; nextBlock < sorted && blocks[nextBlock].FromDay <= day; nextBlock++)
            {
                active.Add(blocks[nextBlock]);
            }

            var kept = 0;
            for (var i = 0; i < active.Count; i++)
            {
                if (active[i].UntilDay > day)
                {
                    active[kept++] = active[i];
                }
            }

            active.RemoveRange(kept, active.Count - kept);
            int blockedMask = 0, blockedCount = 0, plannedCount = 0;
            bool suspended = false, noExercise = false, noStrenuous = false;
            foreach (var block in active)
            {
                if (block.FromDay > day)
                {
                    continue; // a core session's rest, which starts the day after the session
                }

                Append(ref blocked, ref blockedCount, block.Entry);
                blockedMask |= block.MuscleMask;
                suspended |= block.Kind == PlanEntryKind.AllTrainingSuspended;
                noExercise |= block.Kind == PlanEntryKind.NoExercise;
                noStrenuous |= block.Kind == PlanEntryKind.NoStrenuousExercise;
            }

            for (; step + 1 < triage.Count && triage[step + 1].From <= date; step++)
            {
            }

            if (n == 0 && assessment.Triage.Level >= TriageLevel.SeeDoctor)
            {
                Append(ref planned, ref plannedCount, entries.SeeClinician);
            }

            for (; nextEntry < checkInEntries.Count && checkInEntries[nextEntry].Date == date; nextEntry++)
            {
                Append(ref planned, ref plannedCount, checkInEntries[nextEntry].Entry);
            }

            if (!suspended)
            {
                Append(ref planned, ref plannedCount, entries.StayActive);
            }

            if (date < painFree)
            {
                if ((ice && n < _options.IceDays.Count) || (iceThenHeat && n < 2))
                {
                    Append(ref planned, ref plannedCount, iceThenHeat ? entries.IceFirst48Hours : entries.Ice);
                }

                if ((heat && n < _options.HeatDays.Count) || (iceThenHeat && n >= 2 && n < _options.HeatDays.Count))
                {
                    Append(ref planned, ref plannedCount, iceThenHeat ? entries.HeatAfter48Hours : entries.Heat);
                }
            }

            if (!suspended && !noExercise && !noStrenuous)
            {
                Append(ref planned, ref plannedCount, entries.Stretching);
            }

            if (n % 7 == 0)
            {
                coreThisWeek = 0;
            }

            if (date >= plansCoreFrom && (blockedMask & Block.CoreBit) == 0 && coreThisWeek < CoreSessionsPerWeek)
            {
                // A planned core session is training: the core rests after it like after any session.
                Append(ref planned, ref plannedCount, entries.CoreWork);
                coreThisWeek++;
                var until = date.AddDays(1 + coreRest);
                var rest = new Block(new PlanEntry(PlanEntryKind.RestMuscles, RecoveryRules.RestSmall.Id, coreRestReason, RecoveryRules.RestSmall.Source, CoreOnly, allowedFrom: Availability.From(until)), Block.CoreBit, date.AddDays(1), until, date);
                blocks.Add(rest);
                active.Add(rest);
            }

            var trainableMask = Block.AllMuscles & ~blockedMask;
            var trainable = ValueList<MuscleGroup>.Empty;
            if (trainableMask != 0)
            {
                if (!trainingEntries.TryGetValue(trainableMask, out var training))
                {
                    training = PlanEntries.Training(trainableMask);
                    trainingEntries[trainableMask] = training;
                }

                Append(ref planned, ref plannedCount, training);
                trainable = (ValueList<MuscleGroup>)training.Muscles;
            }

            var isCheckIn = nextCheckIn < checkInDates.Count && checkInDates[nextCheckIn] == date;
            if (isCheckIn)
            {
                Append(ref planned, ref plannedCount, entries.CheckIn);
                nextCheckIn++;
            }

            // Days mostly repeat a few lists of entries (a core day, a rest day, …): share them instead of copying again.
            days[n] = new DayPlan(date, n + 1, plannedLists.Get(planned.AsSpan(0, plannedCount)), blockedLists.Get(blocked.AsSpan(0, blockedCount)), trainable, isCheckIn, triage[step].Level);
        }

        return ValueList<DayPlan>.Wrap(days);
    }

    private static readonly ValueList<MuscleGroup> CoreOnly = ValueList<MuscleGroup>.Wrap([MuscleGroup.Core]);

    /// <summary>Core sessions a plan week holds at most: the dose of <see cref="Remedy.StrengthenCore"/>.</summary>
    private static readonly int CoreSessionsPerWeek = Remedy.StrengthenCore.Dose.MaxTimes;

    private static void Append(ref PlanEntry[] entries, ref int count, PlanEntry entry)
    {
        if (count == entries.Length)
        {
            Array.Resize(ref entries, count * 2);
        }

        entries[count++] = entry;
    }

    /// <summary>The last few distinct lists of entries the days used, so a day that repeats one shares it.</summary>
    private sealed class RecentLists
    {
        private readonly ValueList<PlanEntry>[] _lists = [ValueList<PlanEntry>.Empty, ValueList<PlanEntry>.Empty, ValueList<PlanEntry>.Empty, ValueList<PlanEntry>.Empty];
        private int _next;

        internal ValueList<PlanEntry> Get(ReadOnlySpan<PlanEntry> entries)
        {
            if (entries.IsEmpty)
            {
                return ValueList<PlanEntry>.Empty;
            }

            foreach (var list in _lists)
            {
                if (SameEntries(list, entries))
                {
                    return list;
                }
            }

            var made = ValueList<PlanEntry>.Wrap(entries.ToArray());
            _lists[_next] = made;
            _next = (_next + 1) % _lists.Length;
            return made;
        }

        private static bool SameEntries(ValueList<PlanEntry> list, ReadOnlySpan<PlanEntry> entries)
        {
            if (list.Count != entries.Length)
            {
                return false;
            }

            for (var i = 0; i < entries.Length; i++)
            {
                if (!ReferenceEquals(list[i], entries[i]))
                {
                    return false;
                }
            }

            return true;
        }
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
