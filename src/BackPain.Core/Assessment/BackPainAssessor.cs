using System.Globalization;
using BackPain.Core.Assessment.Rules;
using BackPain.Core.Domain;
using BackPain.Core.Internal;

namespace BackPain.Core.Assessment;

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
    private readonly TriageResult _suspectedDisc;
    private readonly TriageResult _suspectedLigament;
    private readonly TriageResult _unclearAndLasting;
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
        foreach (var rule in redFlagRules)
        {
            _redFlagMask |= 1UL << rule.RedFlag!.Index;
        }

        _suspectedDisc = Triage(TriageRules.SuspectedSlippedDisc);
        _suspectedLigament = Triage(TriageRules.SuspectedLigamentTear);
        _unclearAndLasting = Triage(TriageRules.UnclearAndLasting);
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
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public Assessment Assess(SymptomReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var mask = report.Symptoms.Bits;

        // 1. Score every cause from the evidence table and rank them.
        var causes = new CauseLikelihood[_causes.Length];
        var possible = 0;
        for (var i = 0; i < _causes.Length; i++)
        {
            var likelihood = _causes[i].Score(mask, _options.LikelyThreshold);
            causes[i] = likelihood;
            if (likelihood.Band != LikelihoodBand.Unlikely)
            {
                possible |= 1 << likelihood.Cause.Index;
            }
        }

        Rank(causes);

        // 2. Red flags, most urgent first, and the triage level they and the cause rules reach.
        var redFlags = (mask & _redFlagMask) == 0 ? ValueList<RedFlag>.Empty : RedFlagsIn(mask);
        var triage = redFlags.Count > 0 ? _redFlagTriage[Array.IndexOf(_redFlags, redFlags[0])] : _selfCare;
        triage = Raise(triage, (possible & (1 << Cause.SlippedDisc.Index)) != 0 ? _suspectedDisc : null);
        triage = Raise(triage, (possible & (1 << Cause.LigamentTear.Index)) != 0 ? _suspectedLigament : null);
        // For safety, "unclear" never uses a threshold below the default: a lower likely threshold must not lower triage.
        var unclear = causes[0].Score < Math.Max(_options.LikelyThreshold, AssessorOptions.Default.LikelyThreshold);
        triage = Raise(triage, unclear && report.Symptoms.Has(Symptom.LastedOverAWeek) ? _unclearAndLasting : null);

        // 3. Remedies and restrictions from their rule tables.
        var facts = new Facts(report, possible, triage.Level);
        var remedies = Remedies(facts);
        var restrictions = Restrictions(facts);

        // 4. A few sentences a person reads.
        var summary = Summary(causes[0], unclear, report, triage, redFlags.Count > 0, restrictions);

        return new Assessment(report, _options, ValueList<CauseLikelihood>.Wrap(causes), redFlags, triage, remedies, restrictions, summary, _disclaimer);
    }

    private static TriageResult Raise(TriageResult current, TriageResult? candidate)
        => candidate is not null && candidate.Level > current.Level ? candidate : current;

    private static void Rank(CauseLikelihood[] causes)
    {
        // Insertion sort: five items, stable, no allocation. Higher score first; on a tie, the more serious cause.
        for (var i = 1; i < causes.Length; i++)
        {
            var item = causes[i];
            var j = i - 1;
            while (j >= 0 && Before(item, causes[j]))
            {
                causes[j + 1] = causes[j];
                j--;
            }

            causes[j + 1] = item;
        }

        static bool Before(CauseLikelihood a, CauseLikelihood b)
            => a.Score > b.Score || (a.Score == b.Score && a.Cause.Index > b.Cause.Index);
    }

    private ValueList<RedFlag> RedFlagsIn(ulong mask)
    {
        var count = System.Numerics.BitOperations.PopCount(mask & _redFlagMask);
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

    private ValueList<RemedyAdvice> Remedies(Facts facts)
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

    private ValueList<Restriction> Restrictions(Facts facts)
    {
        var rules = RestrictionRules.Table;
        var slots = default(Buffer8<Restriction>);
        Span<Restriction> buffer = slots;
        var count = 0;
        for (var r = 0; r < rules.Length; r++)
        {
            var rule = rules[r];
            if (rule.WhenTrainingSuspended)
            {
                if (facts.Triage.SuspendsTraining)
                {
                    buffer[count++] = _restrictions[r, NoCause]!;
                }

                continue;
            }

            foreach (var cause in rule.CauseList)
            {
                if (!facts.IsPossible(cause))
                {
                    continue;
                }

                var restriction = _restrictions[r, cause.Index]!;
                if (rule.Kind == RestrictionKind.RestMuscles)
                {
                    restriction = new Restriction(rule.Id, rule.Kind, cause, MusclesToRest(facts.Report, cause), rule.LiftedWhen, _restrictionReasons[r, cause.Index], rule.Source);
                }

                buffer[count++] = restriction;
            }
        }

        return count == 0 ? ValueList<Restriction>.Empty : ValueList<Restriction>.Wrap(buffer[..count].ToArray());
    }

    private ValueList<MuscleGroup> MusclesToRest(SymptomReport report, Cause cause)
    {
        var area = _areaMuscles[(int)report.Area];
        if (cause != Cause.Doms || report.Exercises.Count == 0)
        {
            return area;
        }

        // DOMS: the sore back area and the primary muscles of the workout, in catalogue order.
        var mask = 0;
        foreach (var muscle in area)
        {
            mask |= 1 << muscle.Index;
        }

        foreach (var exercise in report.Exercises)
        {
            foreach (var muscle in exercise.PrimaryMuscles)
            {
                mask |= 1 << muscle.Index;
            }
        }

        var muscles = new MuscleGroup[System.Numerics.BitOperations.PopCount((uint)mask)];
        var n = 0;
        foreach (var muscle in MuscleGroup.All)
        {
            if ((mask & (1 << muscle.Index)) != 0)
            {
                muscles[n++] = muscle;
            }
        }

        return ValueList<MuscleGroup>.Wrap(muscles);
    }

    private ValueList<string> Summary(CauseLikelihood top, bool unclear, SymptomReport report, TriageResult triage, bool hasRedFlags, ValueList<Restriction> restrictions)
    {
        var seeClinicianForUnclear = unclear && (report.Severity >= 7 || report.Symptoms.Has(Symptom.LastedOverAWeek));
        var coreBlocked = false;
        foreach (var restriction in restrictions)
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
        private readonly Finding[] _rows;
        private readonly ulong[] _bits;

        internal CauseTable(Cause cause)
        {
            _cause = cause;
            _rows = [.. EvidenceRules.For(cause)];
            _bits = [.. _rows.Select(r => 1UL << r.Symptom.Index)];
        }

        internal CauseLikelihood Score(ulong mask, double likelyThreshold)
        {
            double raw = 0;
            int supporting = 0, against = 0;
            for (var i = 0; i < _rows.Length; i++)
            {
                if ((mask & _bits[i]) != 0)
                {
                    var weight = _rows[i].Weight;
                    raw += weight;
                    if (weight > 0)
                    {
                        supporting++;
                    }
                    else
                    {
                        against++;
                    }
                }
            }

            var forList = supporting == 0 ? [] : new Finding[supporting];
            var againstList = against == 0 ? [] : new Finding[against];
            supporting = against = 0;
            for (var i = 0; i < _rows.Length; i++)
            {
                if ((mask & _bits[i]) != 0)
                {
                    if (_rows[i].Weight > 0)
                    {
                        forList[supporting++] = _rows[i];
                    }
                    else
                    {
                        againstList[against++] = _rows[i];
                    }
                }
            }

            var score = EvidenceRules.Score(raw);
            var band = score >= likelyThreshold ? LikelihoodBand.Likely
                : score >= PossibleThreshold ? LikelihoodBand.Possible
                : LikelihoodBand.Unlikely;
            return new CauseLikelihood(_cause, score, band, ValueList<Finding>.Wrap(forList), ValueList<Finding>.Wrap(againstList));
        }
    }
}
