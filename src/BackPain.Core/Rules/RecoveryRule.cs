
namespace BackPain.Core.Rules;

/// <summary>A named rule of the recovery planner, with its source (see <see cref="RecoveryRules"/>).</summary>
/// <param name="Id">The stable id, as it appears in <see cref="PlanEntry.RuleId"/>.</param>
/// <param name="Source">Where the rule comes from.</param>
public sealed record RecoveryRule(string Id, Source Source);
