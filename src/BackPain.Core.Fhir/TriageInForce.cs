using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir;

/// <summary>
/// The triage level in force when the resources are written, since when, and the rule that set it when known: the
/// assessment's own triage, or, for a plan, the level in force on its last check-in (domain model §6b.5).
/// <see cref="FromDay"/> is the plan's day it came into force on (null without a plan), <see cref="Since"/> the same as
/// FHIR writes it (the assessment's time when it is the assessment's level).
/// </summary>
internal sealed record TriageInForce(TriageLevel Level, FhirDateTime? Since, DateOnly? FromDay, string Reason, string? RuleId, Source? Source)
{
    /// <summary>The assessment's triage, in force from <paramref name="since"/> when known.</summary>
    public static TriageInForce Of(Assessment assessment, FhirDateTime? since, DateOnly? fromDay = null)
        => new(assessment.Triage.Level, since, fromDay, assessment.Triage.Reason, assessment.Triage.RuleId, assessment.Triage.Source);

    /// <summary>
    /// The level in force on the plan's <see cref="RecoveryPlan.AsOf"/> and the first day of the run of days that have
    /// it. The rule is the assessment's when the run starts with the plan at the assessment's level; otherwise the
    /// see-a-clinician entry of the day the run starts that produced the level (<see cref="LevelOf"/>: the highest red
    /// flag of a check-in that raised it, not the first entry of the day), or, when that day has none (a clearance that
    /// lowered it), the level's own words.
    /// </summary>
    public static TriageInForce Of(RecoveryPlan plan, FhirDateTime assessedAt)
    {
        var level = plan.TriageOn(plan.AsOf);
        var since = plan.AsOf;
        while (since > plan.Request.Start && plan.TriageOn(since.AddDays(-1)) == level)
        {
            since = since.AddDays(-1);
        }

        if (since == plan.Request.Start && level == plan.Assessment.Triage.Level)
        {
            return Of(plan.Assessment, assessedAt, since);
        }

        var entry = plan.Day(since).Planned.FirstOrDefault(e => e.Kind == PlanEntryKind.SeeClinician && LevelOf(e, plan.Assessment, level) == level);
        return entry is null
            ? new(level, Codes.Date(since), since, plan.Assessment.Texts.Text(level), null, null)
            : new(level, Codes.Date(since), since, entry.Reason, entry.RuleId, entry.Source);
    }

    /// <summary>
    /// The level a see-a-clinician entry asks for (domain model §6b.5): the assessment's own entry its level; worse, or
    /// not better after a week, at a check-in the level of that red flag (see a doctor); a new warning sign at a check-in
    /// the level its reason names (the entry's words hold the level's, in the plan's texts); the entry of the
    /// check-in's own triage rule, made only when nothing else raised the level, the level in force.
    /// </summary>
    private static TriageLevel? LevelOf(PlanEntry entry, Assessment assessment, TriageLevel inForce) => entry.RuleId switch
    {
        "plan.seeClinician" => assessment.Triage.Level,
        "plan.worseAtCheckIn" => Symptom.GettingWorse.RedFlagLevel,
        "plan.notBetterAfterAWeek" => Symptom.NotBetterAfterAWeek.RedFlagLevel,
        "plan.redFlagAtCheckIn" => TriageLevel.All.LastOrDefault(l => entry.Reason.Contains(assessment.Texts.Text(l), StringComparison.Ordinal)),
        _ => inForce,
    };
}
