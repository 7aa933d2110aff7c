using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir;

/// <summary>
/// The red flags and the triage level in the resources a clinic system queries: an <c>Observation</c> per red flag, a
/// <c>Flag</c> while triage is urgent, and a <c>ServiceRequest</c> (a proposal) whenever a clinician should be seen.
/// </summary>
internal static class TriageMapping
{
    /// <summary>
    /// The Observation that red flag <paramref name="symptom"/> was reported: status <c>final</c>, category
    /// <c>survey</c> (R4 observation-category: the person's own answers), code the symptom's coding with its words in the
    /// assessment's culture, <c>valueBoolean</c> true, the subject, <c>effectiveDateTime</c> when known, and
    /// <c>derivedFrom</c> the questionnaire response when it is the first report's and one was given, and a
    /// <c>note</c>, the assessment's <paramref name="disclaimer"/>. The rule extension names the red-flag rule and its source.
    /// </summary>
    public static Observation RedFlag(Symptom symptom, BackPainTexts texts, string disclaimer, FhirOutputOptions options, FhirDateTime? effective, bool fromReport)
    {
        var observation = new Observation
        {
            Status = ObservationStatus.Final,
            Category = [Codes.Standard(Codes.ObservationCategory, "survey", "Survey")],
            Code = Codes.Concept("symptom." + symptom.Id, texts.Text(symptom)),
            Subject = Codes.Copy(options.Subject),
            Effective = effective,
            Value = new FhirBoolean(true),
            Note = [Codes.Disclaimer(disclaimer)],
        };
        observation.Extension.Add(Codes.Rule("redFlag." + symptom.Id, symptom.RedFlagSource!));
        if (fromReport && options.QuestionnaireResponse is { } response)
        {
            observation.DerivedFrom.Add(Codes.Copy(response));
        }

        return observation;
    }

    /// <summary>
    /// The Flag of an urgent triage level (<see cref="TriageLevel.SuspendsTraining"/>: see a doctor today, or an
    /// emergency): status <c>active</c>, category <c>clinical</c> (R4 flag-category), code the level's coding with its
    /// words, the subject and <c>period.start</c> the date the level came into force. Null for a lower level: a Flag is
    /// a warning shown to everyone who opens the record, kept for what needs attention now.
    /// </summary>
    public static Flag? Flag(TriageInForce triage, BackPainTexts texts, FhirOutputOptions options)
    {
        if (!triage.Level.SuspendsTraining)
        {
            return null;
        }

        var flag = new Flag
        {
            Status = Hl7.Fhir.Model.Flag.FlagStatus.Active,
            Category = [Codes.Standard(Codes.FlagCategory, "clinical", "Clinical")],
            Code = Codes.Concept("triageLevel." + triage.Level.Id, texts.Text(triage.Level)),
            Subject = Codes.Copy(options.Subject),
            Period = triage.Since is { } since ? new Period { StartElement = since } : null,
        };
        if (triage.RuleId is { } ruleId)
        {
            flag.Extension.Add(Codes.Rule(ruleId, triage.Source!));
        }

        return flag;
    }

    /// <summary>
    /// The ServiceRequest to see a clinician, for a level of <see cref="TriageLevel.SeeDoctor"/> or above (null for
    /// self-care): status <c>active</c>, intent <c>proposal</c> (the library proposes; a clinician decides), priority by
    /// <see cref="Priority"/>, code the level's coding, the subject, <c>authoredOn</c> the date the level came into force,
    /// <c>reasonCode</c> the triage rule's reason in words, <c>reasonReference</c> the red-flag Observations behind it,
    /// <c>supportingInfo</c> the RiskAssessment, <c>patientInstruction</c> what the level asks the person to do, and a
    /// <c>note</c>, the assessment's <paramref name="disclaimer"/>.
    /// </summary>
    public static ServiceRequest? ServiceRequest(
        TriageInForce triage, BackPainTexts texts, string disclaimer, FhirOutputOptions options, string riskAssessment, IEnumerable<string> redFlagObservations)
    {
        if (triage.Level < TriageLevel.SeeDoctor)
        {
            return null;
        }

        var request = new ServiceRequest
        {
            Status = RequestStatus.Active,
            Intent = RequestIntent.Proposal,
            Priority = Priority(triage.Level),
            Code = Codes.Concept("triageLevel." + triage.Level.Id, texts.Text(triage.Level)),
            Subject = Codes.Copy(options.Subject),
            AuthoredOnElement = triage.Since,
            ReasonCode = [new CodeableConcept { Text = triage.Reason }],
            ReasonReference = [.. redFlagObservations.Select(url => new ResourceReference(url))],
            SupportingInfo = [new ResourceReference(riskAssessment)],
            PatientInstruction = texts.Text(triage.Level),
            Note = [Codes.Disclaimer(disclaimer)],
        };
        if (triage.RuleId is { } ruleId)
        {
            request.Extension.Add(Codes.Rule(ruleId, triage.Source!));
        }

        return request;
    }

    /// <summary>
    /// A triage level as an R4 request-priority: an emergency is <c>stat</c> ("immediately, highest possible priority,
    /// e.g. an emergency"), see a doctor urgently (today) is <c>urgent</c>, see a doctor (book an appointment) is
    /// <c>routine</c>. <c>asap</c> is not used: the library's levels do not distinguish "today" from "as soon as possible".
    /// </summary>
    public static RequestPriority Priority(TriageLevel level)
        => level == TriageLevel.Emergency ? RequestPriority.Stat
            : level == TriageLevel.SeeDoctorUrgently ? RequestPriority.Urgent
            : RequestPriority.Routine;
}
