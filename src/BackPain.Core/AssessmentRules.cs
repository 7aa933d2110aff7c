using System.Globalization;
using BackPain.Core.Internal;
using BackPain.Core.Rules;

namespace BackPain.Core;

/// <summary>
/// Every rule a <see cref="BackPainAssessor"/> can fire, described (domain model sections 1, 3, 4 and 6): the rows of the
/// evidence table, the triage rules, the remedy rules and the safety rules that restrict training. Every rule id an
/// assessment carries is one of these. The list is read-only and describes the rules; it cannot change what they do.
/// </summary>
public static class AssessmentRules
{
    /// <summary>Every rule, by kind: the evidence table by cause, the triage rules most urgent first, the remedies, the restrictions strictest first.</summary>
    public static IReadOnlyList<RuleDescription> All { get; } = ValueList<RuleDescription>.Wrap(
    [
        .. EvidenceRules.All.Select(Describe),
        .. TriageRules.All.Select(r => new RuleDescription(r.Id, RuleKind.Triage, Texts.Get(r.RedFlag is null ? r.Id : "symptom." + r.RedFlag.Id), r.Source)),
        .. RemedyRules.All.Select(r => new RuleDescription(r.Id, RuleKind.Remedy, Texts.Get("remedy." + r.Remedy.Id + ".when"), r.Source)),
        .. RestrictionRules.All.Select(r => new RuleDescription(r.Id, RuleKind.Restriction, Texts.Get(r.Causes.Count == 0 ? r.Id : "rule." + r.Id), r.Source)),
    ]);

    private static RuleDescription Describe(Evidence row)
    {
        var text = string.Format(
            CultureInfo.InvariantCulture,
            Texts.Get(row.Supports ? "rule.evidence.for" : "rule.evidence.against"),
            row.Symptom.Text,
            row.Cause.Name,
            row.Weight.ToString("+0.0;-0.0", CultureInfo.InvariantCulture));
        return new RuleDescription(row.RuleId, RuleKind.Evidence, text, row.Source);
    }
}
