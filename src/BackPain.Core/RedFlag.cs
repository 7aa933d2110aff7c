
namespace BackPain.Core;

/// <summary>A red flag found in a report: a symptom that raises triage to at least <see cref="Level"/>, whatever the likely cause.</summary>
public sealed record RedFlag
{
    internal RedFlag(Symptom symptom, string reason)
    {
        Symptom = symptom;
        Level = symptom.RedFlagLevel!;
        Source = symptom.RedFlagSource!;
        RuleId = "redFlag." + symptom.Id;
        Reason = reason;
    }

    /// <summary>The stable id of the rule, <c>redFlag.{symptom}</c>.</summary>
    public string RuleId { get; }

    /// <summary>The symptom that is the red flag.</summary>
    public Symptom Symptom { get; }

    /// <summary>The triage level this red flag requires at least.</summary>
    public TriageLevel Level { get; }

    /// <summary>The symptom in plain words.</summary>
    public string Reason { get; }

    /// <summary>Where the rule comes from.</summary>
    public Source Source { get; }
}
