using System.Globalization;
using BackPain.Core.Assessment;
using BackPain.Core.Assessment.Rules;
using BackPain.Core.Domain;
using BackPain.Core.Recovery;
using static BackPain.Core.Domain.Symptom;

namespace BackPain.Core.Tests.Support;

/// <summary>
/// How the oracle settles a point that domain.md and decisions.md leave open. The <see cref="Lenient"/> reading takes,
/// at every such point, the choice that restricts least: what it blocks, every reading blocks, so a plan must block it.
/// The <see cref="Strict"/> reading takes the choice that restricts most: what it leaves free, every reading leaves
/// free, so a plan that blocks it is stricter than the rules allow.
/// </summary>
public enum Reading
{
    /// <summary>The least restrictive reading: the floor every plan must reach.</summary>
    Lenient,

    /// <summary>The most restrictive reading: the ceiling no plan may pass.</summary>
    Strict,
}

/// <summary>
/// An independent oracle for a plan over time, written from domain.md §5, §6, §6b and the library's decisions
/// (notes/decisions.md D1–D11), never from the planner's code. It replays the assessment and every check-in in order
/// (D8: re-injury, then causes ruled out or confirmed, then the re-assessment, then the clearance, then pain-free
/// healing) and keeps, after each, what is open: each injury's episode and whether it has healed (D7), the DOMS
/// soreness wait, the nothing-fits hold (D6), light-activity-only, and the triage sources not yet resolved by a
/// clearance (D9). The assessment itself is read from the assessor (it is an input of the plan); a re-assessment at a
/// check-in is scored here from the evidence table (<see cref="EvidenceRules"/>), with the defining signs of D5.
/// </summary>
public sealed class LongitudinalOracle
{
    /// <summary>The minimum healing time of a pulled muscle (domain.md §1: 1–3 weeks), in days from its episode's start.</summary>
    public const int PulledMuscleMinimumDays = 7;

    private static readonly Symptom[] DerivedFromAnswers =
        [MildPain, ModeratePain, SeverePain, GettingBetter, GettingWorse, LastedOverAWeek, NotBetterAfterAWeek, PopWithSeverePain];

    private readonly SymptomReport _report;
    private readonly global::BackPain.Core.Assessment.Assessment _assessment;
    private readonly IReadOnlyList<CheckInReport> _checkIns;
    private readonly PlannerOptions _options;
    private readonly SymptomSet _base;
    private readonly bool[,] _lenientRest;
    private readonly bool[,] _strictRest;
    private readonly int[] _seenBy;

    /// <summary>Replays <paramref name="checkIns"/> on the assessment of <paramref name="report"/>.</summary>
    public LongitudinalOracle(
        SymptomReport report,
        global::BackPain.Core.Assessment.Assessment assessment,
        IReadOnlyList<Workout> history,
        PlanRequest request,
        PlannerOptions options,
        IReadOnlyList<CheckInReport> checkIns)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(checkIns);
        _report = report;
        _assessment = assessment;
        _checkIns = checkIns;
        _options = options;
        Start = request.Start;
        Length = request.Length.Count;
        AreaMuscles = report.Area switch
        {
            BackArea.LowerBack => [MuscleGroup.LowerBack],
            BackArea.UpperBack => [MuscleGroup.UpperBack],
            _ => [MuscleGroup.LowerBack, MuscleGroup.UpperBack],
        };
        SoreMuscles = [.. MuscleGroup.All.Where(m => AreaMuscles.Contains(m) || report.Exercises.Any(e => e.PrimaryMuscles.Contains(m)))];

        var set = report.Symptoms;
        foreach (var derived in DerivedFromAnswers)
        {
            set = set.Remove(derived);
        }

        _base = set;
        _seenBy = new int[Length];
        for (var day = 0; day < Length; day++)
        {
            var date = Start.AddDays(day);
            _seenBy[day] = checkIns.Count(c => c.Date <= date);
        }

        (_lenientRest, _strictRest) = RestBySize(history);
        Lenient = Replay(Reading.Lenient);
        Strict = Replay(Reading.Strict);
    }

    /// <summary>The injuries whose core-work block waits for healing (domain.md §6.1).</summary>
    public static IReadOnlyList<Cause> Injuries { get; } = [Cause.PulledMuscle, Cause.SlippedDisc, Cause.LigamentTear];

    /// <summary>The first day of the plan.</summary>
    public DateOnly Start { get; }

    /// <summary>How many days the plan covers.</summary>
    public int Length { get; }

    /// <summary>The muscles of the painful back area: what a pulled muscle rests (domain.md §6.4).</summary>
    public IReadOnlyList<MuscleGroup> AreaMuscles { get; }

    /// <summary>The sore muscles of DOMS: the painful back area and the primary muscles of the report's workout (§6.5).</summary>
    public IReadOnlyList<MuscleGroup> SoreMuscles { get; }

    /// <summary>The states of the lenient reading: [0] from the assessment, [i] after the i-th check-in.</summary>
    public IReadOnlyList<OracleState> Lenient { get; }

    /// <summary>The states of the strict reading: [0] from the assessment, [i] after the i-th check-in.</summary>
    public IReadOnlyList<OracleState> Strict { get; }

    /// <summary>Whether the oracle's reading of the evidence table finds <paramref name="cause"/> possible in the first report, under <paramref name="reading"/>.</summary>
    public bool PossibleInReport(Cause cause, Reading reading)
    {
        ArgumentNullException.ThrowIfNull(cause);
        return Possible(cause, _report.Symptoms, _report.PainDuration?.TotalDays ?? 0, reading);
    }

    /// <summary>
    /// The state in force on <paramref name="date"/> in the plan that has seen the first <paramref name="seen"/>
    /// check-ins: each day follows the check-ins dated on or before it (D1).
    /// </summary>
    public OracleState State(Reading reading, int seen, DateOnly date)
    {
        var states = reading == Reading.Lenient ? Lenient : Strict;
        return states[Math.Min(seen, _seenBy[date.DayNumber - Start.DayNumber])];
    }

    /// <summary>
    /// Whether <paramref name="muscle"/> rests by size on <paramref name="date"/> after a session of the history or the
    /// report's own workout (D2), under <paramref name="reading"/>; the strict reading also rests the DOMS-sore muscles by
    /// size from the start and from each date DOMS opened (<paramref name="state"/>).
    /// </summary>
    public bool Rests(Reading reading, MuscleGroup muscle, DateOnly date, OracleState state)
    {
        ArgumentNullException.ThrowIfNull(muscle);
        ArgumentNullException.ThrowIfNull(state);
        var day = date.DayNumber - Start.DayNumber;
        if (reading == Reading.Lenient)
        {
            return _lenientRest[muscle.Index, day];
        }

        if (_strictRest[muscle.Index, day])
        {
            return true;
        }

        var rest = RestDays(muscle, _report.HardOrUnaccustomedWorkout);
        return SoreMuscles.Contains(muscle) && state.DomsRestFrom.Any(from => date >= from && date <= from.AddDays(rest));
    }

    /// <summary>The rest of <paramref name="muscle"/> after a session, in days, with the options' extra days (domain.md §5).</summary>
    public int RestDays(MuscleGroup muscle, bool hard)
    {
        ArgumentNullException.ThrowIfNull(muscle);
        return muscle.Size == MuscleSize.Small
            ? 1 + _options.ExtraRestSmall.Count
            : (hard ? 3 : 2) + _options.ExtraRestLarge.Count;
    }

    private static bool Defining(Cause cause, SymptomSet s) =>
        cause == Cause.PulledMuscle ? s.Contains(SharpPain) && s.Contains(OnsetDuringWorkout)
        : cause == Cause.SlippedDisc ? s.Contains(PainDownOneLeg) || s.Contains(NumbnessBothLegs)
            || (s.Contains(SuddenJerk) && s.Contains(SquatOrDeadlift) && (s.Contains(SeverePain) || s.Contains(HardToStandUp)))
        : cause != Cause.LigamentTear || s.Contains(PopHeard) || (s.Contains(ShootingPain) && s.Contains(SeverePain) && s.Contains(OnsetDuringWorkout));

    /// <summary>The score of the evidence table: the weights of the findings present, summed in table order.</summary>
    private static double Score(Cause cause, SymptomSet s)
    {
        double raw = 0;
        foreach (var row in EvidenceRules.For(cause))
        {
            if (s.Contains(row.Symptom))
            {
                raw += row.Weight;
            }
        }

        return EvidenceRules.Score(raw);
    }

    /// <summary>
    /// Whether <paramref name="cause"/> is at least possible. Both readings keep a slipped disc possible with pain down a
    /// leg (D5). The lenient reading applies D5's caps (an injury without a defining sign, DOMS after 14 days of pain:
    /// unlikely); the strict reading does not, in case the assessor has none.
    /// </summary>
    private static bool Possible(Cause cause, SymptomSet s, double days, Reading reading)
    {
        if (cause == Cause.SlippedDisc && s.Contains(PainDownOneLeg))
        {
            return true;
        }

        if (reading == Reading.Lenient && Capped(cause, s, days))
        {
            return false;
        }

        return Score(cause, s) >= BackPainAssessor.PossibleThreshold;
    }

    private static bool Capped(Cause cause, SymptomSet s, double days) =>
        (cause.IsInjury && !Defining(cause, s)) || (cause == Cause.Doms && days >= 14);

    /// <summary>
    /// D6: whether nothing fits (no cause likely). The lenient reading counts a cause likely without D5's caps (fewer
    /// holds); the strict reading with them (more holds).
    /// </summary>
    private bool NothingFits(SymptomSet s, double days, Reading reading)
    {
        var threshold = _assessment.Options.LikelyThreshold;
        var defaultThreshold = AssessorOptions.Default.LikelyThreshold;
        threshold = reading == Reading.Lenient ? Math.Min(threshold, defaultThreshold) : Math.Max(threshold, defaultThreshold);
        return !Cause.All.Any(c => (reading == Reading.Lenient || !Capped(c, s, days)) && Score(c, s) >= threshold);
    }

    /// <summary>
    /// D4: the findings of a re-assessment: the report's findings, the pain band of <paramref name="pain"/>, the trend,
    /// how long the pain has lasted, and the new findings of the check-ins before index <paramref name="index"/> (and of
    /// <paramref name="own"/> when <paramref name="includeOwn"/>). The strict reading also counts "hard to stand up" when
    /// "unable to stand or walk" is reported, as a report does.
    /// </summary>
    private SymptomSet Findings(int pain, Trend trend, double days, int index, bool includeOwn, CheckInReport? own, bool implied)
    {
        var s = _base;
        for (var i = 0; i < index && i < _checkIns.Count; i++)
        {
            foreach (var finding in _checkIns[i].NewFindings)
            {
                s = s.Add(finding);
            }
        }

        if (includeOwn && own is not null)
        {
            foreach (var finding in own.NewFindings)
            {
                s = s.Add(finding);
            }
        }

        if (implied && s.Contains(UnableToStandOrWalk))
        {
            s = s.Add(HardToStandUp);
        }

        s = pain switch
        {
            >= 7 => s.Add(SeverePain),
            >= 4 => s.Add(ModeratePain),
            >= 1 => s.Add(MildPain),
            _ => s,
        };
        s = trend switch
        {
            Trend.Better => s.Add(GettingBetter),
            Trend.Worse => s.Add(GettingWorse),
            _ => s,
        };

        if (days >= 7)
        {
            s = s.Add(LastedOverAWeek);
            if (trend != Trend.Better)
            {
                s = s.Add(NotBetterAfterAWeek);
            }
        }

        if (s.Contains(PopHeard) && pain >= 7)
        {
            s = s.Add(PopWithSeverePain);
        }

        return s;
    }

    private (bool[,] Lenient, bool[,] Strict) RestBySize(IReadOnlyList<Workout> history)
    {
        var lenient = new bool[MuscleGroup.All.Count, Length];
        var strict = new bool[MuscleGroup.All.Count, Length];
        var threshold = _options.HardRpeThreshold;
        foreach (var workout in history)
        {
            foreach (var muscle in workout.Muscles)
            {
                Mark(lenient, muscle, workout.Date, workout.IsHardSession(threshold));
                Mark(strict, muscle, workout.Date, workout.IsHardSession(threshold));
            }
        }

        // D2: the report's own workout, on the start date, or the latest workout of the history on or before the start
        // that holds all of its exercises (hard if either says so).
        var exercises = _report.Exercises;
        var hard = _report.HardOrUnaccustomedWorkout;
        if (exercises.Count > 0)
        {
            var reportMuscles = MuscleGroup.All.Where(m => exercises.Any(e => e.Muscles.Contains(m))).ToArray();
            var matches = history.Where(w => w.Date <= Start && exercises.All(e => w.Exercises.Contains(e))).ToArray();
            if (matches.Length == 0)
            {
                foreach (var muscle in reportMuscles)
                {
                    Mark(lenient, muscle, Start, hard);
                    Mark(strict, muscle, Start, hard);
                }
            }
            else
            {
                var latest = matches.Max(w => w.Date);
                var sessions = matches.Where(w => w.Date == latest).ToArray();
                if (sessions.Length == 1)
                {
                    foreach (var muscle in reportMuscles)
                    {
                        Mark(lenient, muscle, latest, hard || sessions[0].IsHardSession(threshold));
                    }
                }

                foreach (var session in sessions)
                {
                    foreach (var muscle in session.Muscles)
                    {
                        Mark(strict, muscle, latest, hard || session.IsHardSession(threshold));
                    }
                }

                foreach (var muscle in reportMuscles)
                {
                    Mark(strict, muscle, Start, hard || sessions.Any(s => s.IsHardSession(threshold)));
                }
            }
        }

        // DOMS (§6.5): the sore muscles rest by size from their last session in the history, or from the start when the
        // history shows none.
        if (_assessment.LikelihoodOf(Cause.Doms).IsAtLeastPossible)
        {
            foreach (var muscle in SoreMuscles)
            {
                if (!history.Any(w => w.Trains(muscle)))
                {
                    Mark(lenient, muscle, Start, hard);
                }
            }
        }

        return (lenient, strict);
    }

    private void Mark(bool[,] rest, MuscleGroup muscle, DateOnly session, bool hard)
    {
        var last = session.AddDays(RestDays(muscle, hard));
        for (var date = session < Start ? Start : session; date <= last && date.DayNumber - Start.DayNumber < Length; date = date.AddDays(1))
        {
            rest[muscle.Index, date.DayNumber - Start.DayNumber] = true;
        }
    }

    private List<OracleState> Replay(Reading reading)
    {
        var state = new OracleState(Start);
        for (var i = 0; i < Injuries.Count; i++)
        {
            state.Episodes[i].Open = _assessment.LikelihoodOf(Injuries[i]).IsAtLeastPossible;
            state.Episodes[i].Start = Start;
        }

        state.DomsOpen = _assessment.LikelihoodOf(Cause.Doms).IsAtLeastPossible;
        state.SoreWait = state.DomsOpen;
        if (state.DomsOpen)
        {
            state.DomsRestFrom.Add(Start);
        }

        state.PoorCoreOpen = _assessment.LikelihoodOf(Cause.PoorCoreStrength).IsAtLeastPossible;
        state.Hold = _report.Severity >= 4 && !_assessment.Causes.Any(c => c.Band == LikelihoodBand.Likely);
        state.Sources.Add(new TriageSource(0, _assessment.Triage.Level, "the assessment (" + _assessment.Triage.RuleId + ")"));
        var states = new List<OracleState> { state };
        for (var index = 1; index <= _checkIns.Count; index++)
        {
            state = state.Clone();
            Apply(state, index, _checkIns[index - 1], reading);
            states.Add(state);
        }

        return states;
    }

    private void Apply(OracleState state, int index, CheckInReport checkIn, Reading reading)
    {
        var date = checkIn.Date;
        var pain = checkIn.Pain;
        state.Seen = index;
        state.Date = date;

        // 1. Re-injury (D7): pain above the pain at healing, or worse, opens a new episode of a healed injury.
        var reinjured = state.Episodes.Where(e => e.Open && e.Healed && (pain > e.PainAtHealing || checkIn.Trend == Trend.Worse)).ToList();
        if (reading == Reading.Strict && reinjured.Count > 0)
        {
            reinjured = [.. state.Episodes.Where(e => e.Open && e.Healed)];
        }

        foreach (var episode in reinjured)
        {
            episode.Reopen(date);
        }

        if (reading == Reading.Strict && state.DomsOpen && !state.SoreWait && pain > 0)
        {
            state.SoreWait = true;
            state.DomsRestFrom.Add(date);
        }

        // 2. Causes ruled out, then confirmed (D8).
        foreach (var cause in checkIn.CausesRuledOut)
        {
            state.RuleOut(cause, index);
        }

        foreach (var cause in checkIn.CausesConfirmed)
        {
            state.Confirm(cause, date, reading);
        }

        // 3. The re-assessment (D4): new causes open from this date; its triage; the nothing-fits hold.
        var days = (_report.PainDuration?.TotalDays ?? 0) + (pain > 0 ? date.DayNumber - Start.DayNumber : 0);
        var implied = reading == Reading.Strict;
        var findings = Findings(pain, checkIn.Trend, days, index - 1, includeOwn: true, checkIn, implied);
        var withoutOwn = Findings(pain, checkIn.Trend, days, index - 1, includeOwn: false, null, implied);
        foreach (var cause in Cause.All)
        {
            if (state.IsOpen(cause) || !Possible(cause, findings, days, reading))
            {
                continue;
            }

            if (state.RuledOutAt(cause) is { } ruledOutAt)
            {
                var reopens = reading == Reading.Strict
                    ? checkIn.NewFindings.Count > 0
                    : ruledOutAt < index && checkIn.NewFindings.Count > 0 && !Possible(cause, withoutOwn, days, reading);
                if (!reopens)
                {
                    continue;
                }
            }

            state.Open(cause, date);
            if (cause == Cause.SlippedDisc || cause == Cause.LigamentTear)
            {
                state.Sources.Add(new TriageSource(index, TriageLevel.SeeDoctor, $"check-in #{index}: newly suspected {cause}"));
            }
        }

        AddOwnTriage(state, index, checkIn, findings, reading);
        if (pain >= 4 && NothingFits(findings, days, reading) && (reading == Reading.Strict || NothingFits(withoutOwn, days, reading)))
        {
            state.Hold = true;
            state.Sources.Add(new TriageSource(index, TriageLevel.SeeDoctor, $"check-in #{index}: nothing fits with pain {pain}"));
        }

        // 4. The clearance (D8, D9): it resolves what was reported before this check-in.
        if (checkIn.Clearance != Clearance.None)
        {
            var urgentBefore = state.Sources.Any(s => s.Index < index && s.Level.SuspendsTraining);
            state.Sources.RemoveAll(s => s.Index < index);
            if (checkIn.Clearance == Clearance.LightActivity)
            {
                var tear = state.Episode(Cause.LigamentTear);
                var tearLifted = tear.Open && !tear.Healed && !tear.LightCleared;
                if (tearLifted)
                {
                    tear.LightCleared = true;
                }

                state.LightOnly |= urgentBefore || tearLifted || reading == Reading.Strict;
            }
            else
            {
                state.LightOnly = false;
                state.Hold = false;
                state.SoreWait = false;
                foreach (var episode in state.Episodes.Where(e => e.Open))
                {
                    episode.Heal(pain, reading);
                }
            }
        }

        // 5. Pain-free healing (D7): a pulled muscle heals at pain 0 from its episode's start + 7 days.
        if (pain == 0)
        {
            state.Hold = false;
            state.SoreWait = false;
            var pulled = state.Episode(Cause.PulledMuscle);
            if (pulled.Open && (!pulled.Healed || reading == Reading.Strict) && date >= pulled.Start.AddDays(PulledMuscleMinimumDays))
            {
                pulled.Heal(0, reading);
            }
        }
    }

    /// <summary>D4's triage of a check-in, from what it reports itself.</summary>
    private void AddOwnTriage(OracleState state, int index, CheckInReport checkIn, SymptomSet findings, Reading reading)
    {
        var pain = checkIn.Pain;
        var at = $"check-in #{index}";
        if (pain >= 7)
        {
            state.Sources.Add(new TriageSource(index, TriageLevel.SeeDoctor, $"{at}: pain {pain}"));
        }

        if (checkIn.Trend == Trend.Worse)
        {
            state.Sources.Add(new TriageSource(index, TriageLevel.SeeDoctor, $"{at}: worse"));
        }

        foreach (var finding in checkIn.NewFindings)
        {
            if (finding.RedFlagLevel is { } level)
            {
                state.Sources.Add(new TriageSource(index, level, $"{at}: {finding}"));
            }
        }

        var pop = reading == Reading.Strict ? findings.Contains(PopHeard) : checkIn.NewFindings.Contains(PopHeard);
        if (pop && pain >= 7)
        {
            state.Sources.Add(new TriageSource(index, TriageLevel.SeeDoctorUrgently, $"{at}: a pop with pain {pain}"));
        }

        var days = checkIn.Date.DayNumber - Start.DayNumber + (reading == Reading.Strict ? _report.PainDuration?.TotalDays ?? 0 : 0);
        if (pain > 0 && checkIn.Trend != Trend.Better && days >= 7)
        {
            state.Sources.Add(new TriageSource(index, TriageLevel.SeeDoctor, $"{at}: not better after a week"));
        }
    }
}

/// <summary>A reason for a triage level, raised at check-in <see cref="Index"/> (0: the assessment), until a clearance at a later check-in.</summary>
public sealed record TriageSource(int Index, TriageLevel Level, string Why);

/// <summary>One injury's current episode (D7).</summary>
public sealed class Episode
{
    /// <summary>Whether the injury is open: possible, or opened since, and not ruled out.</summary>
    public bool Open { get; set; }

    /// <summary>Whether the current episode has healed.</summary>
    public bool Healed { get; set; }

    /// <summary>When the current episode began.</summary>
    public DateOnly Start { get; set; }

    /// <summary>Whether a light-activity clearance was given in the current episode.</summary>
    public bool LightCleared { get; set; }

    /// <summary>The pain reported when it healed (0 for a pain-free check-in).</summary>
    public int PainAtHealing { get; set; }

    /// <summary>The check-in that ruled it out, while it stays ruled out.</summary>
    public int? RuledOutAt { get; set; }

    /// <summary>Whether it is open and has not healed.</summary>
    public bool Unhealed => Open && !Healed;

    internal Episode Clone() => (Episode)MemberwiseClone();

    internal void Reopen(DateOnly date)
    {
        Open = true;
        Healed = false;
        LightCleared = false;
        Start = date;
    }

    internal void Heal(int pain, Reading reading)
    {
        if (!Healed)
        {
            Healed = true;
            PainAtHealing = pain;
        }
        else
        {
            PainAtHealing = reading == Reading.Lenient ? Math.Max(PainAtHealing, pain) : Math.Min(PainAtHealing, pain);
        }
    }

    /// <inheritdoc />
    public override string ToString() => !Open ? (RuledOutAt is null ? "closed" : "ruled out")
        : string.Create(CultureInfo.InvariantCulture, $"episode from {Start:yyyy-MM-dd} {(Healed ? $"healed at pain {PainAtHealing}" : LightCleared ? "unhealed, light-cleared" : "unhealed")}");
}

/// <summary>What is open after the assessment and the check-ins seen so far, under one <see cref="Reading"/>.</summary>
public sealed class OracleState
{
    private int? _domsRuledOut;
    private int? _poorCoreRuledOut;

    internal OracleState(DateOnly start)
    {
        Date = start;
        Episodes = [new Episode(), new Episode(), new Episode()];
    }

    /// <summary>How many check-ins this state has seen.</summary>
    public int Seen { get; internal set; }

    /// <summary>The date from which this state is in force (the start, or the last check-in's date).</summary>
    public DateOnly Date { get; internal set; }

    /// <summary>The episodes of the <see cref="LongitudinalOracle.Injuries"/>, in that order.</summary>
    public Episode[] Episodes { get; private set; }

    /// <summary>Whether DOMS is open.</summary>
    public bool DomsOpen { get; internal set; }

    /// <summary>Whether the DOMS-sore muscles wait for the soreness to go (a pain-free check-in or a full clearance).</summary>
    public bool SoreWait { get; internal set; }

    /// <summary>Whether poor core strength is open.</summary>
    public bool PoorCoreOpen { get; internal set; }

    /// <summary>D6: strenuous exercise held because nothing fits, until a pain-free check-in or a full clearance.</summary>
    public bool Hold { get; internal set; }

    /// <summary>D8: light activity only (no strenuous exercise, no core work) until a full clearance.</summary>
    public bool LightOnly { get; internal set; }

    /// <summary>The triage sources not yet resolved by a clearance (D9).</summary>
    public List<TriageSource> Sources { get; private set; } = [];

    /// <summary>The dates from which the strict reading rests the DOMS-sore muscles by size.</summary>
    public List<DateOnly> DomsRestFrom { get; private set; } = [];

    /// <summary>The lowest triage level that may be in force: the highest unresolved source.</summary>
    public TriageLevel Floor => Sources.Select(s => s.Level).Aggregate(TriageLevel.SelfCare, TriageLevel.Max);

    /// <summary>D9: an urgent level in force suspends all training.</summary>
    public bool Suspended => Sources.Any(s => s.Level.SuspendsTraining);

    /// <summary>§6.3: a ligament tear that is open and not cleared, even for light activity, allows no exercise at all.</summary>
    public bool TearBlocksAllExercise => Episode(Cause.LigamentTear) is { Unhealed: true, LightCleared: false };

    /// <summary>No muscle may be trained at all.</summary>
    public bool BlocksAllTraining => Suspended || TearBlocksAllExercise;

    /// <summary>§6.1: an injury is open and not healed.</summary>
    public Cause? UnhealedInjury => LongitudinalOracle.Injuries.FirstOrDefault(c => Episode(c).Unhealed);

    /// <summary>No core work: an unhealed injury, all training blocked, or light activity only.</summary>
    public bool BlocksCoreWork => UnhealedInjury is not null || BlocksAllTraining || LightOnly;

    /// <summary>No strenuous exercise: a slipped disc not cleared (§6.2), the nothing-fits hold, light activity only, or no training at all.</summary>
    public bool BlocksStrenuous => BlocksAllTraining || LightOnly || Hold || Episode(Cause.SlippedDisc).Unhealed;

    /// <summary>The episode of <paramref name="injury"/>.</summary>
    public Episode Episode(Cause injury)
    {
        for (var i = 0; i < LongitudinalOracle.Injuries.Count; i++)
        {
            if (LongitudinalOracle.Injuries[i] == injury)
            {
                return Episodes[i];
            }
        }

        throw new ArgumentOutOfRangeException(nameof(injury), injury, "not an injury");
    }

    /// <summary>Whether <paramref name="muscle"/> is blocked by what is open (not counting rest by size).</summary>
    public bool Blocks(MuscleGroup muscle, LongitudinalOracle oracle)
    {
        ArgumentNullException.ThrowIfNull(muscle);
        ArgumentNullException.ThrowIfNull(oracle);
        return BlocksAllTraining
            || (muscle == MuscleGroup.Core && BlocksCoreWork)
            || (Episode(Cause.PulledMuscle).Unhealed && oracle.AreaMuscles.Contains(muscle))
            || (DomsOpen && SoreWait && oracle.SoreMuscles.Contains(muscle));
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(
        "; ",
        [
            string.Create(CultureInfo.InvariantCulture, $"after {Seen} check-in(s), from {Date:yyyy-MM-dd}"),
            .. LongitudinalOracle.Injuries.Select(c => $"{c}: {Episode(c)}"),
            $"doms {(DomsOpen ? SoreWait ? "open, sore" : "open, soreness gone" : "closed")}",
            $"hold {Hold}",
            $"lightOnly {LightOnly}",
            $"triage sources [{string.Join(", ", Sources.Select(s => $"{s.Level} from {s.Why}"))}]",
        ]);

    internal OracleState Clone()
    {
        var copy = (OracleState)MemberwiseClone();
        copy.Episodes = [.. Episodes.Select(e => e.Clone())];
        copy.Sources = [.. Sources];
        copy.DomsRestFrom = [.. DomsRestFrom];
        return copy;
    }

    internal bool IsOpen(Cause cause) =>
        cause == Cause.Doms ? DomsOpen : cause == Cause.PoorCoreStrength ? PoorCoreOpen : Episode(cause).Open;

    internal int? RuledOutAt(Cause cause) =>
        cause == Cause.Doms ? _domsRuledOut : cause == Cause.PoorCoreStrength ? _poorCoreRuledOut : Episode(cause).RuledOutAt;

    internal void RuleOut(Cause cause, int index)
    {
        if (cause == Cause.Doms)
        {
            DomsOpen = false;
            SoreWait = false;
            _domsRuledOut = index;
        }
        else if (cause == Cause.PoorCoreStrength)
        {
            PoorCoreOpen = false;
            _poorCoreRuledOut = index;
        }
        else
        {
            Episode(cause).Open = false;
            Episode(cause).RuledOutAt = index;
        }
    }

    internal void Confirm(Cause cause, DateOnly date, Reading reading)
    {
        if (cause == Cause.Doms)
        {
            _domsRuledOut = null;
            if (!DomsOpen || reading == Reading.Strict)
            {
                Open(cause, date);
            }
        }
        else if (cause == Cause.PoorCoreStrength)
        {
            _poorCoreRuledOut = null;
            PoorCoreOpen = true;
        }
        else
        {
            var episode = Episode(cause);
            episode.RuledOutAt = null;
            if (!episode.Open || (reading == Reading.Strict && episode.Healed))
            {
                episode.Reopen(date);
            }
        }
    }

    internal void Open(Cause cause, DateOnly date)
    {
        if (cause == Cause.Doms)
        {
            DomsOpen = true;
            SoreWait = true;
            DomsRestFrom.Add(date);
            _domsRuledOut = null;
        }
        else if (cause == Cause.PoorCoreStrength)
        {
            PoorCoreOpen = true;
            _poorCoreRuledOut = null;
        }
        else
        {
            Episode(cause).Reopen(date);
            Episode(cause).RuledOutAt = null;
        }
    }
}
