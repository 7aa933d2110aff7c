using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir;

/// <summary>An <see cref="Assessment"/> as a FHIR <c>RiskAssessment</c>: one prediction per ranked cause.</summary>
internal static class RiskAssessmentMapping
{
    /// <summary>
    /// The RiskAssessment of <paramref name="assessment"/>. Status <c>final</c>; <c>occurrenceDateTime</c> when
    /// <paramref name="occurrence"/> is known; <c>basis</c> the questionnaire response when given; <c>code</c> and
    /// <c>method</c> as text only (the library has no code for them, and none is invented). One prediction per cause,
    /// most likely first (the library's ranking): <c>outcome</c> the cause's coding, <c>qualitativeRisk</c> from its band
    /// (<see cref="QualitativeRisk"/>), <c>probabilityDecimal</c> its score and <c>rationale</c> the findings for and
    /// against it in the assessment's culture. The note is the "not a diagnosis" disclaimer.
    /// </summary>
    public static RiskAssessment Map(Assessment assessment, FhirOutputOptions options, FhirDateTime? occurrence)
    {
        var texts = assessment.Texts;
        var culture = texts.Culture;
        var risk = new RiskAssessment
        {
            Status = ObservationStatus.Final,
            Subject = Codes.Copy(options.Subject),
            Occurrence = occurrence,
            Code = new CodeableConcept { Text = Texts.Get("riskAssessment.code", culture) },
            Method = new CodeableConcept { Text = Texts.Format("riskAssessment.method", culture, Canonical.Version) },
            Note = [Codes.Disclaimer(assessment.Disclaimer)],
        };
        if (options.QuestionnaireResponse is { } response)
        {
            risk.Basis.Add(Codes.Copy(response));
        }

        foreach (var likelihood in assessment.Causes)
        {
            risk.Prediction.Add(new RiskAssessment.PredictionComponent
            {
                Outcome = Codes.Concept("cause." + likelihood.Cause.Id, texts.Name(likelihood.Cause)),
                Probability = new FhirDecimal(Probability(likelihood.Score)),
                QualitativeRisk = QualitativeRisk(likelihood.Band),
                Rationale = Rationale(likelihood, texts),
            });
        }

        return risk;
    }

    /// <summary>
    /// A band as an R4 risk-probability code. The library's three bands are words for how well the evidence fits, never
    /// a diagnosis, so the scale's ends are never used: <c>certain</c> would claim a diagnosis, and <c>negligible</c> would
    /// claim the cause is ruled out, which only a clinician can do. Likely (score ≥ the likely threshold, 0.6 by default)
    /// is <c>high</c> ("more likely to occur than not"), possible (≥ 0.3) is <c>moderate</c> ("a reasonable likelihood
    /// of occurrence"), unlikely is <c>low</c> ("possible but unlikely"); the definitions are the code system's.
    /// </summary>
    public static CodeableConcept QualitativeRisk(LikelihoodBand band)
    {
        var (code, display) = band switch
        {
            LikelihoodBand.Likely => ("high", "High likelihood"),
            LikelihoodBand.Possible => ("moderate", "Moderate likelihood"),
            _ => ("low", "Low likelihood"),
        };
        return Codes.Standard(Codes.RiskProbability, code, display);
    }

    /// <summary>
    /// The score as <c>probabilityDecimal</c>, rounded to four places. It is how well the evidence fits (0 to 1,
    /// <c>1 − e^(−sum of weights)</c>), not a calibrated probability: read it with the qualitative risk. It is written
    /// because a prediction without a probability fails the constraint <c>ras-2</c> in Firely's validator.
    /// </summary>
    public static decimal Probability(double score) => Math.Round((decimal)score, 4, MidpointRounding.AwayFromZero);

    /// <summary>"For: …. Against: …." in the assessment's culture, each finding in its words, in the evidence table's order.</summary>
    private static string Rationale(CauseLikelihood likelihood, BackPainTexts texts)
    {
        var culture = texts.Culture;
        var parts = new List<string>(2);
        if (likelihood.Supporting.Count > 0)
        {
            parts.Add(Texts.Format("rationale.for", culture, Findings(likelihood.Supporting, texts)));
        }

        if (likelihood.Against.Count > 0)
        {
            parts.Add(Texts.Format("rationale.against", culture, Findings(likelihood.Against, texts)));
        }

        return parts.Count == 0 ? Texts.Get("rationale.none", culture) : string.Join(" ", parts);
    }

    /// <summary>The findings in words, separated by semicolons (a finding's own words may hold a comma).</summary>
    private static string Findings(IReadOnlyList<Evidence> evidence, BackPainTexts texts)
        => string.Join("; ", evidence.Select(e => texts.Text(e.Symptom)));
}
