using BackPain.Core.Internal;
using static BackPain.Core.Symptom;

namespace BackPain.Core.Rules;

/// <summary>
/// The triage rules (domain model section 4), in the order the assessor walks them: triage is the first rule with the
/// highest level among those that hold, so a red flag wins a tie and self-care, last, holds only when nothing else does.
/// The red-flag rules come from the findings that carry a <see cref="Symptom.RedFlagLevel"/>, the suspected-cause rules
/// from the causes that <see cref="Cause.NeedsClinician"/>.
/// </summary>
internal static class TriageRules
{
    /// <summary>One rule per red-flag finding, most urgent first.</summary>
    internal static ValueList<TriageRule> RedFlags { get; } = ValueList<TriageRule>.Wrap(
        [.. Symptom.All.Where(s => s.IsRedFlag).OrderByDescending(s => s.RedFlagLevel!.Rank).Select(TriageRule.ForRedFlag)]);

    /// <summary>One rule per cause that needs a clinician, in catalogue order: a suspected slipped disc or ligament tear means seeing a doctor.</summary>
    internal static ValueList<TriageRule> SuspectedCauses { get; } = ValueList<TriageRule>.Wrap([.. Cause.NeedingClinician.Select(TriageRule.ForSuspected)]);

    /// <summary>No cause is likely and the pain has lasted a week or more: see a doctor.</summary>
    internal static readonly TriageRule UnclearAndLasting = new("triage.unclearAndLasting", TriageLevel.SeeDoctor, Source.LibraryDefault)
    {
        WhenUnclear = true,
        AnyOf = ValueList<Symptom>.Wrap([LastedOverAWeek]),
    };

    /// <summary>
    /// Nothing fits: no cause is likely and the pain is moderate or worse (4 or more of 10): see a doctor (domain model
    /// section 1). The threshold of 4 is a library default.
    /// </summary>
    internal static readonly TriageRule NothingFits = new("triage.nothingFits", TriageLevel.SeeDoctor, Source.LibraryDefault)
    {
        WhenUnclear = true,
        AnyOf = ValueList<Symptom>.Wrap([ModeratePain, SeverePain]),
    };

    /// <summary>No rule above self-care holds: the rule with no condition, last.</summary>
    internal static readonly TriageRule SelfCare = new("triage.selfCare", TriageLevel.SelfCare, Source.NiceNG59);

    /// <summary>Every triage rule in the order they are walked: the red flags, the suspected causes, then the fallbacks.</summary>
    internal static ValueList<TriageRule> All { get; } = ValueList<TriageRule>.Wrap(
        [.. RedFlags, .. SuspectedCauses, UnclearAndLasting, NothingFits, SelfCare]);

    /// <summary>The rule that fires when <paramref name="cause"/> is suspected.</summary>
    internal static TriageRule Suspected(Cause cause) => SuspectedCauses.Single(r => r.SuspectedCause == cause);
}
