using System.Globalization;
using BackPain.Core.Rules;
using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// Turns a <see cref="SymptomReport"/> into an <see cref="Assessment"/>: ranks the causes by the
/// <see cref="EvidenceRules"/>, finds the red flags, sets the triage level (<see cref="TriageRules"/>), and picks
/// remedies (<see cref="RemedyRules"/>) and restrictions (<see cref="RestrictionRules"/>).
/// </summary>
/// <remarks>
/// Build one and reuse it: construction validates the options and precomputes every table and text, so
/// <see cref="Assess"/> only walks those tables. An assessor is immutable and safe to use from any number of threads;
/// it reads no clock, does no I/O and keeps no state between calls, so the same report always gives an equal
/// assessment.
/// </remarks>
public sealed class BackPainAssessor
{
    /// <summary>
    /// The score from which a cause counts as possible, so that its remedies and safety restrictions apply: 0.3
    /// (a library default). It is fixed, so no option can make the safety rules looser.
    /// </summary>
    public const double PossibleThreshold = 0.3;

    private const int NoCause = 5;

    private readonly AssessorOptions _options;
    private readonly CauseTable[] _causes;
    private readonly RedFlag[] _redFlags;
    private readonly TriageResult[] _redFlagTriage;
    private readonly ulong _redFlagMask;
    private readonly TriageResult[] _suspected;
    private readonly TriageResult _unclearAndLasting;
    private readonly TriageResult _nothingFits;
    private readonly TriageResult _selfCare;
    private readonly RemedyAdvice?[,] _advice;
    private readonly Restriction?[,] _restrictions;
    private readonly string[,] _restrictionReasons;
    private readonly ValueList<MuscleGroup>[] _areaMuscles;
    private readonly string[,] _topSentence;
    private readonly string[] _triageSentence;
    private readonly string _redFlagSentence;
    private readonly string _coreBlockedSentence;
    private readonly string _suspendedSentence;
    private readonly string _unclearSentence;
    private readonly string _disclaimer;

    /// <summary>Creates an assessor with the given options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The options are invalid; the exception lists every problem.</exception>
    public BackPainAssessor(AssessorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate().ThrowIfInvalid("assessor options");
        _options = options;
        var culture = options.Culture;

        _causes = [.. Cause.All.Select(c => new CauseTable(c))];

        var redFlagRules = TriageRules.RedFlags;
        _redFlags = [.. redFlagRules.Select(r => new RedFlag(r.RedFlag!, Text("symptom." + r.RedFlag!.Id)))];
        _redFlagTriage = [.. redFlagRules.Select((r, i) => new TriageResult(r.Level, r.Id, _redFlags[i].Reason, r.Source))];
        _redFlagMask = SymptomSet.Of([.. redFlagRules.Select(r => r.RedFlag!)]).Bits;

        _suspected = [.. TriageRules.Suspected.Select(Triage)];
        _unclearAndLasting = Triage(TriageRules.UnclearAndLasting);
        _nothingFits = Triage(TriageRules.NothingFits);
        _selfCare = Triage(TriageRules.SelfCare);

        var remedyRules = RemedyRules.All;
        _advice = new RemedyAdvice?[remedyRules.Count, NoCause + 1];
        for (var r = 0; r < remedyRules.Count; r++)
        {
            var rule = remedyRules[r];
            _advice[r, NoCause] = new RemedyAdvice(rule.Id, rule.Remedy, null, Text(rule.Id), rule.Source);
            foreach (var cause in Cause.All)
            {
                _advice[r, cause.Index] = new RemedyAdvice(rule.Id, rule.Remedy, cause, Format(rule.Id, Text("cause." + cause.Id)), rule.Source);
            }
        }

        var restrictionRules = RestrictionRules.All;
        _restrictions = new Restriction?[restrictionRules.Count, NoCause + 1];
        _restrictionReasons = new string[restrictionRules.Count, NoCause + 1];
        for (var r = 0; r < restrictionRules.Count; r++)
        {
            var rule = restrictionRules[r];
            _restrictionReasons[r, NoCause] = Text(rule.Id);
            _restrictions[r, NoCause] = new Restriction(rule.Id, rule.Kind, null, ValueList<MuscleGroup>.Empty, rule.LiftedWhen, _restrictionReasons[r, NoCause], rule.Source);
            foreach (var cause in rule.Causes)
            {
                _restrictionReasons[r, cause.Index] = Format(rule.Id, Text("cause." + cause.Id));
                _restrictions[r, cause.Index] = new Restriction(rule.Id, rule.Kind, cause, ValueList<MuscleGroup>.Empty, rule.LiftedWhen, _restrictionReasons[r, cause.Index], rule.Source);
            }
        }

        _areaMuscles =
        [
            ValueList<MuscleGroup>.Wrap([MuscleGroup.LowerBack]),
            ValueList<MuscleGroup>.Wrap([MuscleGroup.UpperBack]),
            ValueList<MuscleGroup>.Wrap([MuscleGroup.LowerBack, MuscleGroup.UpperBack]),
        ];

        _topSentence = new string[NoCause, 3];
        foreach (var cause in Cause.All)
        {
            foreach (var band in Enum.GetValues<LikelihoodBand>())
            {
                _topSentence[cause.Index, (int)band] = Format("summary.top." + band, Text("cause." + cause.Id));
            }
        }

        _triageSentence = [.. TriageLevel.All.Select(level => Text("triageLevel." + level.Id))];
        _redFlagSentence = Text("summary.redFlags");
        _coreBlockedSentence = Text("summary.coreBlocked");
        _suspendedSentence = Text("summary.trainingSuspended");
        _unclearSentence = Text("summary.unclear.seeClinician");
        _disclaimer = Text("disclaimer");

        string Text(string key) => Texts.Get(key, culture);
        string Format(string key, string arg) => string.Format(culture, Text(key), arg);
        TriageResult Triage(TriageRule rule) => new(rule.Level, rule.Id, Text(rule.Id), rule.Source);
    }

    /// <summary>The assessor with the default options; ready to use, shared, thread-safe.</summary>
    public static BackPainAssessor Default { get; } = new(AssessorOptions.Default);

    /// <summary>The options this assessor was built with.</summary>
    public AssessorOptions Options => _options;

    /// <summary>Assesses a report. Never throws for a valid report; the same report always gives an equal assessment.</summary>
    /// <remarks>
    /// This computes the scores, the ranking, the red flags and the triage level. What explains them (each cause's
    /// evidence, the remedies, the restrictions and the summary) is built the first time it is read from the
    /// <see cref="Assessment"/>, once, safe from any thread; see <c>docs/benchmarks.md</c> for what each part costs.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public Assessment Assess(SymptomReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var mask = report.Symptoms.Bits;

        // 1. Score every cause from the evidence table and rank them.
        Span<double> scores = stackalloc double[NoCause];
        var possible = Score(mask, scores);
        var ranking = new Ranking(scores);

        // 2. Red flags, most urgent first, and the triage level they and the cause rules reach.
        var redFlags = RedFlagsIn(mask);
        var triage = Triage(mask, possible, ranking.TopScore);

        // 3. The likelihoods with their evidence, the remedies, restrictions and summary are built from these when
        //    first read (see Assessment's remarks).
        return new Assessment(this, report, ranking, possible, redFlags, triage, _disclaimer);
    }

    /// <summary>
    /// Scores every cause for the findings in <paramref name="mask"/> into <paramref name="scores"/> (by cause index) and
    /// returns the causes that are at least possible, as bits by cause index. A check-in's re-assessment uses this too.
    /// </summary>
    internal int Score(ulong mask, Span<double> scores)
    {
        var possible = 0;
        for (var i = 0; i < NoCause; i++)
        {
            scores[i] = _causes[i].Score(mask);
            if (scores[i] >= PossibleThreshold)
            {
                possible |= 1 << i;
            }
        }

        return possible;
    }

    /// <summary>
    /// The triage the rules reach for the findings in <paramref name="mask"/>, the causes in <paramref name="suspected"/>
    /// (bits by cause index) and the best cause's score: the most urgent red flag, raised by a suspected cause that needs
    /// a clinician, by an unclear picture that has lasted a week, or by nothing fitting moderate or worse pain. A
    /// check-in's re-assessment uses this too.
    /// </summary>
    internal TriageResult Triage(ulong mask, int suspected, double topScore)
    {
        var flagged = mask & _redFlagMask;
        var triage = _selfCare;
        if (flagged != 0)
        {
            for (var i = 0; i < _redFlags.Length; i++)
            {
                if ((flagged & (1UL << _redFlags[i].Symptom.Index)) != 0)
                {
                    triage = _redFlagTriage[i];
                    break;
                }
            }
        }

        for (var i = 0; i < _suspected.Length; i++)
        {
            triage = Raise(triage, (suspected & (1 << TriageRules.Suspected[i].SuspectedCause!.Index)) != 0 ? _suspected[i] : null);
        }

        var unclear = IsUnclear(topScore);
        triage = Raise(triage, unclear && (mask & (1UL << Symptom.LastedOverAWeek.Index)) != 0 ? _unclearAndLasting : null);
        return Raise(triage, unclear && (mask & ModerateOrWorse) != 0 ? _nothingFits : null);
    }

    /// <summary>Whether nothing fits: no cause is likely and the pain is moderate or worse (domain model section 1).</summary>
    internal bool NothingFits(ulong mask, double topScore) => IsUnclear(topScore) && (mask & ModerateOrWorse) != 0;

    private static readonly ulong ModerateOrWorse = (1UL << Symptom.ModeratePain.Index) | (1UL << Symptom.SeverePain.Index);

    /// <summary>
    /// Whether the top cause is too weak to act on. For safety, "unclear" never uses a threshold below the default:
    /// a lower likely threshold must not lower triage or drop the advice to see a clinician.
    /// </summary>
    private bool IsUnclear(double topScore)
        => topScore < Math.Max(_options.LikelyThreshold, AssessorOptions.Default.LikelyThreshold);

    private static TriageResult Raise(TriageResult current, TriageResult? candidate)
        => candidate is not null && candidate.Level > current.Level ? candidate : current;

    /// <summary>The ranked causes with their evidence, in the order of <paramref name="ranking"/>.</summary>
    internal ValueList<CauseLikelihood> Likelihoods(SymptomReport report, in Ranking ranking)
    {
        var likelihoods = new CauseLikelihood[NoCause];
        for (var rank = 0; rank < likelihoods.Length; rank++)
        {
            var cause = ranking.CauseAt(rank);
            likelihoods[rank] = _causes[cause].Likelihood(ranking.ScoreOf(cause), report.Symptoms.Bits, _options.LikelyThreshold);
        }

        return ValueList<CauseLikelihood>.Wrap(likelihoods);
    }

    private ValueList<RedFlag> RedFlagsIn(ulong mask)
    {
        var count = System.Numerics.BitOperations.PopCount(mask & _redFlagMask);
        if (count == 0)
        {
            return ValueList<RedFlag>.Empty;
        }

        var result = new RedFlag[count];
        var n = 0;
        foreach (var redFlag in _redFlags)
        {
            if ((mask & (1UL << redFlag.Symptom.Index)) != 0)
            {
                result[n++] = redFlag;
            }
        }

        return ValueList<RedFlag>.Wrap(result);
    }

    /// <summary>The remedies that apply, from <see cref="RemedyRules"/>, most important first.</summary>
    internal ValueList<RemedyAdvice> Remedies(Facts facts)
    {
        var rules = RemedyRules.Table;
        Span<int> picked = stackalloc int[rules.Length];
        var count = 0;
        for (var r = 0; r < rules.Length; r++)
        {
            var (applies, cause) = rules[r].Condition(facts);
            if (applies)
            {
                picked[count++] = (r * (NoCause + 1)) + (cause?.Index ?? NoCause);
            }
        }

        var advice = new RemedyAdvice[count];
        for (var i = 0; i < count; i++)
        {
            advice[i] = _advice[picked[i] / (NoCause + 1), picked[i] % (NoCause + 1)]!;
        }

        return ValueList<RemedyAdvice>.Wrap(advice);
    }

    /// <summary>The restrictions that apply, from <see cref="RestrictionRules"/>.</summary>
    internal ValueList<Restriction> Restrictions(Facts facts)
    {
        var rules = RestrictionRules.Table;
        var slots = default(Buffer8<Restriction>);
        Span<Restriction> buffer = slots;
        var count = 0;
        for (var r = 0; r < rules.Length; r++)
        {
            var rule = rules[r];
            if (rule.WhenTrainingSuspended || rule.WhenNothingFits)
            {
                if (rule.WhenTrainingSuspended ? facts.Triage.SuspendsTraining : facts.NothingFits)
                {
                    buffer[count++] = _restrictions[r, NoCause]!;
                }
            }
            else
            {
                foreach (var cause in rule.CauseList)
                {
                    if (facts.IsPossible(cause))
                    {
                        buffer[count++] = rule.Kind == RestrictionKind.RestMuscles
                            ? new Restriction(rule.Id, rule.Kind, cause, MusclesToRest(facts.Report, cause), rule.LiftedWhen, _restrictionReasons[r, cause.Index], rule.Source)
                            : _restrictions[r, cause.Index]!;
                    }
                }
            }
        }

        return ValueList<Restriction>.Wrap(buffer[..count].ToArray());
    }

    private ValueList<MuscleGroup> MusclesToRest(SymptomReport report, Cause cause)
    {
        var area = _areaMuscles[(int)report.Area];
        if (cause != Cause.Doms || report.Exercises.Count == 0)
        {
            return area;
        }

        // DOMS: the sore back area and the primary muscles of the workout, in catalogue order.
        Span<bool> rest = stackalloc bool[MuscleGroup.All.Count];
        foreach (var muscle in area)
        {
            rest[muscle.Index] = true;
        }

        foreach (var exercise in report.Exercises)
        {
            foreach (var muscle in exercise.PrimaryMuscles)
            {
                rest[muscle.Index] = true;
            }
        }

        var muscles = new MuscleGroup[rest.Count(true)];
        var n = 0;
        foreach (var muscle in MuscleGroup.All)
        {
            if (rest[muscle.Index])
            {
                muscles[n++] = muscle;
            }
        }

        return ValueList<MuscleGroup>.Wrap(muscles);
    }

    /// <summary>The sentences a person reads about <paramref name="assessment"/>.</summary>
    internal ValueList<string> Summary(Assessment assessment)
    {
        var (top, report, triage) = (assessment.TopCause, assessment.Report, assessment.Triage);
        var hasRedFlags = assessment.RedFlags.Count > 0;
        var seeClinicianForUnclear = IsUnclear(top.Score) && (report.Severity >= 4 || report.Symptoms.Has(Symptom.LastedOverAWeek));
        var coreBlocked = false;
        foreach (var restriction in assessment.Restrictions)
        {
            coreBlocked |= restriction.Kind == RestrictionKind.NoCoreWork;
        }

        var sentences = new string[2 + (hasRedFlags ? 1 : 0) + (seeClinicianForUnclear ? 1 : 0) + (triage.Level.SuspendsTraining ? 1 : 0) + (coreBlocked ? 1 : 0)];
        var n = 0;
        if (hasRedFlags)
        {
            sentences[n++] = _redFlagSentence;
        }

        sentences[n++] = _topSentence[top.Cause.Index, (int)top.Band];
        if (seeClinicianForUnclear)
        {
            sentences[n++] = _unclearSentence;
        }

        sentences[n++] = _triageSentence[triage.Level.Rank];
        if (triage.Level.SuspendsTraining)
        {
            sentences[n++] = _suspendedSentence;
        }

        if (coreBlocked)
        {
            sentences[n] = _coreBlockedSentence;
        }

        return ValueList<string>.Wrap(sentences);
    }

    /// <summary>One cause's rows of the evidence table, precomputed for scoring.</summary>
    private sealed class CauseTable
    {
        private readonly Cause _cause;
        private readonly Evidence[] _rows;
        private readonly ulong[] _bits;
        private readonly double[] _weights;
        private readonly ulong _rowMask;
        private readonly ulong[] _signs;
        private readonly ulong _exclusions;

        internal CauseTable(Cause cause)
        {
            _signs = [.. EvidenceRules.DefiningSigns.Where(s => s.Cause == cause).Select(s => SymptomSet.Of(s.AllOf).Bits)];
            _exclusions = SymptomSet.Of([.. EvidenceRules.Exclusions.Where(e => e.Cause == cause).Select(e => e.Evidence)]).Bits;
            _cause = cause;
            _rows = [.. EvidenceRules.For(cause)];
            _bits = [.. _rows.Select(r => 1UL << r.Symptom.Index)];
            _weights = [.. _rows.Select(r => r.Weight)];
            foreach (var bit in _bits)
            {
                _rowMask |= bit;
            }
        }

        /// <summary>
        /// The cause's score: the weights of the rows present, summed in table order; held below possible when the cause
        /// has defining signs and none is present, or when an excluding finding is.
        /// </summary>
        internal double Score(ulong mask)
        {
            double raw = 0;
            for (var i = 0; i < _bits.Length; i++)
            {
                if ((mask & _bits[i]) != 0)
                {
                    raw += _weights[i];
                }
            }

            var score = EvidenceRules.Score(raw);
            return (mask & _exclusions) != 0 || !HasDefiningSign(mask) ? Math.Min(score, EvidenceRules.UnlikelyCeiling) : score;
        }

        private bool HasDefiningSign(ulong mask)
        {
            if (_signs.Length == 0)
            {
                return true;
            }

            foreach (var sign in _signs)
            {
                if ((mask & sign) == sign)
                {
                    return true;
                }
            }

            return false;
        }

        internal CauseLikelihood Likelihood(double score, ulong mask, double likelyThreshold)
        {
            var band = score >= likelyThreshold ? LikelihoodBand.Likely
                : score >= PossibleThreshold ? LikelihoodBand.Possible
                : LikelihoodBand.Unlikely;
            return new CauseLikelihood(_cause, score, band, _rows, mask & _rowMask);
        }
    }
}
