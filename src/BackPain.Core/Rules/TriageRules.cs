using BackPain.Core.Internal;

namespace BackPain.Core.Rules;

/// <summary>
/// The triage rules (domain model section 4). Triage is the highest level any rule reaches; on a tie the red flag
/// wins. Red-flag rules come from the findings that carry a <see cref="Symptom.RedFlagLevel"/>.
/// </summary>
public static class TriageRules
{
    /// <summary>A suspected slipped disc needs a clinician: see a doctor.</summary>
    public static readonly TriageRule SuspectedSlippedDisc = new("triage.suspectedSlippedDisc", TriageLevel.SeeDoctor, Source.Article, suspectedCause: Cause.SlippedDisc);

    /// <summary>A suspected ligament tear needs a clinician: see a doctor.</summary>
    public static readonly TriageRule SuspectedLigamentTear = new("triage.suspectedLigamentTear", TriageLevel.SeeDoctor, Source.Article, suspectedCause: Cause.LigamentTear);

    /// <summary>No cause fits and the pain has lasted a week or more: see a doctor.</summary>
    public static readonly TriageRule UnclearAndLasting = new("triage.unclearAndLasting", TriageLevel.SeeDoctor, Source.LibraryDefault);

    /// <summary>
    /// Nothing fits: no cause is likely and the pain is moderate or worse (4 or more of 10): see a doctor (domain model
    /// section 1). The threshold of 4 is a library default.
    /// </summary>
    public static readonly TriageRule NothingFits = new("triage.nothingFits", TriageLevel.SeeDoctor, Source.LibraryDefault);

    /// <summary>No rule above self-care fired.</summary>
    public static readonly TriageRule SelfCare = new("triage.selfCare", TriageLevel.SelfCare, Source.NiceNG59);

    /// <summary>One rule per red-flag finding, most urgent first.</summary>
    public static IReadOnlyList<TriageRule> RedFlags { get; } = ValueList<TriageRule>.Wrap(
        [.. Symptom.All.Where(s => s.IsRedFlag)
            .OrderByDescending(s => s.RedFlagLevel!.Rank)
            .Select(s => new TriageRule("redFlag." + s.Id, s.RedFlagLevel!, s.RedFlagSource!, redFlag: s))]);

    /// <summary>The rules that fire when their cause is at least possible, in the order they are tried.</summary>
    internal static TriageRule[] Suspected { get; } = [SuspectedSlippedDisc, SuspectedLigamentTear];

    /// <summary>Every triage rule: the red flags, then the cause and fallback rules.</summary>
    public static IReadOnlyList<TriageRule> All { get; } = ValueList<TriageRule>.Wrap(
        [.. RedFlags, SuspectedSlippedDisc, SuspectedLigamentTear, UnclearAndLasting, NothingFits, SelfCare]);
}
