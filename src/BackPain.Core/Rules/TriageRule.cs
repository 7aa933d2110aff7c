using BackPain.Core.Internal;

namespace BackPain.Core.Rules;

/// <summary>
/// A rule that raises triage to its <see cref="Level"/> when its condition holds (domain model section 4). The condition
/// is data with three parts, each optional, all required together: the report holds a finding of <see cref="AnyOf"/>,
/// the <see cref="SuspectedCause"/> is at least possible, and, when <see cref="WhenUnclear"/>, no cause is likely. A
/// rule with no condition (self-care) always holds.
/// </summary>
/// <param name="Id">The stable id (for example <c>redFlag.fever</c>, <c>triage.suspectedSlippedDisc</c>).</param>
/// <param name="Level">The level the rule raises triage to.</param>
/// <param name="Source">Where the rule comes from.</param>
internal sealed record TriageRule(string Id, TriageLevel Level, Source Source)
{
    /// <summary>The red-flag finding, for a red-flag rule: its reason is the finding's text.</summary>
    internal Symptom? RedFlag { get; private init; }

    /// <summary>The rule holds only when the report holds at least one of these findings; empty: whatever the findings.</summary>
    internal ValueList<Symptom> AnyOf { get; init; } = ValueList<Symptom>.Empty;

    /// <summary>The rule holds only when this cause is at least possible; null: whatever the causes.</summary>
    internal Cause? SuspectedCause { get; init; }

    /// <summary>The rule holds only when no cause is likely (the picture is unclear).</summary>
    internal bool WhenUnclear { get; init; }

    /// <summary>The rule of a red-flag finding: its level and source are the finding's, and it holds when the finding is present.</summary>
    internal static TriageRule ForRedFlag(Symptom redFlag)
        => new("redFlag." + redFlag.Id, redFlag.RedFlagLevel!, redFlag.RedFlagSource!) { RedFlag = redFlag, AnyOf = ValueList<Symptom>.Wrap([redFlag]) };

    /// <summary>The rule of a cause that needs a clinician: see a doctor when it is at least possible (the source article).</summary>
    internal static TriageRule ForSuspected(Cause cause)
        => new("triage.suspected" + char.ToUpperInvariant(cause.Id[0]) + cause.Id[1..], TriageLevel.SeeDoctor, Source.Article) { SuspectedCause = cause };
}
