using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir;

/// <summary>
/// Who and what the FHIR resources of <see cref="BackPainFhir.ToBundle(RecoveryPlan, FhirOutputOptions)"/> are about:
/// the patient, the questionnaire response that was assessed, when, and the seed of the resources' ids. Only
/// <see cref="Subject"/> is required.
/// </summary>
/// <param name="Subject">
/// The patient the assessment is about, as your system references it (for example <c>Patient/123</c>, or a logical
/// reference by identifier). Every resource's <c>subject</c>. The library never invents a patient.
/// </param>
public sealed record FhirOutputOptions(ResourceReference Subject)
{
    /// <summary>
    /// The <c>QuestionnaireResponse</c> whose answers were assessed, if you keep it: the RiskAssessment's <c>basis</c> and
    /// each red-flag Observation's <c>derivedFrom</c>. Leave it null when the report did not come from one.
    /// </summary>
    public ResourceReference? QuestionnaireResponse { get; init; }

    /// <summary>
    /// When the report was assessed (the library has no clock, so only you know): the RiskAssessment's
    /// <c>occurrenceDateTime</c>, the first assessment's red-flag Observations' <c>effectiveDateTime</c>. When null, a
    /// plan's start date stands for it; an assessment without a plan then carries no time.
    /// </summary>
    public DateTimeOffset? AssessedAt { get; init; }

    /// <summary>
    /// The seed of the resources' ids (their <c>urn:uuid</c> full URLs): each id is a name-based UUID (RFC 9562, version
    /// 5) of this seed and what the resource is about, so the same seed gives the same ids every time, and a plan exported
    /// again after a check-in keeps the ids of its CarePlan and RiskAssessment. Give your record's own key (for example the
    /// plan's database id) to keep the ids across library versions. When null, the seed is made from the report, the
    /// training history and the plan's dates (the same through every check-in); two equal reports planned from the same
    /// date then share ids.
    /// </summary>
    public string? IdSeed { get; init; }
}
