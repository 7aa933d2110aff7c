using BackPain.Core.Rules;
using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// What a <see cref="BackPainAssessor"/> makes of a <see cref="SymptomReport"/>: the causes ranked with their
/// evidence, the red flags, the triage level, the remedies with their dose, the restrictions, a short summary and
/// the disclaimer. It is not a diagnosis. Immutable and value-equal; the same report and options always give an
/// equal assessment.
/// </summary>
/// <remarks>
/// The scores, ranking, red flags and triage are computed when the report is assessed. The objects that explain them
/// (<see cref="Causes"/> with their evidence, <see cref="Remedies"/>, <see cref="Restrictions"/>, <see cref="Summary"/>)
/// are built the first time they are read, safe from any thread and always the same, because many callers need only
/// the triage. Two assessments are equal when everything in them is equal (comparing them builds both explanations).
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.AssessmentJsonConverter))]
public sealed record Assessment
{
    private readonly BackPainAssessor _assessor;
    private readonly Ranking _ranking;
    private readonly int _possibleCauses;
    private IReadOnlyList<CauseLikelihood>? _causes;
    private IReadOnlyList<RemedyAdvice>? _remedies;
    private IReadOnlyList<Restriction>? _restrictions;
    private IReadOnlyList<string>? _summary;

    internal Assessment(
        BackPainAssessor assessor,
        SymptomReport report,
        Ranking ranking,
        int possibleCauses,
        IReadOnlyList<RedFlag> redFlags,
        TriageResult triage,
        string disclaimer)
    {
        _assessor = assessor;
        _possibleCauses = possibleCauses;
        Report = report;
        _ranking = ranking;
        RedFlags = redFlags;
        Triage = triage;
        Disclaimer = disclaimer;
    }

    /// <summary>The report that was assessed.</summary>
    public SymptomReport Report { get; }

    /// <summary>The options it was assessed with.</summary>
    public AssessorOptions Options => _assessor.Options;

    /// <summary>Every cause of <see cref="Cause.All"/>, most likely first (ties: the more serious cause first).</summary>
    public IReadOnlyList<CauseLikelihood> Causes
        => Volatile.Read(ref _causes) ?? Once.Publish(ref _causes, _assessor.Likelihoods(Report, _ranking));

    /// <summary>The highest-ranked cause (which may still be only possible or unlikely: see <see cref="IsUnclear"/>).</summary>
    public CauseLikelihood TopCause => Causes[0];

    /// <summary>
    /// Whether no cause reaches <see cref="LikelihoodBand.Likely"/> (by <see cref="AssessorOptions.LikelyThreshold"/>):
    /// the report does not fit any cause well. For safety, triage and the summary also treat a report as unclear when
    /// its top score is below the default threshold (0.6), even if the options lowered it.
    /// </summary>
    public bool IsUnclear => _ranking.TopScore < Options.LikelyThreshold;

    /// <summary>Every red flag found, most urgent first. A red flag always wins over a cause's own advice.</summary>
    public IReadOnlyList<RedFlag> RedFlags { get; }

    /// <summary>How urgently to see a clinician, and the rule that decided it.</summary>
    public TriageResult Triage { get; }

    /// <summary>What to do now, most important first.</summary>
    public IReadOnlyList<RemedyAdvice> Remedies
        => Volatile.Read(ref _remedies) ?? Once.Publish(ref _remedies, _assessor.Remedies(Facts));

    /// <summary>What must not be done yet, and what lifts each restriction.</summary>
    public IReadOnlyList<Restriction> Restrictions
        => Volatile.Read(ref _restrictions) ?? Once.Publish(ref _restrictions, _assessor.Restrictions(Facts));

    /// <summary>A few plain sentences a person reads.</summary>
    public IReadOnlyList<string> Summary
        => Volatile.Read(ref _summary) ?? Once.Publish(ref _summary, _assessor.Summary(this));

    /// <summary>Says that this is not a diagnosis. Show it with every output a person reads.</summary>
    public string Disclaimer { get; }

    /// <summary>
    /// The names of causes, symptoms, remedies, muscles, exercises and triage levels in this assessment's culture
    /// (<see cref="AssessorOptions.Culture"/>), for showing them beside its texts; a plan made from it uses the same.
    /// </summary>
    public BackPainTexts Texts => _assessor.Texts;

    /// <summary>The causes that are at least possible, as bits by cause index.</summary>
    internal int PossibleCauses => _possibleCauses;

    /// <summary>The assessor that made this assessment; a plan's check-ins are re-assessed with it.</summary>
    internal BackPainAssessor Assessor => _assessor;

    private Facts Facts => new(Report, _possibleCauses, Triage.Level, _assessor.NothingFits(Report.Symptoms.Bits, _ranking.TopScore));

    /// <inheritdoc />
    public bool Equals(Assessment? other)
        => other is not null
            && (ReferenceEquals(this, other)
                || (Report.Equals(other.Report)
                    && Options.Equals(other.Options)
                    && Causes.Equals(other.Causes)
                    && RedFlags.Equals(other.RedFlags)
                    && Triage.Equals(other.Triage)
                    && Remedies.Equals(other.Remedies)
                    && Restrictions.Equals(other.Restrictions)
                    && Summary.Equals(other.Summary)
                    && Disclaimer == other.Disclaimer));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Report, Options, Causes, Triage);

    /// <summary>The likelihood of <paramref name="cause"/>.</summary>
    public CauseLikelihood LikelihoodOf(Cause cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        return Causes.First(likelihood => likelihood.Cause == cause);
    }

    /// <summary>Whether the assessment restricts <paramref name="kind"/>.</summary>
    public bool Restricts(RestrictionKind kind)
    {
        foreach (var restriction in Restrictions)
        {
            if (restriction.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }
}
