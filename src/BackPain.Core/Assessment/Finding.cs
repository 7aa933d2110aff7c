using BackPain.Core.Domain;

namespace BackPain.Core.Assessment;

/// <summary>
/// One row of the evidence table (<see cref="Rules.EvidenceRules"/>): a finding that supports a cause (positive
/// <see cref="Weight"/>) or argues against it (negative). An assessment lists the rows whose finding the report
/// contains, so every score can be traced back to its evidence.
/// </summary>
public sealed record Finding
{
    internal Finding(Cause cause, Symptom symptom, double weight, Source source)
    {
        Cause = cause;
        Symptom = symptom;
        Weight = weight;
        Source = source;
        RuleId = $"evidence.{cause.Id}.{symptom.Id}";
    }

    /// <summary>The stable id of the rule, <c>evidence.{cause}.{symptom}</c>.</summary>
    public string RuleId { get; }

    /// <summary>The cause the finding speaks for or against.</summary>
    public Cause Cause { get; }

    /// <summary>The finding itself.</summary>
    public Symptom Symptom { get; }

    /// <summary>How strongly it speaks for (positive) or against (negative) the cause, −1 to 1.</summary>
    public double Weight { get; }

    /// <summary>Whether the finding supports the cause.</summary>
    public bool Supports => Weight > 0;

    /// <summary>Where the rule comes from.</summary>
    public Source Source { get; }

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} ({Weight:+0.0;-0.0})";
}
