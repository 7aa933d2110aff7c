using System.Globalization;
using BackPain.Core.Internal;
using BackPain.Core.Rules;

namespace BackPain.Core;

/// <summary>
/// Every rule the library can fire, described, for documentation or an audit screen (domain model sections 1 and 3–6b):
/// the rows of the evidence table, the triage rules, the remedy rules and the safety rules that restrict training (all
/// used by <see cref="BackPainAssessor"/>), and the recovery planner's own rules (<see cref="RecoveryPlanner"/>). Every
/// rule id an assessment or a plan carries is one of these. The list is read-only: it describes the rules and cannot
/// change what they do.
/// </summary>
public static class RuleCatalogue
{
    /// <summary>
    /// Every rule, by kind: the evidence table by cause, the triage rules most urgent first, the remedies, the
    /// restrictions strictest first, then the planner's rules.
    /// </summary>
    public static IReadOnlyList<RuleDescription> All { get; } = Describe(Texts.Neutral);

    /// <summary>
    /// Every rule with its text in the culture of <paramref name="texts"/> (the neutral English gives <see cref="All"/>);
    /// <see cref="BackPainTexts.Text(RuleDescription)"/> reads them. Texts are looked up by the rule's stable id.
    /// </summary>
    internal static IReadOnlyList<RuleDescription> Describe(TextTable texts) => ValueList<RuleDescription>.Wrap(
    [
        .. EvidenceRules.All.Select(row => Describe(row, texts)),
        .. TriageRules.All.Select(r => new RuleDescription(r.Id, RuleKind.Triage, texts.Get(r.RedFlag is null ? r.Id : "symptom." + r.RedFlag.Id), r.Source)),
        .. RemedyRules.All.Select(r => new RuleDescription(r.Id, RuleKind.Remedy, texts.Get("remedy." + r.Remedy.Id + ".when"), r.Source)),
        .. RestrictionRules.All.Select(r => new RuleDescription(r.Id, RuleKind.Restriction, texts.Get(r.Causes.Count == 0 ? r.Id : "rule." + r.Id), r.Source)),
        .. RecoveryRules.All.Select(r => new RuleDescription(r.Id, RuleKind.Plan, texts.Get("rule." + r.Id), r.Source)),
    ]);

    private static RuleDescription Describe(Evidence row, TextTable texts)
    {
        var text = string.Format(
            texts.Culture,
            texts.Get(row.Supports ? "rule.evidence.for" : "rule.evidence.against"),
            texts.Get("symptom." + row.Symptom.Id),
            texts.Get("cause." + row.Cause.Id),
            row.Weight.ToString("+0.0;-0.0", texts.Culture));
        return new RuleDescription(row.RuleId, RuleKind.Evidence, text, row.Source);
    }
}
