using System.Globalization;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir;

/// <summary>
/// An assessment and its recovery plan as HL7 FHIR R4 resources a clinic system can store and query, in one
/// <c>collection</c> Bundle: a <c>RiskAssessment</c> (the causes ranked, with the findings for and against each), an
/// <c>Observation</c> per red flag, a <c>Flag</c> while triage is urgent, a <c>ServiceRequest</c> proposing to see a
/// clinician when triage says so, and a <c>CarePlan</c> (what is planned and what is not allowed, day by day, and the
/// check-ins). Every resource says it is not a diagnosis in a <c>note</c>, except the Flag: R4's Flag has no note, so
/// it points at the triage level alone, and the ServiceRequest and RiskAssessment beside it carry the disclaimer. Each
/// resource's <c>language</c> is the assessment's (<c>de</c>, <c>es</c>, else <c>en</c>). The resources reference each
/// other by their entries' <c>urn:uuid</c> full URLs, which are deterministic (<see cref="FhirOutputOptions.IdSeed"/>):
/// the same input always gives the same bundle.
/// </summary>
/// <remarks>
/// A <c>collection</c> rather than a <c>document</c> (which needs a Composition and an author the library cannot name)
/// or a <c>transaction</c> (which decides how your server stores them): post each entry, or wrap them in your own
/// transaction. Codes are the library's own (its CodeSystem, <c>cause.pulledMuscle</c>, <c>symptom.saddleNumbness</c>,
/// <c>triageLevel.emergency</c>, the rule ids) and codes of the R4 base code systems; no SNOMED CT or LOINC code is used.
/// </remarks>
public static class BackPainFhir
{
    /// <summary>
    /// The resources of <paramref name="plan"/> and its assessment: the RiskAssessment, an Observation per red flag of
    /// the report and per red flag reported at a check-in, the Flag and ServiceRequest of the triage level in force on
    /// the plan's last check-in (<see cref="RecoveryPlan.AsOf"/>), and the CarePlan.
    /// </summary>
    /// <param name="plan">The plan, with any check-ins; its <see cref="RecoveryPlan.Assessment"/> is the one mapped.</param>
    /// <param name="options">The patient, the questionnaire response, when and the id seed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="options"/> (or its subject) is null.</exception>
    public static Bundle ToBundle(RecoveryPlan plan, FhirOutputOptions options)
    {
        ArgumentNullException.ThrowIfNull(plan);
        Check(options);
        var ids = ResourceIds.For(plan, options.IdSeed);
        var assessedAt = options.AssessedAt is { } at ? new FhirDateTime(at) : Codes.Date(plan.Request.Start);
        var resources = new Resources(ids, plan.Assessment.Texts.Culture);
        AddAssessment(resources, plan.Assessment, options, assessedAt);
        foreach (var checkIn in plan.CheckInReports)
        {
            foreach (var symptom in checkIn.NewSymptoms.Where(s => s.IsRedFlag))
            {
                resources.AddRedFlag(ids.Observation(symptom, checkIn.Date), TriageMapping.RedFlag(
                    symptom, plan.Assessment.Texts, plan.Disclaimer, options, Codes.Date(checkIn.Date), fromReport: false), checkIn.Date);
            }
        }

        AddTriage(resources, TriageInForce.Of(plan, assessedAt), plan.Assessment, options, plan.Request.Start);
        resources.Add(ids.CarePlan, CarePlanMapping.Map(plan, options, ids.RiskAssessment, resources.RedFlags.Select(r => r.Url)));
        return resources.ToBundle();
    }

    /// <summary>
    /// The resources of <paramref name="assessment"/> alone, without a plan: the RiskAssessment, an Observation per red
    /// flag, and the Flag and ServiceRequest of its triage level.
    /// </summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="options">The patient, the questionnaire response, when and the id seed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="assessment"/> or <paramref name="options"/> (or its subject) is null.</exception>
    public static Bundle ToBundle(Assessment assessment, FhirOutputOptions options)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        Check(options);
        var ids = ResourceIds.For(assessment, options.IdSeed);
        var assessedAt = options.AssessedAt is { } at ? new FhirDateTime(at) : null;
        var resources = new Resources(ids, assessment.Texts.Culture);
        AddAssessment(resources, assessment, options, assessedAt);
        AddTriage(resources, TriageInForce.Of(assessment, assessedAt), assessment, options, firstDay: null);
        return resources.ToBundle();
    }

    private static void Check(FhirOutputOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Subject, "options.Subject");
    }

    private static void AddAssessment(Resources resources, Assessment assessment, FhirOutputOptions options, FhirDateTime? assessedAt)
    {
        resources.Add(resources.Ids.RiskAssessment, RiskAssessmentMapping.Map(assessment, options, assessedAt));
        foreach (var redFlag in assessment.RedFlags)
        {
            resources.AddRedFlag(resources.Ids.Observation(redFlag.Symptom, null), TriageMapping.RedFlag(
                redFlag.Symptom, assessment.Texts, assessment.Disclaimer, options, assessedAt, fromReport: true), date: null);
        }
    }

    /// <summary>
    /// The Flag and ServiceRequest of the triage in force. The request's reasons are the red flags reported since the
    /// level came into force (the first report's count as reported on the plan's first day), or every red flag without a plan.
    /// </summary>
    private static void AddTriage(Resources resources, TriageInForce triage, Assessment assessment, FhirOutputOptions options, DateOnly? firstDay)
    {
        if (TriageMapping.Flag(triage, assessment.Texts, options) is { } flag)
        {
            resources.Add(resources.Ids.Flag, flag);
        }

        var reasons = resources.RedFlags
            .Where(r => triage.FromDay is not { } from || (r.Date ?? firstDay) >= from)
            .Select(r => r.Url);
        if (TriageMapping.ServiceRequest(triage, assessment.Texts, assessment.Disclaimer, options, resources.Ids.RiskAssessment, reasons) is { } request)
        {
            resources.Add(resources.Ids.ServiceRequest, request);
        }
    }

    /// <summary>
    /// The entries of the bundle being made, in order, and the red-flag Observations among them. Each resource's
    /// <c>language</c> is that of the assessment's texts, as for the questionnaires.
    /// </summary>
    private sealed class Resources(ResourceIds ids, CultureInfo culture)
    {
        private readonly string _language = Form.LanguageOf(culture);

        private readonly Bundle _bundle = new() { Type = Bundle.BundleType.Collection };

        public ResourceIds Ids { get; } = ids;

        /// <summary>The red-flag Observations' full URLs and the check-in date each was reported on (null: the first report).</summary>
        public List<(string Url, DateOnly? Date)> RedFlags { get; } = [];

        public void Add(string fullUrl, Resource resource)
        {
            resource.Language = _language;
            _bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = fullUrl, Resource = resource });
        }

        public void AddRedFlag(string fullUrl, Observation observation, DateOnly? date)
        {
            if (RedFlags.Any(r => r.Url == fullUrl))
            {
                return; // the same red flag twice on one date (two check-ins that day) is one observation
            }

            Add(fullUrl, observation);
            RedFlags.Add((fullUrl, date));
        }

        public Bundle ToBundle() => _bundle;
    }
}
