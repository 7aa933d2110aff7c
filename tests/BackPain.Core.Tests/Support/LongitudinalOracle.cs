using System.Globalization;
using BackPain.Core.Rules;
using static BackPain.Core.Symptom;

namespace BackPain.Core.Tests.Support;

/// <summary>
/// Which side of the rules a question asks about. <see cref="Lenient"/>: what every reading of the rules blocks, so a
/// plan must block it (the floor). <see cref="Strict"/>: what some reading blocks; what no reading blocks, a plan must
/// leave free (the ceiling).
/// </summary>
public enum Reading
{
    /// <summary>What every reading blocks: the floor every plan must reach.</summary>
    Lenient,

    /// <summary>What some reading blocks: the ceiling no plan may pass.</summary>
    Strict,
}

/// <summary>
/// An independent oracle for a plan over time, written from domain.md §5, §6, §6b and the library's decisions
/// (notes/decisions.md D1–D11), never from the planner's code. It replays the assessment and every check-in in order
/// (D8: re-injury, then causes ruled out or confirmed, then the re-assessment, then the clearance, then pain-free
/// healing) and keeps, after each, what is open: each injury's episode and whether it has healed (D7), the DOMS
/// soreness wait, the nothing-fits hold (D6), light-activity-only, and the triage sources not yet resolved by a
/// clearance (D9). The assessment itself is read from the assessor (it is an input of the plan); a re-assessment at a
/// check-in is scored here from the evidence table (<see cref="EvidenceRules"/>) with the defining signs of D5.
/// </summary>
/// <remarks>
/// Where the spec leaves a choice open, the oracle does not pick one: it replays every combination of the choices
/// (<see cref="Policy"/>) and keeps, for each state, what every replay blocks (the floor a plan must reach) and what some
/// replay blocks (the ceiling a plan must not pass). A choice can move an injury's episode, so a stricter choice is not
/// always stricter later on; only the whole set of replays bounds the plan. The open choices: whether pain above the
/// pain at healing re-opens only the injury it exceeds or every healed one; which pain a second healing keeps; whether
/// a confirmation re-opens a healed injury; how narrowly "its own new findings make it possible" re-opens a cause ruled
/// out; how a re-assessment counts "unable to stand or walk" and, at pain 0, how long the pain has lasted. The ceiling's
/// replays also take each choice that only adds restrictions: light activity only after any light-activity clearance,
/// the DOMS soreness wait again when pain comes back, a pop reported before counted with severe pain now, what the
/// re-assessment derives (nothing fits, newly suspected) kept at a clearing check-in, and the sore muscles rested by size
/// from each date DOMS opens.
/// </remarks>
public sealed class LongitudinalOracle
{
    /// <summary>The minimum healing time of a pulled muscle (domain.md §1: 1–3 weeks), in days from its episode's start.</summary>
    public const int PulledMuscleMinimumDays = 7;

    private const int Variants = 6;

    /// <summary>The rows of the evidence table of each cause (by index), in table order.</summary>
    private static readonly Evidence[][] Rows = [.. Cause.All.OrderBy(c => c.Index).Select(c => EvidenceRules.For(c).ToArray())];

    private static readonly Symptom[] DerivedFromAnswers =
        [MildPain, ModeratePain, SeverePain, GettingBetter, GettingWorse, LastedOverAWeek, LastedOverTwoWeeks, NotBetterAfterAWeek, PopWithSeverePain];

    private readonly SymptomReport _report;
    private readonly Assessment _assessment;
    private readonly IReadOnlyList<CheckInReport> _checkIns;
    private readonly PlannerOptions _options;
    private readonly SymptomSet _base;
    private readonly bool[,] _lenientRest;
    private readonly bool[,] _strictRest;
    private readonly int[] _seenBy;
    private readonly Reassessment[] _reassessments;

    /// <summary>Replays <paramref name="checkIns"/> on the assessment of <paramref name="report"/>.</summary>
    public LongitudinalOracle(
        SymptomReport report,
        Assessment assessment,
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
        _reassessments = [.. checkIns.Select((c, i) => Reassess(c, i))];

        // Every combination of the open choices, each read as the floor and as the ceiling.
        var possibilities = Enumerable.Range(0, Variants)
            .Where(v => !Enumerable.Range(0, v).Any(w => _reassessments.All(r => r.SameAs(v, w))))
            .ToArray();
        var floor = Explore(possibilities, ceiling: false);
        var ceiling = Explore(possibilities, ceiling: true);
        Reference = floor[0];
        Readings = floor.Length;
        Verdicts = [.. Enumerable.Range(0, checkIns.Count + 1).Select(i => new OracleVerdict(this, [.. floor.Select(r => r[i])], [.. ceiling.Select(r => r[i])]))];
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

    /// <summary>The states of the reference reading (the first floor replay): [0] from the assessment, [i] after the i-th check-in.</summary>
    public IReadOnlyList<OracleState> Reference { get; }

    /// <summary>How many replays each side of the verdicts combines.</summary>
    public int Readings { get; }

    /// <summary>What every and some reading say: [0] from the assessment, [i] after the i-th check-in.</summary>
    public IReadOnlyList<OracleVerdict> Verdicts { get; }

    /// <summary>Whether the oracle's reading of the evidence table (with D5) finds <paramref name="cause"/> possible in the first report.</summary>
    public bool PossibleInReport(Cause cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        return Possible(cause, _report.Symptoms, _report.PainDurationDays ?? 0);
    }

    /// <summary>
    /// The verdict in force on <paramref name="date"/> in the plan that has seen the first <paramref name="seen"/>
    /// check-ins: each day follows the check-ins dated on or before it (D1).
    /// </summary>
    public OracleVerdict At(int seen, DateOnly date) => Verdicts[Math.Min(seen, _seenBy[date.DayNumber - Start.DayNumber])];

    /// <summary>
    /// Whether <paramref name="muscle"/> rests by size on <paramref name="date"/> after a session of the history or the
    /// report's own workout (D2), in every reading (<see cref="Reading.Lenient"/>) or in some (<see cref="Reading.Strict"/>,
    /// which also rests the DOMS-sore muscles by size from each date DOMS opened in some reading of <paramref name="verdict"/>).
    /// </summary>
    public bool Rests(Reading reading, MuscleGroup muscle, DateOnly date, OracleVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(muscle);
        ArgumentNullException.ThrowIfNull(verdict);
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
        return SoreMuscles.Contains(muscle) && verdict.DomsRestFrom.Any(from => date >= from && date <= from.AddDays(rest));
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
        foreach (var row in Rows[cause.Index])
        {
            if (s.Contains(row.Symptom))
            {
                raw += row.Weight;
            }
        }

        return EvidenceRules.Score(raw);
    }

    private static bool Capped(Cause cause, SymptomSet s, double days) =>
        (cause.IsInjury && !Defining(cause, s)) || (cause == Cause.Doms && days >= 14);

    /// <summary>
    /// Whether <paramref name="cause"/> is at least possible (D5): its score reaches <see cref="BackPainAssessor.PossibleThreshold"/>,
    /// an injury only with one of its defining signs, DOMS never after 14 days of pain; pain down a leg keeps a slipped
    /// disc possible.
    /// </summary>
    private static bool Possible(Cause cause, SymptomSet s, double days) =>
        (cause == Cause.SlippedDisc && s.Contains(PainDownOneLeg))
        || (!Capped(cause, s, days) && Score(cause, s) >= BackPainAssessor.PossibleThreshold);

    private static int PossibleCauses(SymptomSet s, double days)
    {
        var bits = 0;
        foreach (var cause in Cause.All)
        {
            if (Possible(cause, s, days))
            {
                bits |= 1 << cause.Index;
            }
        }

        return bits;
    }

    /// <summary>D6: whether nothing fits, no cause likely (with D5's caps).</summary>
    private bool NothingFits(SymptomSet s, double days) =>
        !Cause.All.Any(c => !Capped(c, s, days) && Score(c, s) >= _assessment.Options.LikelyThreshold);

    /// <summary>
    /// D4: the findings of a re-assessment: the report's findings, the pain band of <paramref name="pain"/>, the trend,
    /// how long the pain has lasted, and the new findings of the check-ins before index <paramref name="index"/> and of
    /// <paramref name="own"/> (when given). With <paramref name="implied"/>, "unable to stand or walk" also counts as "hard
    /// to stand up", as it does in a report.
    /// </summary>
    private SymptomSet Findings(int pain, Trend trend, double days, int index, CheckInReport? own, bool implied)
    {
        var s = _base;
        for (var i = 0; i < index && i < _checkIns.Count; i++)
        {
            foreach (var finding in _checkIns[i].NewSymptoms)
            {
                s = s.Add(finding);
            }
        }

        if (own is not null)
        {
            foreach (var finding in own.NewSymptoms)
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
        if (days >= 14)
        {
            s = s.Add(LastedOverTwoWeeks);
        }

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

    /// <summary>
    /// D4: the re-assessment of check-in <paramref name="index"/> (0-based) in each variant: "unable to stand or walk"
    /// counted as "hard to stand up" or not (variant % 2), and, at pain 0, the pain's duration taken as the report's plus
    /// the days since the start, the report's alone, or none (variant / 2: the days since the start count "only while pain
    /// &gt; 0").
    /// </summary>
    private Reassessment Reassess(CheckInReport checkIn, int index)
    {
        var since = checkIn.Date.DayNumber - Start.DayNumber;
        var reported = _report.PainDurationDays ?? 0;
        var result = new Reassessment(Variants);
        for (var v = 0; v < Variants; v++)
        {
            var days = checkIn.Pain > 0 ? reported + since : (v / 2) switch { 0 => reported + since, 1 => reported, _ => 0 };
            var implied = v % 2 == 1;
            var same = Enumerable.Range(0, v).FirstOrDefault(w => w % 2 == v % 2 && result.Days[w] == days, -1);
            if (same >= 0)
            {
                result.CopyVariant(same, v);
                continue;
            }

            var findings = Findings(checkIn.Pain, checkIn.Trend, days, index, checkIn, implied);
            result.Days[v] = days;
            result.Possible[v] = PossibleCauses(findings, days);
            result.PossibleWithoutOwn[v] = PossibleCauses(Findings(checkIn.Pain, checkIn.Trend, days, index, null, implied), days);
            result.NothingFits[v] = NothingFits(findings, days);
            result.PopBefore |= findings.Contains(PopHeard);
        }

        return result;
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
        // that holds all of its exercises (hard if either says so). The floor counts the one session both readings share;
        // the ceiling counts both.
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
        // history shows none. Whether that stand-in session on the start date is hard when the report's workout was is
        // left open: the floor takes it as not hard (the ceiling rests them as after a hard session, from every date DOMS
        // opens: see Rests).
        if (_assessment.LikelihoodOf(Cause.Doms).IsAtLeastPossible)
        {
            foreach (var muscle in SoreMuscles)
            {
                if (!history.Any(w => w.Trains(muscle)))
                {
                    Mark(lenient, muscle, Start, hard: false);
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

    /// <summary>
    /// Replays every combination of the choices that matter: from one policy per possibility variant, a choice is varied
    /// once some replay reached a point where its options differ (a "hit"), until no replay reaches a new one.
    /// </summary>
    private List<OracleState>[] Explore(int[] possibilities, bool ceiling)
    {
        var seen = new HashSet<Policy>();
        var work = new Queue<Policy>(possibilities.Select(v => new Policy(false, HealingPain.Keep, false, false, v)));
        var replays = new List<List<OracleState>>();
        while (work.TryDequeue(out var policy))
        {
            if (!seen.Add(policy))
            {
                continue;
            }

            var hits = new Hits();
            replays.Add(Replay(policy, ceiling, hits));
            if (hits.ReinjureAll)
            {
                work.Enqueue(policy with { ReinjureAll = !policy.ReinjureAll });
            }

            if (hits.Heal)
            {
                foreach (var heal in Enum.GetValues<HealingPain>())
                {
                    work.Enqueue(policy with { Heal = heal });
                }
            }

            if (hits.ConfirmReopens)
            {
                work.Enqueue(policy with { ConfirmReopens = !policy.ConfirmReopens });
            }

            if (hits.BroadReopen)
            {
                work.Enqueue(policy with { BroadReopen = !policy.BroadReopen });
            }
        }

        return [.. replays];
    }

    private List<OracleState> Replay(Policy policy, bool ceiling, Hits hits)
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
            Apply(state, index, policy, ceiling, hits);
            states.Add(state);
        }

        return states;
    }

    private void Apply(OracleState state, int index, Policy policy, bool ceiling, Hits hits)
    {
        var checkIn = _checkIns[index - 1];
        var reassessment = _reassessments[index - 1];
        var date = checkIn.Date;
        var pain = checkIn.Pain;
        state.Seen = index;
        state.Date = date;

        // 1. Re-injury (D7): pain above the pain at healing, or worse, opens a new episode of a healed injury.
        var reinjured = state.Episodes.Where(e => e.Open && e.Healed && (pain > e.PainAtHealing || checkIn.Trend == Trend.Worse)).ToList();
        var healed = state.Episodes.Count(e => e.Open && e.Healed);
        if (reinjured.Count > 0 && reinjured.Count < healed)
        {
            hits.ReinjureAll = true;
            if (policy.ReinjureAll)
            {
                reinjured = [.. state.Episodes.Where(e => e.Open && e.Healed)];
            }
        }

        foreach (var episode in reinjured)
        {
            episode.Reopen(date);
        }

        if (ceiling && state.DomsOpen && !state.SoreWait && pain > 0)
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
            hits.ConfirmReopens |= cause == Cause.Doms ? state.DomsOpen && !state.SoreWait : cause.IsInjury && state.Episode(cause) is { Open: true, Healed: true };
            state.Confirm(cause, date, policy.ConfirmReopens);
        }

        // 3. The re-assessment (D4): new causes open from this date; its triage; the nothing-fits hold.
        var possible = reassessment.Possible[policy.Possibility];
        var withoutOwn = reassessment.PossibleWithoutOwn[policy.Possibility];
        var clearing = checkIn.Clearance != Clearance.None;
        foreach (var cause in Cause.All)
        {
            if (state.IsOpen(cause) || (possible & (1 << cause.Index)) == 0)
            {
                continue;
            }

            if (state.RuledOutAt(cause) is { } ruledOutAt)
            {
                // D8: a cause ruled out re-opens only when a later check-in's own new findings make it possible.
                var narrow = ruledOutAt < index && (withoutOwn & (1 << cause.Index)) == 0;
                hits.BroadReopen |= checkIn.NewSymptoms.Count > 0 && !narrow;
                var reopens = checkIn.NewSymptoms.Count > 0 && (policy.BroadReopen || narrow);
                if (!reopens)
                {
                    continue;
                }
            }

            state.Open(cause, date);
            if ((cause == Cause.SlippedDisc || cause == Cause.LigamentTear) && (ceiling || !clearing))
            {
                state.Sources.Add(new TriageSource(index, TriageLevel.SeeDoctor, $"check-in #{index}: newly suspected {cause}"));
            }
        }

        AddOwnTriage(state, index, checkIn, reassessment.PopBefore && ceiling);
        if (pain >= 4 && reassessment.NothingFits[policy.Possibility])
        {
            state.Hold = true;
            if (ceiling || !clearing)
            {
                state.Sources.Add(new TriageSource(index, TriageLevel.SeeDoctor, $"check-in #{index}: nothing fits with pain {pain}"));
            }
        }

        // 4. The clearance (D8, D9): it resolves what was reported before this check-in.
        if (clearing)
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

                state.LightOnly |= urgentBefore || tearLifted || ceiling;
            }
            else
            {
                state.LightOnly = false;
                state.Hold = false;
                state.SoreWait = false;
                foreach (var episode in state.Episodes.Where(e => e.Open))
                {
                    hits.Heal |= episode.Healed && episode.PainAtHealing != pain;
                    episode.Heal(pain, policy.Heal);
                }
            }
        }

        // 5. Pain-free healing (D7): a pulled muscle heals at pain 0 from its episode's start + 7 days.
        if (pain == 0)
        {
            state.Hold = false;
            state.SoreWait = false;
            var pulled = state.Episode(Cause.PulledMuscle);
            if (pulled.Open && date >= pulled.Start.AddDays(PulledMuscleMinimumDays))
            {
                hits.Heal |= pulled.Healed && pulled.PainAtHealing != 0;
                pulled.Heal(0, policy.Heal);
            }
        }
    }

    /// <summary>D4's triage of a check-in, from what it reports itself (and, with <paramref name="popBefore"/>, a pop reported before it).</summary>
    private void AddOwnTriage(OracleState state, int index, CheckInReport checkIn, bool popBefore)
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

        foreach (var finding in checkIn.NewSymptoms)
        {
            if (finding.RedFlagLevel is { } level)
            {
                state.Sources.Add(new TriageSource(index, level, $"{at}: {finding}"));
            }
        }

        if ((popBefore || checkIn.NewSymptoms.Contains(PopHeard)) && pain >= 7)
        {
            state.Sources.Add(new TriageSource(index, TriageLevel.SeeDoctorUrgently, $"{at}: a pop with pain {pain}"));
        }

        if (pain > 0 && checkIn.Trend != Trend.Better && checkIn.Date.DayNumber - Start.DayNumber >= 7)
        {
            state.Sources.Add(new TriageSource(index, TriageLevel.SeeDoctor, $"{at}: not better after a week"));
        }
    }

    /// <summary>One combination of the choices the spec leaves open (see the remarks of <see cref="LongitudinalOracle"/>).</summary>
    private sealed record Policy(bool ReinjureAll, HealingPain Heal, bool ConfirmReopens, bool BroadReopen, int Possibility);

    /// <summary>The choices a replay reached a point where their options differ.</summary>
    private sealed class Hits
    {
        public bool ReinjureAll { get; set; }

        public bool Heal { get; set; }

        public bool ConfirmReopens { get; set; }

        public bool BroadReopen { get; set; }
    }

    /// <summary>What one check-in's re-assessment finds, in each variant: the causes possible (bit per cause index), the same without its own new findings, and whether nothing fits.</summary>
    private sealed class Reassessment(int variants)
    {
        public int[] Possible { get; } = new int[variants];

        public int[] PossibleWithoutOwn { get; } = new int[variants];

        public bool[] NothingFits { get; } = new bool[variants];

        public double[] Days { get; } = new double[variants];

        /// <summary>Whether a pop was reported, by the report or at this or an earlier check-in.</summary>
        public bool PopBefore { get; set; }

        public void CopyVariant(int from, int to)
        {
            Days[to] = Days[from];
            Possible[to] = Possible[from];
            PossibleWithoutOwn[to] = PossibleWithoutOwn[from];
            NothingFits[to] = NothingFits[from];
        }

        public bool SameAs(int v, int w) => Possible[v] == Possible[w] && PossibleWithoutOwn[v] == PossibleWithoutOwn[w] && NothingFits[v] == NothingFits[w];
    }
}

/// <summary>Which pain an injury healed again keeps as its pain at healing (D7 leaves it open).</summary>
public enum HealingPain
{
    /// <summary>The pain of the first healing.</summary>
    Keep,

    /// <summary>The highest pain it healed at.</summary>
    Highest,

    /// <summary>The lowest pain it healed at.</summary>
    Lowest,
}

/// <summary>
/// What the oracle says about a state (from the assessment, or after some check-ins): what every reading of the rules
/// blocks (the floor) and what some reading blocks (the ceiling).
/// </summary>
public sealed class OracleVerdict
{
    private readonly LongitudinalOracle _oracle;
    private readonly int _mustBlock;
    private readonly int _mayBlock;

    internal OracleVerdict(LongitudinalOracle oracle, OracleState[] floor, OracleState[] ceiling)
    {
        _oracle = oracle;
        Example = floor[0];
        Seen = Example.Seen;
        UnhealedInjury = floor.All(s => s.UnhealedInjury is not null) ? Example.UnhealedInjury ?? floor.First(s => s.UnhealedInjury is not null).UnhealedInjury : null;
        Suspended = floor.All(s => s.Suspended);
        BlocksAllTraining = floor.All(s => s.BlocksAllTraining);
        BlocksCoreWork = floor.All(s => s.BlocksCoreWork);
        BlocksStrenuous = floor.All(s => s.BlocksStrenuous);
        LightOnly = floor.All(s => s.LightOnly);
        Floor = floor.Select(s => s.Floor).Aggregate((a, b) => a <= b ? a : b);
        MayBlockStrenuous = ceiling.Any(s => s.BlocksStrenuous);
        DomsRestFrom = [.. ceiling.SelectMany(s => s.DomsRestFrom).Distinct()];
        _mustBlock = floor.Aggregate(~0, (mask, s) => mask & s.BlockMask(oracle));
        _mayBlock = ceiling.Aggregate(0, (mask, s) => mask | s.BlockMask(oracle));
    }

    /// <summary>How many check-ins the state has seen.</summary>
    public int Seen { get; }

    /// <summary>The reference reading's state, to explain a failure.</summary>
    public OracleState Example { get; }

    /// <summary>An injury open and not healed, when every reading has one (§6.1: no core work).</summary>
    public Cause? UnhealedInjury { get; }

    /// <summary>Every reading suspends all training (D9).</summary>
    public bool Suspended { get; }

    /// <summary>Every reading blocks all training (suspended, or a ligament tear not cleared even for light activity).</summary>
    public bool BlocksAllTraining { get; }

    /// <summary>Every reading blocks core work.</summary>
    public bool BlocksCoreWork { get; }

    /// <summary>Every reading blocks strenuous exercise.</summary>
    public bool BlocksStrenuous { get; }

    /// <summary>Every reading allows light activity only.</summary>
    public bool LightOnly { get; }

    /// <summary>The lowest triage level any reading allows in force.</summary>
    public TriageLevel Floor { get; }

    /// <summary>Some reading blocks strenuous exercise.</summary>
    public bool MayBlockStrenuous { get; }

    /// <summary>The dates from which some reading rests the DOMS-sore muscles by size.</summary>
    public IReadOnlyList<DateOnly> DomsRestFrom { get; }

    /// <summary>Whether every reading blocks <paramref name="muscle"/> for what is open (not counting rest by size).</summary>
    public bool MustBlock(MuscleGroup muscle)
    {
        ArgumentNullException.ThrowIfNull(muscle);
        return (_mustBlock & (1 << muscle.Index)) != 0;
    }

    /// <summary>Whether some reading blocks <paramref name="muscle"/> for what is open (not counting rest by size).</summary>
    public bool MayBlock(MuscleGroup muscle)
    {
        ArgumentNullException.ThrowIfNull(muscle);
        return (_mayBlock & (1 << muscle.Index)) != 0;
    }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Example} (one of {_oracle.Readings} readings)");
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

    /// <inheritdoc />
    public override string ToString() => !Open ? (RuledOutAt is null ? "closed" : "ruled out")
        : string.Create(CultureInfo.InvariantCulture, $"episode from {Start:yyyy-MM-dd} {(Healed ? $"healed at pain {PainAtHealing}" : LightCleared ? "unhealed, light-cleared" : "unhealed")}");

    internal Episode Clone() => (Episode)MemberwiseClone();

    internal void Reopen(DateOnly date)
    {
        Open = true;
        Healed = false;
        LightCleared = false;
        Start = date;
    }

    internal void Heal(int pain, HealingPain policy)
    {
        if (!Healed)
        {
            Healed = true;
            PainAtHealing = pain;
        }
        else if (policy != HealingPain.Keep)
        {
            PainAtHealing = policy == HealingPain.Highest ? Math.Max(PainAtHealing, pain) : Math.Min(PainAtHealing, pain);
        }
    }
}

/// <summary>What is open after the assessment and the check-ins seen so far, in one reading.</summary>
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

    /// <summary>The dates from which the sore muscles rest by size (DOMS opened).</summary>
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

    /// <summary>The muscles <see cref="Blocks"/> blocks, one bit per muscle index.</summary>
    public int BlockMask(LongitudinalOracle oracle)
    {
        ArgumentNullException.ThrowIfNull(oracle);
        if (BlocksAllTraining)
        {
            return (1 << MuscleGroup.All.Count) - 1;
        }

        var mask = BlocksCoreWork ? 1 << MuscleGroup.Core.Index : 0;
        if (Episode(Cause.PulledMuscle).Unhealed)
        {
            mask |= oracle.AreaMuscles.Aggregate(0, (m, muscle) => m | (1 << muscle.Index));
        }

        if (DomsOpen && SoreWait)
        {
            mask |= oracle.SoreMuscles.Aggregate(0, (m, muscle) => m | (1 << muscle.Index));
        }

        return mask;
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

    /// <summary>D8: a confirmed cause opens on the date if it is not open (with <paramref name="reopens"/>, a healed injury, or DOMS whose soreness had gone, opens again too).</summary>
    internal void Confirm(Cause cause, DateOnly date, bool reopens)
    {
        if (cause == Cause.Doms)
        {
            _domsRuledOut = null;
            if (!DomsOpen || (reopens && !SoreWait))
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
            if (!episode.Open || (reopens && episode.Healed))
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
