using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using BackPain.Core;
using BackPain.Core.Extensions.DependencyInjection;
using BackPain.Core.Fhir;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.Net.Http.Headers;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// The FHIR R4 endpoints (BackPain.Core.Fhir), for a clinic system: the questionnaires and the code system to load,
/// and <c>POST /fhir/QuestionnaireResponse/$assess</c>, which reads a person's answers and answers the assessment (and,
/// with <c>start</c>, the recovery plan) as a <c>Bundle</c>. Bodies are <c>application/fhir+json</c>, read with
/// Firely's parser; every error is an <c>OperationOutcome</c>, the form a FHIR client expects, listing every problem.
/// </summary>
/// <remarks>
/// They are left out of the OpenAPI document: it describes the library's JSON format with the library's JSON Schemas,
/// while these speak FHIR, whose resources the FHIR specification describes (a generated OpenAPI client would see
/// untyped strings; a FHIR client library is the tool for them).
/// </remarks>
internal static class FhirApi
{
    /// <summary>The media type of FHIR's JSON format.</summary>
    public const string MediaType = "application/fhir+json";

    /// <summary>The route of the assessment operation.</summary>
    public const string AssessRoute = "/fhir/QuestionnaireResponse/$assess";

    private static readonly FhirJsonDeserializer Parser = new();

    /// <summary>The two questionnaires in each language, and the code system, written once.</summary>
    private static readonly FrozenDictionary<string, string> SymptomReportJson = InEachLanguage(BackPainQuestionnaires.SymptomReport);
    private static readonly FrozenDictionary<string, string> CheckInJson = InEachLanguage(BackPainQuestionnaires.CheckIn);
    private static readonly string CodeSystemJson = BackPainCodeSystem.Create().ToJson();

    /// <summary>
    /// Maps <c>GET /fhir/Questionnaire/backpain-symptom-report</c>, <c>GET /fhir/Questionnaire/backpain-check-in</c>,
    /// <c>GET /fhir/CodeSystem/backpain-core</c> and <c>POST /fhir/QuestionnaireResponse/$assess</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapFhirApi(this IEndpointRouteBuilder app)
    {
        var fhir = app.MapGroup("/fhir").ExcludeFromDescription();
        fhir.MapGet("/Questionnaire/backpain-symptom-report", (HttpContext context) => InRequestLanguage(SymptomReportJson, context));
        fhir.MapGet("/Questionnaire/backpain-check-in", (HttpContext context) => InRequestLanguage(CheckInJson, context));
        fhir.MapGet("/CodeSystem/backpain-core", () => Fhir(CodeSystemJson, StatusCodes.Status200OK));
        app.MapPost(AssessRoute, Assess).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// Reads the body as a completed <c>QuestionnaireResponse</c> to the symptom report questionnaire, about the patient
    /// its <c>subject</c> names, assesses it in the request's language, and answers the assessment as a Bundle; with
    /// <paramref name="start"/> (yyyy-MM-dd, the caller's today) and <paramref name="lengthDays"/> (1 to 365, 28 when
    /// left out) the bundle holds the recovery plan too (its CarePlan). Anything that does not fit is a 400
    /// OperationOutcome listing every problem.
    /// </summary>
    internal static async Task<IResult> Assess(HttpContext context, Languages languages, IRecoveryPlanner planner, string? start, string? lengthDays)
    {
        if (!IsFhirJson(context.Request.ContentType))
        {
            return Outcome(StatusCodes.Status415UnsupportedMediaType, [Issue(OperationOutcome.IssueType.NotSupported,
                $"The body must be a FHIR resource in JSON: send it with Content-Type: {MediaType}.")]);
        }

        string body;
        try
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            body = await reader.ReadToEndAsync(context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Outcome(e.StatusCode, [Issue(OperationOutcome.IssueType.TooLong, Problems.DetailFor(e.StatusCode)!)]);
        }

        var issues = new List<OperationOutcome.IssueComponent>();
        var request = ReadPlanRequest(start, lengthDays, issues);
        var response = Parse(body, issues);
        var subject = response is null ? null : ReadSubject(response, issues);
        var report = response is null ? null : ReadReport(response, issues);
        if (issues.Count > 0 || response is null || subject is null || report is null)
        {
            return Outcome(StatusCodes.Status400BadRequest, issues);
        }

        var assessment = languages.Assess(report, context);
        Languages.Announce(context, assessment.Options.Culture);
        var options = new FhirOutputOptions(subject)
        {
            QuestionnaireResponse = string.IsNullOrEmpty(response.Id) ? null : new ResourceReference("QuestionnaireResponse/" + response.Id),
            AssessedAt = AnsweredAt(response),
            // The same answers for the same patient (and the same days) give the same ids; two patients' never meet.
            IdSeed = string.Join('|', response.ToJson(), start, lengthDays),
        };
        var bundle = request is null
            ? BackPainFhir.ToBundle(assessment, options)
            : BackPainFhir.ToBundle(planner.Plan(assessment, TrainingHistory.Empty, request), options);
        return Fhir(bundle.ToJson(), StatusCodes.Status200OK);
    }

    /// <summary>
    /// The plan's days from the query, or null for an assessment alone (no <c>start</c>). A problem is an issue whose
    /// expression is the parameter's name.
    /// </summary>
    private static PlanRequest? ReadPlanRequest(string? start, string? lengthDays, List<OperationOutcome.IssueComponent> issues)
    {
        var before = issues.Count;
        var length = PlanRequest.DefaultLength.Count;
        if (lengthDays is not null
            && (!int.TryParse(lengthDays, NumberStyles.None, CultureInfo.InvariantCulture, out length) || length < 1 || length > PlanRequest.MaxLength))
        {
            issues.Add(Issue(OperationOutcome.IssueType.Value,
                $"must be a whole number of days from 1 to {PlanRequest.MaxLength}; {PlanRequest.DefaultLength.Count} when left out; it was \"{lengthDays}\".",
                "lengthDays"));
        }

        var first = default(DateOnly);
        if (start is null && lengthDays is not null)
        {
            issues.Add(Issue(OperationOutcome.IssueType.Required, "is required with lengthDays: the first day of the plan as yyyy-MM-dd, usually today where the person is.", "start"));
        }
        else if (start is not null && !DateOnly.TryParseExact(start, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out first))
        {
            issues.Add(Issue(OperationOutcome.IssueType.Value, $"must be a date as yyyy-MM-dd: the first day of the plan; it was \"{start}\".", "start"));
        }

        if (start is null || issues.Count > before)
        {
            return null;
        }

        try
        {
            return new PlanRequest(first, Days.Of(length));
        }
        catch (BackPainValidationException e)
        {
            issues.AddRange(e.Errors.Select(Issue));
            return null;
        }
    }

    /// <summary>The body as a QuestionnaireResponse, or null with the parser's problems (or the resource's type) as issues.</summary>
    private static QuestionnaireResponse? Parse(string body, List<OperationOutcome.IssueComponent> issues)
    {
        try
        {
            // One JSON object and nothing after it: the FHIR parser reads the first value only, and throws on an array.
            using (var document = JsonDocument.Parse(body))
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    issues.Add(Issue(OperationOutcome.IssueType.Structure,
                        $"The body must be a QuestionnaireResponse, a JSON object; it was a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}."));
                    return null;
                }
            }

            if (Parser.DeserializeResource(body) is QuestionnaireResponse response)
            {
                return response;
            }

            issues.Add(Issue(OperationOutcome.IssueType.NotSupported, "must be a QuestionnaireResponse.", "resourceType"));
        }
        catch (DeserializationFailedException e)
        {
            issues.AddRange(e.ToOperationOutcome().Issue);
        }
        catch (JsonException e)
        {
            issues.Add(Issue(OperationOutcome.IssueType.Structure, "The body is not valid JSON: " + e.Message));
        }

        return null;
    }

    /// <summary>
    /// The patient the answers are about (the response's <c>subject</c>, with a reference or an identifier), or null with
    /// an issue: the library never invents a patient, and a record about no one could not be filed.
    /// </summary>
    private static ResourceReference? ReadSubject(QuestionnaireResponse response, List<OperationOutcome.IssueComponent> issues)
    {
        if (response.Subject is { } subject && (!string.IsNullOrEmpty(subject.Reference) || !string.IsNullOrWhiteSpace(subject.Identifier?.Value)))
        {
            return subject;
        }

        issues.Add(Issue(OperationOutcome.IssueType.Required,
            "is required: the patient the answers are about, as a reference (Patient/123) or an identifier with a value. Every resource of the answer is about this patient.",
            "subject"));
        return null;
    }

    /// <summary>The report the response's answers make, or null with every problem as issues, each expression the linkId path.</summary>
    private static SymptomReport? ReadReport(QuestionnaireResponse response, List<OperationOutcome.IssueComponent> issues)
    {
        try
        {
            return QuestionnaireResponses.ToSymptomReport(response);
        }
        catch (BackPainValidationException e)
        {
            issues.AddRange(e.Errors.Select(Issue));
            return null;
        }
    }

    /// <summary>When the answers were given (the response's <c>authored</c>, when it has a time of day) stands for when they were assessed.</summary>
    private static DateTimeOffset? AnsweredAt(QuestionnaireResponse response)
        => response.AuthoredElement is { } authored && authored.Value?.Contains('T', StringComparison.Ordinal) == true
            && authored.TryToDateTimeOffset(TimeSpan.Zero, out var at) ? at : null;

    /// <summary>FHIR JSON or plain JSON (which FHIR servers accept for compatibility).</summary>
    private static bool IsFhirJson(string? contentType)
        => MediaTypeHeaderValue.TryParse(contentType, out var type)
            && (type.MediaType.Equals(MediaType, StringComparison.OrdinalIgnoreCase) || type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase));

    private static IResult InRequestLanguage(FrozenDictionary<string, string> json, HttpContext context)
    {
        var language = Languages.Of(context);
        Languages.Announce(context, language);
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        return Fhir(json[language.Name], StatusCodes.Status200OK);
    }

    private static FrozenDictionary<string, string> InEachLanguage(Func<CultureInfo?, Resource> create)
        => Languages.Supported.ToFrozenDictionary(language => language.Name, language => create(language).ToJson(), StringComparer.Ordinal);

    private static IResult Fhir(string json, int statusCode) => Results.Text(json, MediaType, Encoding.UTF8, statusCode);

    private static IResult Outcome(int statusCode, IEnumerable<OperationOutcome.IssueComponent> issues)
    {
        var outcome = new OperationOutcome();
        outcome.Issue.AddRange(issues);
        return Fhir(outcome.ToJson(), statusCode);
    }

    /// <summary>A problem the library found: its path (the linkId path) as the expression, its code in <c>details.text</c>.</summary>
    private static OperationOutcome.IssueComponent Issue(ValidationError error)
    {
        var issue = Issue(error.Code switch
        {
            ValidationCode.Required => OperationOutcome.IssueType.Required,
            ValidationCode.OutOfRange => OperationOutcome.IssueType.Value,
            ValidationCode.UnknownId => OperationOutcome.IssueType.CodeInvalid,
            ValidationCode.TooMany or ValidationCode.Malformed => OperationOutcome.IssueType.Structure,
            ValidationCode.Contradiction or ValidationCode.OutOfOrder => OperationOutcome.IssueType.BusinessRule,
            _ => OperationOutcome.IssueType.Invalid,
        }, error.Message, error.Path);
        issue.Details = new CodeableConcept { Text = Problems.Code(error.Code) };
        return issue;
    }

    private static OperationOutcome.IssueComponent Issue(OperationOutcome.IssueType type, string diagnostics, string? expression = null)
    {
        var issue = new OperationOutcome.IssueComponent { Severity = OperationOutcome.IssueSeverity.Error, Code = type, Diagnostics = diagnostics };
        if (expression is not null)
        {
            issue.Expression = [expression];
        }

        return issue;
    }
}
