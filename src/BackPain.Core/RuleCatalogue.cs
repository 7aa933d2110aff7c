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
    public static IReadOnlyList<RuleDescription> All { get; } = ValueList<RuleDescription>.Wrap(
    [
        .. EvidenceRules.All.Select(row => new RuleDescription(row.RuleId, RuleKind.Evidence, texts => Describe(row, texts), row.Source)),
        .. TriageRules.All.Select(r => Described(r.Id, RuleKind.Triage, r.RedFlag is null ? r.Id : "symptom." + r.RedFlag.Id, r.Source)),
        .. RemedyRules.All.Select(r => Described(r.Id, RuleKind.Remedy, "remedy." + r.Remedy.Id + ".when", r.Source)),
        .. RestrictionRules.All.Select(r => Described(r.Id, RuleKind.Restriction, r.Causes.Count == 0 ? r.Id : "rule." + r.Id, r.Source)),
        .. RecoveryRules.All.Select(r => Described(r.Id, RuleKind.Plan, "rule." + r.Id, r.Source)),
    ]);

    /// <summary>A rule whose text is the text of <paramref name="key"/>, in whichever culture it is read.</summary>
    private static RuleDescription Described(string id, RuleKind kind, string key, Source source) => new(id, kind, texts => texts.Get(key), source);

    private static string Describe(Evidence row, TextTable texts)
        => string.Format(
            texts.Culture,
            texts.Get(row.Supports ? "rule.evidence.for" : "rule.evidence.against"),
            texts.Get("symptom." + row.Symptom.Id),
            texts.Get("cause." + row.Cause.Id),
            row.Weight.ToString("+0.0;-0.0", texts.Culture));
}
