using System.Runtime.InteropServices;
using BackPain.Core.Internal;
using BackPain.Core.Rules;

namespace BackPain.Core.Planning;

/// <summary>
/// Lays out a plan's days in one sweep, one function per rule. The blocks start in date order and each day reads only
/// the blocks active on it; planned core sessions are decided on the way and add the core's rest after them to the
/// plan's blocks.
/// </summary>
internal sealed class DaySweep
{
    private static readonly ValueList<MuscleGroup> CoreOnly = ValueList<MuscleGroup>.Wrap([MuscleGroup.Core]);

    private readonly Assessment _assessment;
    private readonly PlanRequest _request;
    private readonly PlanEntries _entries;
    private readonly List<Block> _blocks;
    private readonly int _sortedBlocks;
    private readonly IReadOnlyList<TriageStep> _triage;
    private readonly IReadOnlyList<(DateOnly Date, PlanEntry Entry)> _checkInEntries;
    private readonly ValueList<DateOnly> _checkInDates;
    private readonly DateOnly _painFree;
    private readonly Window _ice;
    private readonly Window _heat;
    private readonly DateOnly _plansCoreFrom;
    private readonly int _coreRest;

    // The sweep's place in each list it walks, and the day's entries.
    private readonly List<Block> _active = new(16);
    private readonly List<PlanEntry> _planned = new(16);
    private readonly List<PlanEntry> _blocked = new(16);
    private readonly RecentLists _plannedLists = new();
    private readonly RecentLists _blockedLists = new();
    private int _nextBlock;
    private int _nextCheckInEntry;
    private int _nextCheckInDate;
    private int _triageStep;
    private int _coreThisWeek;

    internal DaySweep(RecoveryPlanner planner, Assessment assessment, PlanRequest request, ValueList<CheckInReport> checkIns, PlanTimeline timeline, List<Block> blocks, ValueList<DateOnly> checkInDates)
    {
        _assessment = assessment;
        _request = request;
        _entries = new PlanEntries(assessment);
        _blocks = blocks;
        _sortedBlocks = blocks.Count; // the core sessions' rests, added on the way, go straight to the active blocks
        _triage = timeline.Triage;
        _checkInEntries = timeline.CheckInEntries;
        _checkInDates = checkInDates;
        _painFree = FirstPainFree(checkIns);
        (_ice, _heat) = IceAndHeatWindows(assessment, planner.Options, _entries);
        _plansCoreFrom = timeline.PlansCoreFrom ?? DateOnly.MaxValue;
        _coreRest = planner.RestDays(MuscleGroup.Core, hard: false);
    }

    /// <summary>The plan's days, in date order.</summary>
    internal ValueList<DayPlan> Run()
    {
        var days = new DayPlan[_request.Length.Count];
        for (var n = 0; n < days.Length; n++)
        {
            var date = _request.Start.AddDays(n);
            var blocking = Blocking(date);
            SeeClinician(n);
            CheckInEntries(date);
            StayActive(blocking);
            IceAndHeat(n, date);
            Stretching(blocking);
            CoreSession(n, date, blocking);
            var trainable = Training(blocking);
            var isCheckIn = CheckIn(date);

            // Days mostly repeat a few lists of entries (a core day, a rest day, …): share them instead of copying again.
            days[n] = new DayPlan(date, n + 1, _plannedLists.Get(CollectionsMarshal.AsSpan(_planned)), _blockedLists.Get(CollectionsMarshal.AsSpan(_blocked)),
                trainable, isCheckIn, TriageOn(date));
            _planned.Clear();
            _blocked.Clear();
        }

        return ValueList<DayPlan>.Wrap(days);
    }

    /// <summary>What the blocks active on a date stop: the muscle groups, and whether training, all exercise or strenuous exercise is stopped.</summary>
    private readonly record struct Blocks(int MuscleMask, bool Suspended, bool NoExercise, bool NoStrenuous);

    /// <summary>A remedy planned from day index <see cref="From"/> up to <see cref="Until"/> (exclusive); none when <see cref="Entry"/> is null.</summary>
    private readonly record struct Window(PlanEntry? Entry, int From, int Until)
    {
        internal bool Covers(int n) => Entry is not null && n >= From && n < Until;
    }

    /// <summary>The date of the first check-in with pain 0, from which ice and heat stop; <see cref="DateOnly.MaxValue"/> when none.</summary>
    private static DateOnly FirstPainFree(ValueList<CheckInReport> checkIns)
    {
        foreach (var checkIn in checkIns)
        {
            if (checkIn.Pain == 0)
            {
                return checkIn.Date;
            }
        }

        return DateOnly.MaxValue;
    }

    /// <summary>
    /// The days of ice and of heat: the options' ice and heat days when the assessment advises ice or heat; ice for the
    /// first 48 hours and heat after them up to the last heat day when it advises ice, then heat.
    /// </summary>
    private static (Window Ice, Window Heat) IceAndHeatWindows(Assessment assessment, PlannerOptions options, PlanEntries entries)
    {
        bool ice = false, heat = false, iceThenHeat = false;
        foreach (var advice in assessment.Remedies)
        {
            ice |= advice.Remedy == Remedy.Ice;
            heat |= advice.Remedy == Remedy.Heat;
            iceThenHeat |= advice.Remedy == Remedy.IceThenHeat;
        }

        var iceFor = RecoveryRules.IceThenHeat.IceFor.Count;
        var iceWindow = !ice && !iceThenHeat ? default
            : new Window(iceThenHeat ? entries.IceFirst48Hours : entries.Ice, 0, Math.Max(ice ? options.IceDays.Count : 0, iceThenHeat ? iceFor : 0));
        var heatWindow = !heat && !iceThenHeat ? default
            : new Window(iceThenHeat ? entries.HeatAfter48Hours : entries.Heat, heat ? 0 : iceFor, options.HeatDays.Count);
        return (iceWindow, heatWindow);
    }

    /// <summary>
    /// Brings the blocks that start by <paramref name="date"/> in, drops those that ended, lists the day's blocked
    /// entries and sums up what they stop.
    /// </summary>
    private Blocks Blocking(DateOnly date)
    {
        var day = date.DayNumber;
        for (; _nextBlock < _sortedBlocks && _blocks[_nextBlock].FromDay <= day; _nextBlock++)
        {
            _active.Add(_blocks[_nextBlock]);
        }

        var kept = 0;
        for (var i = 0; i < _active.Count; i++)
        {
            if (_active[i].UntilDay > day)
            {
                _active[kept++] = _active[i];
            }
        }

        _active.RemoveRange(kept, _active.Count - kept);
        var mask = 0;
        bool suspended = false, noExercise = false, noStrenuous = false;
        foreach (var block in _active)
        {
            _blocked.Add(block.Entry);
            mask |= block.MuscleMask;
            suspended |= block.Kind == PlanEntryKind.SuspendAllTraining;
            noExercise |= block.Kind == PlanEntryKind.NoExercise;
            noStrenuous |= block.Kind == PlanEntryKind.NoStrenuousExercise;
        }

        return new Blocks(mask, suspended, noExercise, noStrenuous);
    }

    /// <summary>See a clinician on day 1 when the assessment's triage calls for it (<see cref="RecoveryRules.SeeClinician"/>).</summary>
    private void SeeClinician(int n)
    {
        if (n == 0 && _assessment.Triage.Level >= RecoveryRules.SeeClinician.From)
        {
            _planned.Add(_entries.SeeClinician);
        }
    }

    /// <summary>What each check-in dated on the day added: see a clinician, and why.</summary>
    private void CheckInEntries(DateOnly date)
    {
        for (; _nextCheckInEntry < _checkInEntries.Count && _checkInEntries[_nextCheckInEntry].Date == date; _nextCheckInEntry++)
        {
            _planned.Add(_checkInEntries[_nextCheckInEntry].Entry);
        }
    }

    /// <summary>Stay active every day, unless training is suspended (<see cref="RecoveryRules.StayActive"/>).</summary>
    private void StayActive(Blocks blocking)
    {
        if (!blocking.Suspended)
        {
            _planned.Add(_entries.StayActive);
        }
    }

    /// <summary>Ice and heat on their days, until the first pain-free check-in.</summary>
    private void IceAndHeat(int n, DateOnly date)
    {
        if (date >= _painFree)
        {
            return;
        }

        if (_ice.Covers(n))
        {
            _planned.Add(_ice.Entry!);
        }

        if (_heat.Covers(n))
        {
            _planned.Add(_heat.Entry!);
        }
    }

    /// <summary>Stretching unless exercise is blocked, strenuous exercise is held, or training is suspended (<see cref="RecoveryRules.Stretching"/>).</summary>
    private void Stretching(Blocks blocking)
    {
        if (!blocking.Suspended && !blocking.NoExercise && !blocking.NoStrenuous)
        {
            _planned.Add(_entries.Stretching);
        }
    }

    /// <summary>
    /// A core session when the plan plans them, the core is not blocked and the plan week has room
    /// (<see cref="RecoveryRules.CoreWork"/>). A session is training: the core rests after it like after any session.
    /// </summary>
    private void CoreSession(int n, DateOnly date, Blocks blocking)
    {
        var rule = RecoveryRules.CoreWork;
        if (n % rule.Week.Count == 0)
        {
            _coreThisWeek = 0;
        }

        if (date < _plansCoreFrom || (blocking.MuscleMask & Block.CoreBit) != 0 || _coreThisWeek >= rule.SessionsPerWeek)
        {
            return;
        }

        _planned.Add(_entries.CoreWork);
        _coreThisWeek++;
        var restRule = RecoveryRules.RestFor(MuscleGroup.Core, hard: false);
        var until = date.AddDays(1 + _coreRest);
        var entry = new PlanEntry(PlanEntryKind.RestMuscles, restRule.Id, _entries.CoreSessionRest, restRule.Source, CoreOnly, allowedFrom: Availability.From(until, _entries.Texts));
        var rest = new Block(entry, Block.CoreBit, date.AddDays(1), until, date);
        _blocks.Add(rest);
        _active.Add(rest); // it begins tomorrow, the day the sweep next gathers blocks for
    }

    /// <summary>The muscle groups no block stops may be trained (<see cref="RecoveryRules.Training"/>); returns them.</summary>
    private ValueList<MuscleGroup> Training(Blocks blocking)
    {
        var mask = Block.AllMuscles & ~blocking.MuscleMask;
        if (mask == 0)
        {
            return ValueList<MuscleGroup>.Empty;
        }

        var training = _entries.Training(mask);
        _planned.Add(training);
        return (ValueList<MuscleGroup>)training.Muscles;
    }

    /// <summary>A check-in when the day is one of the plan's check-in dates (<see cref="RecoveryRules.CheckIn"/>); returns whether it is.</summary>
    private bool CheckIn(DateOnly date)
    {
        if (_nextCheckInDate < _checkInDates.Count && _checkInDates[_nextCheckInDate] == date)
        {
            _planned.Add(_entries.CheckIn);
            _nextCheckInDate++;
            return true;
        }

        return false;
    }

    /// <summary>The triage in force on the day.</summary>
    private TriageLevel TriageOn(DateOnly date)
    {
        for (; _triageStep + 1 < _triage.Count && _triage[_triageStep + 1].From <= date; _triageStep++)
        {
        }

        return _triage[_triageStep].Level;
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
                if (SameEntries(list.AsSpan(), entries))
                {
                    return list;
                }
            }

            var made = ValueList<PlanEntry>.Wrap(entries.ToArray());
            _lists[_next] = made;
            _next = (_next + 1) % _lists.Length;
            return made;
        }

        private static bool SameEntries(ReadOnlySpan<PlanEntry> list, ReadOnlySpan<PlanEntry> entries)
        {
            if (list.Length != entries.Length)
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
}
