using BackPain.Core.Rules;
using BackPain.Core.Internal;

namespace BackPain.Core.Planning;

/// <summary>
/// Walks a plan's events in date order, the assessment on the start date and then each check-in, and turns them into
/// dated blocks, the triage in force from each date, and the entries each check-in adds (domain model section 6b). It
/// decides every date only from the events on or before it, so the days before a check-in never depend on it.
/// </summary>
/// <remarks>
/// A restriction is an <see cref="OpenBlock"/> from the date it starts until an event lifts it; it then becomes a
/// <see cref="Block"/> that ends on that date, showing the condition that was still open on the days it covered. A
/// muscle-soreness block whose rest outlasts the pain-free check-in that lifts it goes on as a second block with a known
/// end. Each block keeps the sequence number of its opening, so blocks are listed in the same order in every rebuild.
/// </remarks>
internal sealed class PlanTimeline
{
    /// <summary>The most causes the timeline's cause masks hold: one bit each in an <see langword="int"/>, the sign bit left out.</summary>
    internal const int MaxCauses = sizeof(int) * 8 - 1;

    /// <summary>The most findings the timeline's finding masks hold: one bit each in a <see langword="ulong"/>.</summary>
    internal const int MaxSymptoms = sizeof(ulong) * 8;

    /// <summary>The findings a check-in states anew each time (pain band, trend, how long the pain has lasted).</summary>
    private static readonly ulong CurrentFindings = SymptomSet.Of(
        Symptom.MildPain, Symptom.ModeratePain, Symptom.SeverePain, Symptom.GettingBetter, Symptom.GettingWorse,
        Symptom.LastedOverAWeek, Symptom.NotBetterAfterAWeek, Symptom.LastedOverTwoWeeks, Symptom.PopWithSeverePain).Bits;

    /// <summary>Every red-flag finding, as bits.</summary>
    private static readonly ulong RedFlags = SymptomSet.Of([.. Symptom.All.Where(s => s.IsRedFlag)]).Bits;

    private readonly RecoveryPlanner _planner;
    private readonly Assessment _assessment;
    private readonly BackPainAssessor _assessor;
    private readonly TextTable _texts;
    private readonly PlanRequest _request;
    private readonly Workout[] _workouts;
    private readonly ulong _baseFindings;
    private readonly int _reportDays;
    private readonly CauseState[] _causes;
    private readonly IReadOnlyList<Restriction>?[] _restrictions = new IReadOnlyList<Restriction>?[Cause.All.Count];
    private readonly List<(Block Block, int Seq)> _closed;
    private readonly List<TriageStep> _triage;
    private readonly List<(DateOnly Date, PlanEntry Entry)> _checkInEntries;
    private ulong _reportedFindings;
    private int _seq;
    private TriageLevel _inForce;
    private OpenBlock? _suspension;
    private OpenBlock? _hold;
    private OpenBlock[]? _lightOnly;

    /// <summary>The texts of the assessment's culture, which every text of the plan is written in.</summary>
    internal TextTable Texts => _texts;

    internal PlanTimeline(RecoveryPlanner planner, Assessment assessment, Workout[] workouts, PlanRequest request, int checkIns)
    {
        _closed = new(32 + checkIns);
        _triage = new(1 + checkIns);
        _checkInEntries = new(checkIns);
        _planner = planner;
        _assessment = assessment;
        _assessor = assessment.Assessor;
        _texts = _assessor.TextTable;
        _request = request;
        _workouts = workouts;
        _baseFindings = assessment.Report.Symptoms.Bits & ~CurrentFindings;
        _reportDays = assessment.Report.PainDurationDays ?? 0;
        _causes = [.. Cause.All.Select(c => new CauseState(c))];
        _inForce = assessment.Triage.Level;
        _triage.Add(new TriageStep(request.Start, _inForce));

        var start = request.Start;
        if (_inForce.SuspendsTraining)
        {
            OpenSuspension(start);
        }

        var possible = assessment.PossibleCauses;
        foreach (var state in _causes)
        {
            if ((possible & (1 << state.Cause.Index)) != 0)
            {
                OpenCause(state, start);
            }
        }

        if (assessment.Restrictions.Any(r => r.RuleId == RestrictionRules.HoldStrenuousUntilPainFree.Id))
        {
            OpenHold(start);
        }
    }

    /// <summary>The first date core sessions may be planned: from when poor core strength or an injury is first possible.</summary>
    internal DateOnly? PlansCoreFrom { get; private set; }

    /// <summary>The triage in force from each date, in date order.</summary>
    internal IReadOnlyList<TriageStep> Triage => _triage;

    /// <summary>The entries each check-in adds on its date (see a clinician, and why), in check-in order.</summary>
    internal IReadOnlyList<(DateOnly Date, PlanEntry Entry)> CheckInEntries => _checkInEntries;

    /// <summary>Adds the rest-by-size blocks of the history; called once, before the first check-in.</summary>
    internal void Add(Block block) => _closed.Add((block, _seq++));

    /// <summary>Applies one check-in (domain model section 6b), in the order the library documents.</summary>
    internal void Apply(CheckInReport checkIn)
    {
        var date = checkIn.Date;

        // 1. Pain after an injury counted as healed opens a new episode (6b.2).
        foreach (var state in _causes)
        {
            if (state.Cause.IsInjury && state.IsPossible && !state.RuledOut && state.Healed && (checkIn.Pain > state.PainAtHealing || checkIn.Trend == Trend.Worse))
            {
                OpenCause(state, date);
            }
        }

        // 2. What a clinician ruled out ends; what a clinician confirmed applies (6b.3, 6b.4).
        foreach (var cause in checkIn.CausesRuledOut)
        {
            var state = _causes[cause.Index];
            CloseAll(state, date);
            state.RuledOut = true;
        }

        var opened = 0;
        foreach (var cause in checkIn.CausesConfirmed)
        {
            var state = _causes[cause.Index];
            if (!state.IsPossible || state.RuledOut)
            {
                OpenCause(state, date);
                opened |= 1 << cause.Index;
            }
        }

        // 3. The re-assessment: the report's findings, with what this check-in says now and every new finding so far.
        var newSymptoms = FindingsOf(checkIn.NewSymptoms);
        var before = _reportedFindings;
        _reportedFindings |= newSymptoms;
        var own = OwnFindings(checkIn, newSymptoms) | newSymptoms;
        var evidence = _baseFindings | _reportedFindings | own;
        Span<double> scores = stackalloc double[Cause.All.Count];
        var possible = _assessor.Score(evidence, scores);
        var reopenable = -1;
        foreach (var state in _causes)
        {
            var bit = 1 << state.Cause.Index;
            if ((possible & bit) == 0 || (state.IsPossible && !state.RuledOut))
            {
                continue;
            }

            if (state.RuledOut)
            {
                // Ruled out for what was known then: only this check-in's own new findings can make it possible again.
                if (reopenable < 0)
                {
                    reopenable = possible & ~_assessor.Score(_baseFindings | before | (own & ~newSymptoms), scores.ToArray());
                }

                if ((reopenable & bit) == 0)
                {
                    continue;
                }
            }

            OpenCause(state, date);
            opened |= bit;
        }

        // 4. A clinician's clearance (6b.3): full lifts what waits for a clinician; light lifts "no exercise at all".
        // A suspension in force here was raised before this check-in, whose own triage comes in step 6, so a clearance
        // lifts it; one this check-in raises stays until a clearance at a later check-in (6.7).
        if (checkIn.Clearance == Clearance.FullTraining)
        {
            foreach (var state in _causes)
            {
                if (state.IsOpen)
                {
                    Heal(state, date, checkIn.Pain);
                }
            }

            Close(ref _hold, date);
            CloseLightOnly(date);
            Close(ref _suspension, date);
        }
        else if (checkIn.Clearance == Clearance.LightActivity)
        {
            // Light activity lifts "no exercise at all"; whatever it lifts, strenuous and core work wait for a full clearance.
            foreach (var state in _causes)
            {
                state.Blocks.RemoveAll(b => b.Kind == PlanEntryKind.NoExercise && Close(b, date));
            }

            Close(ref _suspension, date);
            if (_lightOnly is null)
            {
                OpenLightOnly(date);
            }
        }

        // 5. A pain-free check-in heals what needs no clinician once its minimum healing time has passed (6.1).
        if (checkIn.Pain == 0)
        {
            foreach (var state in _causes)
            {
                var estimate = state.Cause.HealingEstimate;
                if (state.IsOpen && (!state.Cause.IsInjury || (!estimate!.RequiresClinicianClearance && date >= state.EpisodeStart + estimate.Minimum)))
                {
                    Heal(state, date, 0);
                }
            }

            Close(ref _hold, date);
        }

        // 6. Triage from what this check-in reports (6b.1, 6b.5): a clearance resolves what was reported before it.
        var suspected = 0;
        foreach (var state in _causes)
        {
            suspected |= state.IsOpen ? opened & (1 << state.Cause.Index) : 0;
        }

        var cleared = checkIn.Clearance != Clearance.None;
        var topScore = checkIn.Clearance == Clearance.FullTraining ? 1 : Max(scores);
        var triage = _assessor.Triage(own, suspected, topScore);
        var previous = _inForce;
        _inForce = cleared ? triage.Level : TriageLevel.Max(_inForce, triage.Level);
        _triage.Add(new TriageStep(date, _inForce));
        if (_inForce.SuspendsTraining && _suspension is null)
        {
            OpenSuspension(date);
        }

        if (checkIn.Clearance != Clearance.FullTraining && _hold is null && checkIn.Pain > 0 && _assessor.NothingFits(own, topScore))
        {
            OpenHold(date);
        }

        AddCheckInEntries(date, own, triage, previous);
    }

    /// <summary>
    /// Ends every block still open with its condition, and returns every block sorted by its first day, then in the
    /// order they were opened, in a new list the caller may add to.
    /// </summary>
    internal List<Block> Finish()
    {
        Close(ref _suspension, null);
        Close(ref _hold, null);
        CloseLightOnly(null);
        foreach (var state in _causes)
        {
            CloseAll(state, null);
        }

        // Stable: the blocks sorted by their first day, then by when they were opened.
        _closed.Sort(static (a, b) => a.Block.FromDay != b.Block.FromDay ? a.Block.FromDay.CompareTo(b.Block.FromDay) : a.Seq.CompareTo(b.Seq));
        var blocks = new List<Block>(_closed.Count);
        foreach (var (block, _) in _closed)
        {
            blocks.Add(block);
        }

        return blocks;
    }

    private static double Max(ReadOnlySpan<double> scores)
    {
        var max = 0.0;
        foreach (var score in scores)
        {
            max = Math.Max(max, score);
        }

        return max;
    }

    private static ulong FindingsOf(IReadOnlyList<Symptom> findings)
    {
        var bits = 0UL;
        foreach (var finding in findings)
        {
            bits |= 1UL << finding.Index;
        }

        // Being unable to stand or walk implies that standing up is hard, as in the report.
        return (bits & (1UL << Symptom.UnableToStandOrWalk.Index)) != 0 ? bits | (1UL << Symptom.HardToStandUp.Index) : bits;
    }

    /// <summary>
    /// What the check-in's own answers say, as findings: the pain band, the trend, and while there is pain, how long it has
    /// lasted (the report's duration plus the days since the start), and a pop with severe pain.
    /// </summary>
    private ulong OwnFindings(CheckInReport checkIn, ulong newSymptoms)
    {
        // While there is pain, it has lasted the report's duration plus the days since the start.
        int? days = checkIn.Pain > 0 ? _reportDays + (checkIn.Date.DayNumber - _request.Start.DayNumber) : null;
        var pop = ((_baseFindings | _reportedFindings | newSymptoms) & (1UL << Symptom.PopHeard.Index)) != 0;
        return PainFindings.Of(checkIn.Pain, checkIn.Trend, days, pop).Bits;
    }

    private void AddCheckInEntries(DateOnly date, ulong own, TriageResult triage, TriageLevel previous)
    {
        var count = _checkInEntries.Count;
        var worse = (own & (1UL << Symptom.GettingWorse.Index)) != 0;
        if (worse)
        {
            _checkInEntries.Add((date, PlanEntries.Make(_texts, PlanEntryKind.SeeClinician, RecoveryRules.WorseAtCheckIn)));
        }
        else if ((own & (1UL << Symptom.NotBetterAfterAWeek.Index)) != 0)
        {
            _checkInEntries.Add((date, PlanEntries.Make(_texts, PlanEntryKind.SeeClinician, RecoveryRules.NotBetterAfterAWeek)));
        }

        var flags = own & RedFlags & ~((1UL << Symptom.GettingWorse.Index) | (1UL << Symptom.NotBetterAfterAWeek.Index));
        for (; flags != 0; flags &= flags - 1)
        {
            _checkInEntries.Add((date, PlanEntries.RedFlagAtCheckIn(_texts, Symptom.FromIndex(System.Numerics.BitOperations.TrailingZeroCount(flags)))));
        }

        if (_checkInEntries.Count == count && _inForce > previous && _inForce >= RecoveryRules.SeeClinician.From)
        {
            _checkInEntries.Add((date, new PlanEntry(PlanEntryKind.SeeClinician, triage.RuleId, triage.Reason, triage.Source, ValueList<MuscleGroup>.Empty)));
        }
    }

    private void OpenCause(CauseState state, DateOnly date)
    {
        CloseAll(state, date);
        state.IsPossible = true;
        state.RuledOut = false;
        state.Healed = false;
        state.EpisodeStart = date;
        if (state.Cause == Cause.PoorCoreStrength || state.Cause.IsInjury)
        {
            PlansCoreFrom ??= date;
        }

        foreach (var restriction in RestrictionsFor(state.Cause))
        {
            var (kind, mask) = restriction.Kind switch
            {
                RestrictionKind.NoExercise => (PlanEntryKind.NoExercise, Block.AllMuscles),
                RestrictionKind.NoStrenuousExercise => (PlanEntryKind.NoStrenuousExercise, 0),
                RestrictionKind.NoCoreWork => (PlanEntryKind.NoCoreWork, Block.CoreBit),
                _ => (PlanEntryKind.RestMuscles, MaskOf(restriction.Muscles)),
            };

            if (restriction.LiftedWhen == LiftCondition.RestOverAndSorenessGone)
            {
                // DOMS: each sore muscle rests by size from its last session (or from this date), and until the soreness is gone.
                foreach (var muscle in restriction.Muscles)
                {
                    var restOver = LastTrained(muscle, date).AddDays(1 + _planner.RestDays(muscle, hard: false));
                    var entry = new PlanEntry(kind, restriction.RuleId, restriction.Reason, restriction.Source, ValueList<MuscleGroup>.Wrap([muscle]),
                        allowedFrom: Availability.After(OpenCondition.PainFreeCheckIn, restOver > date ? restOver : date, _texts));
                    state.Blocks.Add(new OpenBlock(entry, 1 << muscle.Index, date, _seq++, restOver));
                }

                continue;
            }

            var estimate = state.Cause.HealingEstimate;
            var availability = restriction.LiftedWhen == LiftCondition.Healed && !estimate!.RequiresClinicianClearance
                ? Availability.After(OpenCondition.PainFreeCheckIn, date + estimate.Minimum, _texts)
                : Availability.After(OpenCondition.ClinicianClearance, date, _texts);
            state.Blocks.Add(new OpenBlock(
                new PlanEntry(kind, restriction.RuleId, restriction.Reason, restriction.Source, restriction.Muscles, allowedFrom: availability), mask, date, _seq++));
        }
    }

    /// <summary>The restrictions a cause brings, from the assessor's own rules (the same code as the first assessment).</summary>
    private IReadOnlyList<Restriction> RestrictionsFor(Cause cause)
        => _restrictions[cause.Index] ??= _assessor.Restrictions(new Facts(_assessment.Report, 1 << cause.Index, TriageLevel.SelfCare, nothingFits: false));

    private DateOnly LastTrained(MuscleGroup muscle, DateOnly onOrBefore)
    {
        var last = onOrBefore;
        var found = false;
        foreach (var workout in _workouts)
        {
            if (workout.Date > onOrBefore)
            {
                break;
            }

            if (workout.Trains(muscle))
            {
                last = workout.Date;
                found = true;
            }
        }

        return found ? last : onOrBefore;
    }

    private void Heal(CauseState state, DateOnly date, int pain)
    {
        CloseAll(state, date);
        state.Healed = true;
        state.PainAtHealing = pain;
    }

    private void CloseAll(CauseState state, DateOnly? date)
    {
        foreach (var block in state.Blocks)
        {
            Close(block, date);
        }

        state.Blocks.Clear();
    }

    private void OpenSuspension(DateOnly date)
    {
        var rule = RestrictionRules.SuspendAllTraining;
        var entry = new PlanEntry(PlanEntryKind.SuspendAllTraining, rule.Id, _texts.Get(rule.Id), rule.Source,
            ValueList<MuscleGroup>.Empty, allowedFrom: Availability.After(OpenCondition.ClinicianClearance, date, _texts));
        _suspension = new OpenBlock(entry, Block.AllMuscles, date, _seq++);
    }

    private void OpenHold(DateOnly date)
    {
        var rule = RestrictionRules.HoldStrenuousUntilPainFree;
        var entry = new PlanEntry(PlanEntryKind.NoStrenuousExercise, rule.Id, _texts.Get(rule.Id), rule.Source,
            ValueList<MuscleGroup>.Empty, allowedFrom: Availability.After(OpenCondition.PainFreeCheckIn, date, _texts));
        _hold = new OpenBlock(entry, 0, date, _seq++);
    }

    private void OpenLightOnly(DateOnly date)
    {
        var rule = RecoveryRules.LightActivityOnly;
        var reason = _texts.Get(rule.Id);
        var allowed = Availability.After(OpenCondition.ClinicianClearance, date, _texts);
        _lightOnly =
        [
            new OpenBlock(new PlanEntry(PlanEntryKind.NoStrenuousExercise, rule.Id, reason, rule.Source, ValueList<MuscleGroup>.Empty, allowedFrom: allowed), 0, date, _seq++),
            new OpenBlock(new PlanEntry(PlanEntryKind.NoCoreWork, rule.Id, reason, rule.Source, ValueList<MuscleGroup>.Wrap([MuscleGroup.Core]), allowedFrom: allowed), Block.CoreBit, date, _seq++),
        ];
    }

    private void CloseLightOnly(DateOnly? date)
    {
        if (_lightOnly is not null)
        {
            foreach (var block in _lightOnly)
            {
                Close(block, date);
            }

            _lightOnly = null;
        }
    }

    private void Close(ref OpenBlock? block, DateOnly? date)
    {
        if (block is not null)
        {
            Close(block, date);
            block = null;
        }
    }

    /// <summary>
    /// Ends <paramref name="block"/> on <paramref name="date"/> (null: still open at the end): the days it covered show
    /// its open condition; a rest that goes on past the date continues as a block with a known end.
    /// </summary>
    private bool Close(OpenBlock block, DateOnly? date)
    {
        if (date is not { } until)
        {
            _closed.Add((new Block(block.Entry, block.Mask, block.From, null, block.From), block.Seq));
            return true;
        }

        if (until > block.From)
        {
            _closed.Add((new Block(block.Entry, block.Mask, block.From, until, block.From), block.Seq));
        }

        if (block.RestOver > until)
        {
            var rest = block.Entry;
            var entry = new PlanEntry(rest.Kind, rest.RuleId, rest.Reason, rest.Source, rest.Muscles, allowedFrom: Availability.From(block.RestOver, _texts));
            _closed.Add((new Block(entry, block.Mask, until, block.RestOver, block.From), block.Seq));
        }

        return true;
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

    /// <summary>One cause over the plan: whether it is possible, ruled out or healed, its current episode and its open blocks.</summary>
    private sealed class CauseState(Cause cause)
    {
        internal Cause Cause { get; } = cause;

        internal bool IsPossible { get; set; }

        internal bool RuledOut { get; set; }

        internal bool Healed { get; set; }

        internal int PainAtHealing { get; set; }

        internal DateOnly EpisodeStart { get; set; }

        internal List<OpenBlock> Blocks { get; } = [];

        /// <summary>Possible, not ruled out, not healed: its restrictions are in force.</summary>
        internal bool IsOpen => IsPossible && !RuledOut && !Healed;
    }

    /// <summary>A block whose end is not known yet.</summary>
    private sealed record OpenBlock(PlanEntry Entry, int Mask, DateOnly From, int Seq, DateOnly RestOver = default)
    {
        internal PlanEntryKind Kind => Entry.Kind;
    }
}
