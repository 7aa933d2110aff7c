using System.Numerics;
using BackPain.Core.Internal;
using BackPain.Core.Rules;

namespace BackPain.Core;

/// <summary>
/// Turns a <see cref="SymptomReport"/> into an <see cref="Assessment"/>: ranks the causes by the evidence table, finds
/// the red flags, sets the triage level, and picks remedies and restrictions, each by its table of rules. The rules are
/// described in docs/domain.md and listed, with the ids the outputs carry, in <see cref="RuleCatalogue.All"/>.
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
    public static double PossibleThreshold { get; } = 0.3;

    private readonly AssessorOptions _options;
    private readonly CauseTable[] _causes;                   // by cause index
    private readonly RedFlag[] _redFlags;                    // most urgent first
    private readonly ulong _redFlagMask;
    private readonly TriageCheck[] _triage;                  // the triage table, in the order it is walked
    private readonly TriageCheck _unclearAndLasting;
    private readonly TriageCheck _nothingFits;
    private readonly RemedyAdvice[] _advice;                 // by remedy rule: the advice that names no cause
    private readonly RemedyAdvice[,] _adviceFor;             // by remedy rule and cause index
    private readonly Restriction?[] _restriction;            // by restriction rule: the restriction that names no cause, if it has one
    private readonly Restriction?[,] _restrictionFor;        // by restriction rule and cause index; null where the rule does not name the cause
    private readonly ValueList<MuscleGroup>[] _areaMuscles;  // by back area
    private readonly string[,] _topSentence;                 // by cause index and likelihood band
    private readonly string[] _triageSentence;               // by triage level rank
    private readonly string _redFlagSentence;
    private readonly string _coreBlockedSentence;
    private readonly string _suspendedSentence;
    private readonly string _unclearSentence;
    private readonly string _disclaimer;
    private readonly TextTable _texts;
    private readonly BackPainTexts _catalogueTexts;

    /// <summary>Creates an assessor with the given options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The options are invalid; the exception lists every problem.</exception>
    public BackPainAssessor(AssessorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate().ThrowIfInvalid(Messages.Document("assessorOptions"));
        _options = options;
        var texts = _texts = Internal.Texts.For(options.Culture, options.TextSource);
        _catalogueTexts = new BackPainTexts(texts);

        _causes = [.. Cause.All.Select(c => new CauseTable(c))];

        _redFlags = [.. TriageRules.RedFlags.Select(r => new RedFlag(r.RedFlag!, Text("symptom." + r.RedFlag!.Id)))];
        _redFlagMask = SymptomSet.Of([.. _redFlags.Select(f => f.Symptom)]).Bits;
        _triage = [.. TriageRules.All.Select(Check)];
        _unclearAndLasting = Check(TriageRules.UnclearAndLasting);
        _nothingFits = Check(TriageRules.NothingFits);

        // Every advice and restriction a rule can give, with its reason: one without a cause and one for each cause.
        var remedyRules = RemedyRules.All;
        var doses = Remedy.All.ToDictionary(r => r, r => r.Dose.In(texts));
        var cautions = Remedy.All.ToDictionary(r => r, r => (IReadOnlyList<string>)ValueList<string>.Wrap(
            [.. Enumerable.Range(1, r.Cautions.Count).Select(i => Text($"remedy.{r.Id}.caution{i}"))]));
        _advice = [.. remedyRules.Select(r => new RemedyAdvice(r.Id, r.Remedy, null, Text(r.Id), r.Source, doses[r.Remedy], cautions[r.Remedy]))];
        _adviceFor = new RemedyAdvice[remedyRules.Count, Cause.All.Count];
        var restrictionRules = RestrictionRules.All;
        _restriction = [.. restrictionRules.Select(r => r.Causes.Count > 0 ? null
            : new Restriction(r.Id, r.Kind, null, ValueList<MuscleGroup>.Empty, r.LiftedWhen, Text(r.Id), r.Source))];
        _restrictionFor = new Restriction?[restrictionRules.Count, Cause.All.Count];
        foreach (var cause in Cause.All)
        {
            var name = Text("cause." + cause.Id);
            for (var r = 0; r < remedyRules.Count; r++)
            {
                var rule = remedyRules[r];
                _adviceFor[r, cause.Index] = new RemedyAdvice(rule.Id, rule.Remedy, cause, Format(rule.Id, name), rule.Source, doses[rule.Remedy], cautions[rule.Remedy]);
            }

            for (var r = 0; r < restrictionRules.Count; r++)
            {
                var rule = restrictionRules[r];
                _restrictionFor[r, cause.Index] = rule.Causes.Contains(cause)
                    ? new Restriction(rule.Id, rule.Kind, cause, ValueList<MuscleGroup>.Empty, rule.LiftedWhen, Format(rule.Id, name), rule.Source)
                    : null;
            }
        }

        _areaMuscles =
        [
            ValueList<MuscleGroup>.Wrap([MuscleGroup.LowerBack]),
            ValueList<MuscleGroup>.Wrap([MuscleGroup.UpperBack]),
            ValueList<MuscleGroup>.Wrap([MuscleGroup.LowerBack, MuscleGroup.UpperBack]),
        ];

        var bands = Enum.GetValues<LikelihoodBand>();
        _topSentence = new string[Cause.All.Count, bands.Length];
        foreach (var cause in Cause.All)
        {
            foreach (var band in bands)
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

        string Text(string key) => texts.Get(key);
        string Format(string key, string arg) => texts.Format(key, arg);
        TriageCheck Check(TriageRule rule) => new(
            SymptomSet.Of([.. rule.AnyOf]).Bits,
            rule.SuspectedCause is null ? 0 : 1 << rule.SuspectedCause.Index,
            rule.WhenUnclear,
            new TriageResult(rule.Level, rule.Id, Text(rule.RedFlag is null ? rule.Id : "symptom." + rule.RedFlag.Id), rule.Source));
    }

    /// <summary>The assessor with the default options; ready to use, shared, thread-safe.</summary>
    public static BackPainAssessor Default { get; } = new(AssessorOptions.Default);

    /// <summary>The options this assessor was built with.</summary>
    public AssessorOptions Options => _options;

    /// <summary>The texts of the options' culture, which the plans made from its assessments use too.</summary>
    internal TextTable TextTable => _texts;

    /// <summary>
    /// The names and texts of the catalogue (causes, symptoms, remedies, muscle groups, exercises, triage levels) in
    /// this assessor's culture and text source: the same as <see cref="Assessment.Texts"/> of its assessments, for an
    /// app that shows the questions before there is an assessment.
    /// </summary>
    public BackPainTexts Texts => _catalogueTexts;

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
        var findings = report.Symptoms.Bits;

        // 1. Score every cause from the evidence table and rank them.
        var scores = new double[_causes.Length];
        var possible = Score(findings, scores);
        var ranking = new Ranking(scores);

        // 2. Red flags, most urgent first, and the triage level the rules reach.
        var redFlags = RedFlagsIn(findings);
        var triage = Triage(findings, possible, ranking.TopScore);

        // 3. The likelihoods with their evidence, the remedies, restrictions and summary are built from these when
        //    first read (see Assessment's remarks).
        return new Assessment(this, report, ranking, possible, redFlags, triage, _disclaimer);
    }

    /// <summary>
    /// Scores every cause for the findings in <paramref name="findings"/> into <paramref name="scores"/> (by cause index)
    /// and returns the causes that are at least possible, as bits by cause index. A check-in's re-assessment uses this too.
    /// </summary>
    internal int Score(ulong findings, Span<double> scores)
    {
        var possible = 0;
        for (var i = 0; i < _causes.Length; i++)
        {
            scores[i] = _causes[i].Score(findings);
            if (scores[i] >= PossibleThreshold)
            {
                possible |= 1 << i;
            }
        }

        return possible;
    }

    /// <summary>
    /// The triage the rules reach for the findings in <paramref name="findings"/>, the causes in
    /// <paramref name="possibleCauses"/> (bits by cause index) and the best cause's score: the first rule of the triage
    /// table with the highest level among those that hold. A check-in's re-assessment uses this too.
    /// </summary>
    internal TriageResult Triage(ulong findings, int possibleCauses, double topScore)
    {
        var unclear = IsUnclear(topScore);
        TriageResult? triage = null;
        foreach (var rule in _triage)
        {
            if ((triage is null || rule.Result.Level > triage.Level) && rule.Holds(findings, possibleCauses, unclear))
            {
                triage = rule.Result;
            }
        }

        // The table ends with self-care, which has no condition, so some rule always holds.
        return triage!;
    }

    /// <summary>Whether nothing fits: no cause is likely and the pain is moderate or worse (domain model section 1).</summary>
    internal bool NothingFits(ulong findings, double topScore) => _nothingFits.Holds(findings, 0, IsUnclear(topScore));

    /// <summary>
    /// Whether the top cause is too weak to act on. For safety, "unclear" never uses a threshold below the default:
    /// a lower likely threshold must not lower triage or drop the advice to see a clinician.
    /// </summary>
    private bool IsUnclear(double topScore)
        => topScore < Math.Max(_options.LikelyThreshold, AssessorOptions.Default.LikelyThreshold);

    /// <summary>The ranked causes with their evidence, in the order of <paramref name="ranking"/>.</summary>
    internal ValueList<CauseLikelihood> Likelihoods(SymptomReport report, in Ranking ranking)
    {
        var order = ranking.Order();
        var likelihoods = new CauseLikelihood[order.Length];
        for (var rank = 0; rank < order.Length; rank++)
        {
            var cause = order[rank];
            likelihoods[rank] = _causes[cause].Likelihood(ranking.ScoreOf(cause), report.Symptoms.Bits, _options.LikelyThreshold);
        }

        return ValueList<CauseLikelihood>.Wrap(likelihoods);
    }

    private ValueList<RedFlag> RedFlagsIn(ulong findings)
    {
        if ((findings & _redFlagMask) == 0)
        {
            return ValueList<RedFlag>.Empty;
        }

        var redFlags = new RedFlag[BitOperations.PopCount(findings & _redFlagMask)];
        var n = 0;
        foreach (var redFlag in _redFlags)
        {
            if ((findings & (1UL << redFlag.Symptom.Index)) != 0)
            {
                redFlags[n++] = redFlag;
            }
        }

        return ValueList<RedFlag>.Wrap(redFlags);
    }

    /// <summary>The remedies whose rule applies, in the order of the remedy rules, most important first.</summary>
    internal ValueList<RemedyAdvice> Remedies(Facts facts)
    {
        var remedies = new List<RemedyAdvice>(_advice.Length);
        var rules = RemedyRules.All;
        for (var r = 0; r < rules.Count; r++)
        {
            var (applies, cause) = rules[r].Condition(facts);
            if (applies)
            {
                remedies.Add(cause is null ? _advice[r] : _adviceFor[r, cause.Index]);
            }
        }

        return ValueList<RemedyAdvice>.Wrap([.. remedies]);
    }

    /// <summary>The restrictions whose rule fires, in the order of the restriction rules, strictest first.</summary>
    internal ValueList<Restriction> Restrictions(Facts facts)
    {
        var restrictions = new List<Restriction>(_restriction.Length);
        var rules = RestrictionRules.All;
        for (var r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            if (rule.WhenTrainingSuspended || rule.WhenNothingFits)
            {
                if (rule.WhenTrainingSuspended ? facts.Triage.SuspendsTraining : facts.NothingFits)
                {
                    restrictions.Add(_restriction[r]!);
                }

                continue;
            }

            foreach (var cause in rule.Causes)
            {
                if (facts.IsPossible(cause))
                {
                    restrictions.Add(RestrictionFor(_restrictionFor[r, cause.Index]!, facts.Report));
                }
            }
        }

        return ValueList<Restriction>.Wrap([.. restrictions]);
    }

    /// <summary>A cause's restriction for this report: a rest restriction names the muscles to rest.</summary>
    private Restriction RestrictionFor(Restriction restriction, SymptomReport report)
        => restriction.Kind != RestrictionKind.RestMuscles
            ? restriction
            : new Restriction(restriction.RuleId, restriction.Kind, restriction.Cause, MusclesToRest(report, restriction.Cause!),
                restriction.LiftedWhen, restriction.Reason, restriction.Source);

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

    /// <summary>The sentences a person reads about <paramref name="assessment"/>, in the order they are read.</summary>
    internal ValueList<string> Summary(Assessment assessment)
    {
        var (top, findings, triage) = (assessment.TopCause, assessment.Report.Symptoms.Bits, assessment.Triage.Level);
        var unclear = IsUnclear(top.Score);
        var sentences = new List<string>(6);
        if (assessment.RedFlags.Count > 0)
        {
            sentences.Add(_redFlagSentence);
        }

        sentences.Add(_topSentence[top.Cause.Index, (int)top.Band]);
        // The unclear picture that raises triage: it has lasted a week, or the pain is moderate or worse.
        if (_unclearAndLasting.Holds(findings, 0, unclear) || _nothingFits.Holds(findings, 0, unclear))
        {
            sentences.Add(_unclearSentence);
        }

        sentences.Add(_triageSentence[triage.Rank]);
        if (triage.SuspendsTraining)
        {
            sentences.Add(_suspendedSentence);
        }

        if (assessment.Restricts(RestrictionKind.NoCoreWork))
        {
            sentences.Add(_coreBlockedSentence);
        }

        return ValueList<string>.Wrap([.. sentences]);
    }

    /// <summary>
    /// A triage rule ready to check: its condition as bits (<see cref="TriageRule"/> explains each part) and the result it
    /// gives, with its reason.
    /// </summary>
    /// <param name="AnyOf">The findings of which one must be present, as symptom bits; 0: no condition on findings.</param>
    /// <param name="Suspected">The cause that must be at least possible, as a bit by cause index; 0: no condition on causes.</param>
    /// <param name="WhenUnclear">Whether no cause may be likely.</param>
    /// <param name="Result">The triage the rule gives.</param>
    private readonly record struct TriageCheck(ulong AnyOf, int Suspected, bool WhenUnclear, TriageResult Result)
    {
        internal bool Holds(ulong findings, int possibleCauses, bool unclear)
            => (AnyOf == 0 || (findings & AnyOf) != 0)
                && (Suspected == 0 || (possibleCauses & Suspected) != 0)
                && (!WhenUnclear || unclear);
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
