
namespace BackPain.Core;

/// <summary>A remedy advised for a report: what to do, how much, why, and what to watch out for.</summary>
public sealed record RemedyAdvice
{
    internal RemedyAdvice(string ruleId, Remedy remedy, Cause? cause, string reason, Source source, Dose dose, IReadOnlyList<string> cautions)
    {
        RuleId = ruleId;
        Remedy = remedy;
        Dose = dose;
        Cautions = cautions;
        Cause = cause;
        Reason = reason;
        Source = source;
    }

    /// <summary>The stable id of the rule that advised it (for example <c>remedy.ice.inflammation</c>).</summary>
    public string RuleId { get; }

    /// <summary>The remedy.</summary>
    public Remedy Remedy { get; }

    /// <summary>How much of it: <see cref="Remedy.Dose"/>, its text in the assessment's culture.</summary>
    public Dose Dose { get; }

    /// <summary>What to watch out for: <see cref="Remedy.Cautions"/>, in the assessment's culture.</summary>
    public IReadOnlyList<string> Cautions { get; }

    /// <summary>The cause it is advised for, or <see langword="null"/> when it is advised for the report as a whole.</summary>
    public Cause? Cause { get; }

    /// <summary>Why it is advised, in plain words.</summary>
    public string Reason { get; }

    /// <summary>Where the rule comes from.</summary>
    public Source Source { get; }
}
