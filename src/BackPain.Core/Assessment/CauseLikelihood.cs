using BackPain.Core.Domain;
using BackPain.Core.Internal;

namespace BackPain.Core.Assessment;

/// <summary>How likely one cause is for a report, and the evidence for and against it.</summary>
public sealed record CauseLikelihood
{
    internal CauseLikelihood(Cause cause, double score, LikelihoodBand band, ValueList<Finding> supporting, ValueList<Finding> against)
    {
        Cause = cause;
        Score = score;
        Band = band;
        Supporting = supporting;
        Against = against;
    }

    /// <summary>The cause.</summary>
    public Cause Cause { get; }

    /// <summary>How well the evidence fits, 0 (not at all) to 1; see <see cref="Rules.EvidenceRules"/> for the formula.</summary>
    public double Score { get; }

    /// <summary>The score put into words: likely, possible or unlikely.</summary>
    public LikelihoodBand Band { get; }

    /// <summary>Whether the cause is at least possible, which is enough for its safety rules to apply.</summary>
    public bool IsAtLeastPossible => Band != LikelihoodBand.Unlikely;

    /// <summary>The findings in the report that point to this cause.</summary>
    public IReadOnlyList<Finding> Supporting { get; }

    /// <summary>The findings in the report that argue against this cause.</summary>
    public IReadOnlyList<Finding> Against { get; }
}
