
namespace BackPain.Core.Rules;

/// <summary>A rule that sets a triage level: a red flag, a suspected cause that needs a clinician, or the self-care default.</summary>
public sealed record TriageRule
{
    internal TriageRule(string id, TriageLevel level, Source source, Symptom? redFlag = null, Cause? suspectedCause = null)
    {
        Id = id;
        Level = level;
        Source = source;
        RedFlag = redFlag;
        SuspectedCause = suspectedCause;
    }

    /// <summary>The stable id (for example <c>redFlag.fever</c>, <c>triage.suspectedSlippedDisc</c>).</summary>
    public string Id { get; }

    /// <summary>The level the rule raises triage to at least.</summary>
    public TriageLevel Level { get; }

    /// <summary>Where the rule comes from.</summary>
    public Source Source { get; }

    /// <summary>The red-flag finding that fires the rule, if it is a red-flag rule.</summary>
    public Symptom? RedFlag { get; }

    /// <summary>The cause whose suspicion (at least possible) fires the rule, if it is a cause rule.</summary>
    public Cause? SuspectedCause { get; }
}
