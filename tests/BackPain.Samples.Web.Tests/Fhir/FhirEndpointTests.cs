using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BackPain.Core;
using BackPain.Core.Fhir;
using BackPain.Samples.Web.Api;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;
using Task = System.Threading.Tasks.Task;

namespace BackPain.Samples.Web.Tests.Fhir;

/// <summary>
/// The FHIR endpoints: the questionnaires and the code system a clinic system loads, and
/// <c>POST /fhir/QuestionnaireResponse/$assess</c>, a person's answers in and the assessment (and plan) out as a Bundle.
/// </summary>
public sealed class FhirEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string CodeSystem = "https://backpain-core.invalid/fhir/CodeSystem/backpain-core";
    private static readonly FhirJsonDeserializer Parser = new();
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("/fhir/Questionnaire/backpain-symptom-report", "Questionnaire-backpain-symptom-report.json")]
    [InlineData("/fhir/Questionnaire/backpain-check-in", "Questionnaire-backpain-check-in.json")]
    [InlineData("/fhir/CodeSystem/backpain-core", "CodeSystem-backpain-core.json")]
    public async Task Get_Resource_IsTheCommittedFileTheFhirTestsValidate(string url, string file)
    {
        using var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.Should().Be(FhirApi.MediaType);
        JsonNode.DeepEquals(JsonNode.Parse(await response.Content.ReadAsStringAsync()), Committed(file))
            .Should().BeTrue($"{url} should serve fhir/{file}, which validates against the R4 specification");
    }

    [Theory]
    [InlineData("/fhir/Questionnaire/backpain-symptom-report", "de-DE,de;q=0.9", "Questionnaire-backpain-symptom-report.de.json", "de")]
    [InlineData("/fhir/Questionnaire/backpain-check-in", "es", "Questionnaire-backpain-check-in.es.json", "es")]
    [InlineData("/fhir/Questionnaire/backpain-symptom-report", "fr", "Questionnaire-backpain-symptom-report.json", "en")]
    public async Task Get_Questionnaire_IsInTheLanguageOfAcceptLanguage(string url, string acceptLanguage, string file, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add("Accept-Language", acceptLanguage);

        using var response = await _client.SendAsync(request);

        response.Content.Headers.ContentLanguage.Should().Equal(language);
        response.Headers.Vary.Should().Contain("Accept-Language");
        var questionnaire = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        questionnaire!["language"]!.GetValue<string>().Should().Be(language);
        JsonNode.DeepEquals(questionnaire, Committed(file)).Should().BeTrue($"the answer should be fhir/{file}");
    }

    [Fact]
    public async Task Assess_PulledMuscleResponseWithStart_AnswersABundleWithTheRiskAssessmentAndTheCarePlanForTheSubject()
    {
        using var response = await AssessAsync(Answers(Reports.PulledMuscle()), "?start=2026-12-01&lengthDays=14");

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.Should().Be(FhirApi.MediaType);
        response.Content.Headers.ContentLanguage.Should().Equal("en");
        var bundle = await ReadAsync<Bundle>(response);
        bundle.Type.Should().Be(Bundle.BundleType.Collection);
        var risk = bundle.Entry.Select(e => e.Resource).OfType<RiskAssessment>().Should().ContainSingle().Subject;
        risk.Subject.Reference.Should().Be("Patient/123");
        risk.Basis.Should().ContainSingle().Which.Reference.Should().Be("QuestionnaireResponse/answers-1");
        risk.Prediction[0].Outcome!.Coding.Should().ContainSingle().Which.Code.Should().Be("cause.pulledMuscle");
        var carePlan = bundle.Entry.Select(e => e.Resource).OfType<CarePlan>().Should().ContainSingle().Subject;
        carePlan.Subject.Reference.Should().Be("Patient/123");
        carePlan.Period!.Start.Should().Be("2026-12-01");
        carePlan.Period.End.Should().Be("2026-12-14");
        // A pulled muscle holds core work (domain.md): the plan says so as a prohibition.
        carePlan.Activity.Should().Contain(a => a.Detail!.DoNotPerform == true && a.Detail.Code!.Coding[0].Code == "restriction.noCoreWorkUntilHealed");
        bundle.Entry.Select(e => e.Resource).OfType<Flag>().Should().BeEmpty("a pulled muscle without red flags is not urgent");
    }

    [Fact]
    public async Task Assess_WithoutStart_AnswersTheAssessmentAloneWithNoCarePlan()
    {
        using var response = await AssessAsync(Answers(Reports.Doms()));

        var bundle = await ReadAsync<Bundle>(response);
        bundle.Entry.Select(e => e.Resource).Should().ContainSingle().Which.Should().BeOfType<RiskAssessment>();
    }

    [Fact]
    public async Task Assess_RedFlagStory_AnswersAFlagAStatServiceRequestAndAnObservationPerRedFlag()
    {
        // Saddle numbness and bladder problems are cauda equina signs: an emergency (domain.md §4).
        using var response = await AssessAsync(Answers(Reports.RedFlag()), "?start=2026-12-01");

        var resources = (await ReadAsync<Bundle>(response)).Entry.Select(e => e.Resource).ToList();
        var flag = resources.OfType<Flag>().Should().ContainSingle().Subject;
        flag.Status.Should().Be(Flag.FlagStatus.Active);
        flag.Code.Coding.Should().ContainSingle().Which.Code.Should().Be("triageLevel.emergency");
        flag.Subject.Reference.Should().Be("Patient/123");
        var request = resources.OfType<ServiceRequest>().Should().ContainSingle().Subject;
        request.Priority.Should().Be(RequestPriority.Stat);
        // The two reported, and what the other answers make red flags (domain.md §4): both legs, getting worse.
        resources.OfType<Observation>().Select(o => o.Code.Coding[0].Code).Should().BeEquivalentTo(
            "symptom.saddleNumbness", "symptom.bladderProblems", "symptom.numbnessBothLegs", "symptom.gettingWorse");
    }

    [Fact]
    public async Task Assess_SameAnswersForTwoPatients_GiveEachItsOwnResourceIds_AndTheSamePatientTheSameIdsAgain()
    {
        var other = JsonNode.Parse(Answers(Reports.PulledMuscle()))!;
        other["subject"]!["reference"] = "Patient/456";

        var first = await FullUrlsAsync(Answers(Reports.PulledMuscle()));
        var again = await FullUrlsAsync(Answers(Reports.PulledMuscle()));
        var otherPatient = await FullUrlsAsync(other.ToJsonString());

        again.Should().Equal(first, "posting the same answers again must not make a second record");
        otherPatient.Should().NotIntersectWith(first, "two patients' records must never share a resource id");
    }

    [Fact]
    public async Task Assess_AcceptLanguageGerman_AnswersTheGermanTexts()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(FhirApi.AssessRoute, UriKind.Relative))
        {
            Content = new StringContent(Answers(Reports.PulledMuscle()), Encoding.UTF8, FhirApi.MediaType),
        };
        request.Headers.Add("Accept-Language", "de");

        using var response = await _client.SendAsync(request);

        response.Content.Headers.ContentLanguage.Should().Equal("de");
        var risk = (await ReadAsync<Bundle>(response)).Entry.Select(e => e.Resource).OfType<RiskAssessment>().Single();
        var english = (await ReadAsync<Bundle>(await AssessAsync(Answers(Reports.PulledMuscle())))).Entry.Select(e => e.Resource).OfType<RiskAssessment>().Single();
        risk.Note.Single().Text.Should().NotBe(english.Note.Single().Text, "the disclaimer is in German");
        risk.Prediction[0].Rationale.Should().NotBe(english.Prediction[0].Rationale);
    }

    [Fact]
    public async Task Assess_ResponseThatDoesNotFit_Returns400OperationOutcomeListingEveryProblemByLinkId()
    {
        var answers = QuestionnaireResponses.FromSymptomReport(Reports.PulledMuscle());
        answers.Questionnaire = BackPainQuestionnaires.SymptomReportUrl + "|0.0.1";
        answers.Item.Single(i => i.LinkId == "severity").Answer[0].Value = new Integer(11);
        answers.Item.Single(i => i.LinkId == "exercises").Answer[1].Value = new Coding(CodeSystem, "exercise.cartwheel");
        answers.Item.Add(new QuestionnaireResponse.ItemComponent { LinkId = "mood", Answer = [new() { Value = new FhirString("grumpy") }] });

        using var response = await AssessAsync(answers.ToJson(), "?start=2026-12-01&lengthDays=400");

        var outcome = await ReadOutcomeAsync(response);
        outcome.Issue.Should().OnlyContain(i => i.Severity == OperationOutcome.IssueSeverity.Error && !string.IsNullOrEmpty(i.Diagnostics));
        outcome.Issue.Select(i => i.Expression.Single()).Should().BeEquivalentTo(
            "questionnaire", "subject", "severity", "exercises[1]", "mood", "lengthDays");
        Diagnostics(outcome, "severity").Should().Contain("between 0 and 10");
        Diagnostics(outcome, "exercises[1]").Should().Contain("cartwheel");
        Diagnostics(outcome, "lengthDays").Should().Contain("1 to 365");
        outcome.Issue.Single(i => i.Expression.Single() == "severity").Details!.Text.Should().Be("outOfRange");
    }

    [Theory]
    [InlineData("""{ "resourceType": "QuestionnaireResponse", "status": """)]
    [InlineData("not json")]
    public async Task Assess_MalformedJson_Returns400OperationOutcome(string body)
    {
        using var response = await AssessAsync(body);

        var outcome = await ReadOutcomeAsync(response);
        outcome.Issue.Should().ContainSingle().Which.Code.Should().Be(OperationOutcome.IssueType.Structure);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("""[{ "resourceType": "QuestionnaireResponse" }]""")]
    [InlineData("123")]
    [InlineData("""{ "resourceType": "QuestionnaireResponse", "status": "completed" } { "a": 1 }""")]
    public async Task Assess_BodyThatIsNotOneJsonObject_Returns400OperationOutcome(string body)
    {
        // An array made the FHIR parser throw (a 500), and content after the resource was ignored.
        using var response = await AssessAsync(body);

        var outcome = await ReadOutcomeAsync(response);
        outcome.Issue.Should().ContainSingle().Which.Code.Should().Be(OperationOutcome.IssueType.Structure);
    }

    [Fact]
    public async Task Assess_SubjectIdentifierWithoutAValue_Returns400NamingTheSubject()
    {
        // An identifier with a system and no value names no one: the record could not be filed.
        var answers = System.Text.Json.Nodes.JsonNode.Parse(Answers(Reports.PulledMuscle()))!;
        answers["subject"] = System.Text.Json.Nodes.JsonNode.Parse("""{ "identifier": { "system": "urn:example:patients" } }""");

        using var response = await AssessAsync(answers.ToJsonString());

        (await ReadOutcomeAsync(response)).Issue.Should().ContainSingle().Which.Expression.Should().Equal("subject");
    }

    [Fact]
    public async Task Assess_OtherResourceOrUnknownElement_Returns400OperationOutcomeNamingIt()
    {
        using var patient = await AssessAsync("""{ "resourceType": "Patient", "active": true }""");
        using var misspelt = await AssessAsync("""{ "resourceType": "QuestionnaireResponse", "status": "completed", "stauts": "completed" }""");

        (await ReadOutcomeAsync(patient)).Issue.Should().ContainSingle().Which.Expression.Should().Equal("resourceType");
        (await ReadOutcomeAsync(misspelt)).Issue.Should().Contain(i => i.Diagnostics!.Contains("stauts", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Assess_TextPlain_Returns415OperationOutcome()
    {
        using var content = new StringContent(Answers(Reports.Doms()), Encoding.UTF8, "text/plain");

        using var response = await _client.PostAsync(new Uri(FhirApi.AssessRoute, UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        (await ReadAsync<OperationOutcome>(response)).Issue.Should().ContainSingle().Which.Diagnostics.Should().Contain(FhirApi.MediaType);
    }

    /// <summary>The report as a completed response about <c>Patient/123</c>, as a clinic system would send it.</summary>
    internal static string Answers(SymptomReport report)
    {
        var response = QuestionnaireResponses.FromSymptomReport(report);
        response.Id = "answers-1";
        response.Subject = new ResourceReference("Patient/123");
        return response.ToJson();
    }

    private async Task<List<string>> FullUrlsAsync(string answers)
    {
        using var response = await AssessAsync(answers, "?start=2026-12-01");
        return [.. (await ReadAsync<Bundle>(response)).Entry.Select(e => e.FullUrl!)];
    }

    private static JsonNode? Committed(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "fhir", file)));

    private static string Diagnostics(OperationOutcome outcome, string expression) => outcome.Issue.Single(i => i.Expression.Single() == expression).Diagnostics!;

    private Task<HttpResponseMessage> AssessAsync(string body, string query = "")
    {
        var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue(FhirApi.MediaType);
        return _client.PostAsync(new Uri(FhirApi.AssessRoute + query, UriKind.Relative), content);
    }

    private static async Task<OperationOutcome> ReadOutcomeAsync(HttpResponseMessage response)
    {
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType?.MediaType.Should().Be(FhirApi.MediaType);
        return await ReadAsync<OperationOutcome>(response);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response)
        where T : Resource
        => Parser.Deserialize<T>(await response.Content.ReadAsStringAsync());
}
