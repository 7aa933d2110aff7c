
namespace BackPain.Core;

/// <summary>
/// One piece of evidence behind a cause's score: a <see cref="Core.Symptom"/> the report contains that supports the
/// cause (positive <see cref="Weight"/>) or argues against it (negative), with the rule's id and source. Every score
/// in an assessment can be traced back to these rows.
/// </summary>
public sealed record Evidence
{
    internal Evidence(Cause cause, Symptom symptom, double weight, Source source)
    {
        Cause = cause;
        Symptom = symptom;
        Weight = weight;
        Source = source;
        RuleId = $"evidence.{cause.Id}.{symptom.Id}";
    }

    /// <summary>The stable id of the rule, <c>evidence.{cause}.{symptom}</c>.</summary>
    public string RuleId { get; }

    /// <summary>The cause the symptom speaks for or against.</summary>
    public Cause Cause { get; }

    /// <summary>The symptom the report contains.</summary>
    public Symptom Symptom { get; }

    /// <summary>How strongly it speaks for (positive) or against (negative) the cause, −1 to 1.</summary>
    public double Weight { get; }

    /// <summary>Whether the symptom supports the cause.</summary>
    public bool Supports => Weight > 0;

    /// <summary>Where the rule comes from.</summary>
    public Source Source { get; }

    /// <inheritdoc />
    public override string ToString() => $"{RuleId} ({Weight:+0.0;-0.0})";
}
