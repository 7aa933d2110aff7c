
namespace BackPain.Core.Planning;

/// <summary>The triage level in force from <see cref="From"/> until the next step.</summary>
internal readonly record struct TriageStep(DateOnly From, TriageLevel Level);
