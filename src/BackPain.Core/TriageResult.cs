
namespace BackPain.Core;

/// <summary>The triage level of an assessment and the rule that set it: the highest level any rule reached, red flags first on a tie.</summary>
public sealed record TriageResult
{
    internal TriageResult(TriageLevel level, string ruleId, string reason, Source source)
    {
        Level = level;
        RuleId = ruleId;
        Reason = reason;
        Source = source;
    }

    /// <summary>How urgently to see a clinician.</summary>
    public TriageLevel Level { get; }

    /// <summary>The stable id of the rule that set the level (for example <c>redFlag.fever</c> or <c>triage.selfCare</c>).</summary>
    public string RuleId { get; }

    /// <summary>Why, in plain words.</summary>
    public string Reason { get; }

    /// <summary>Where the rule comes from.</summary>
    public Source Source { get; }
}
