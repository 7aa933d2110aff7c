using BackPain.Core.Domain;

namespace BackPain.Core.Assessment;

/// <summary>
/// What a <see cref="BackPainAssessor"/> makes of a <see cref="SymptomReport"/>: the causes ranked with their
/// evidence, the red flags, the triage level, the remedies with their dose, the restrictions, a short summary and
/// the disclaimer. It is not a diagnosis. Immutable and value-equal; the same report and options always give an
/// equal assessment.
/// </summary>
public sealed record Assessment
{
    internal Assessment(
        SymptomReport report,
        AssessorOptions options,
        IReadOnlyList<CauseLikelihood> causes,
        IReadOnlyList<RedFlag> redFlags,
        TriageResult triage,
        IReadOnlyList<RemedyAdvice> remedies,
        IReadOnlyList<Restriction> restrictions,
        IReadOnlyList<string> summary,
        string disclaimer)
    {
        Report = report;
        Options = options;
        Causes = causes;
        RedFlags = redFlags;
        Triage = triage;
        Remedies = remedies;
        Restrictions = restrictions;
        Summary = summary;
        Disclaimer = disclaimer;
    }

    /// <summary>The report that was assessed.</summary>
    public SymptomReport Report { get; }

    /// <summary>The options it was assessed with.</summary>
    public AssessorOptions Options { get; }

    /// <summary>All five causes, most likely first (ties: the more serious cause first).</summary>
    public IReadOnlyList<CauseLikelihood> Causes { get; }

    /// <summary>The highest-ranked cause (which may still be only possible or unlikely: see <see cref="IsUnclear"/>).</summary>
    public CauseLikelihood TopCause => Causes[0];

    /// <summary>Whether no cause reaches <see cref="LikelihoodBand.Likely"/>: the report does not fit any cause well.</summary>
    public bool IsUnclear => TopCause.Band != LikelihoodBand.Likely;

    /// <summary>Every red flag found, most urgent first. A red flag always wins over a cause's own advice.</summary>
    public IReadOnlyList<RedFlag> RedFlags { get; }

    /// <summary>How urgently to see a clinician, and the rule that decided it.</summary>
    public TriageResult Triage { get; }

    /// <summary>What to do now, most important first.</summary>
    public IReadOnlyList<RemedyAdvice> Remedies { get; }

    /// <summary>What must not be done yet, and what lifts each restriction.</summary>
    public IReadOnlyList<Restriction> Restrictions { get; }

    /// <summary>A few plain sentences a person reads.</summary>
    public IReadOnlyList<string> Summary { get; }

    /// <summary>Says that this is not a diagnosis. Show it with every output a person reads.</summary>
    public string Disclaimer { get; }

    /// <summary>The likelihood of <paramref name="cause"/>.</summary>
    public CauseLikelihood LikelihoodOf(Cause cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        foreach (var likelihood in Causes)
        {
            if (likelihood.Cause == cause)
            {
                return likelihood;
            }
        }

        throw new InvalidOperationException($"The assessment has no likelihood for {cause.Id}.");
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
