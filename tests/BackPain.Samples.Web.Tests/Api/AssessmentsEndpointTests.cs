using BackPain.Core;
using System.Net;
using BackPain.Core.Serialization;
using BackPain.Samples.Web.Api;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackPain.Samples.Web.Tests.Api;

/// <summary><c>POST /api/assessments</c>: a symptom report in, the assessment out, in BackPainJson's format.</summary>
public sealed class AssessmentsEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Url = "/api/assessments";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_DomsReport_Returns200WithTriageSelfCareAndDomsMostLikely()
    {
        using var response = await _client.PostJsonAsync(Url, BackPainJson.Serialize(Reports.Doms()));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        var assessment = await response.ReadJsonAsync();
        assessment.GetProperty("triage").GetProperty("level").GetString().Should().Be("selfCare");
        assessment.GetProperty("causes")[0].GetProperty("cause").GetString().Should().Be("doms");
        assessment.GetProperty("disclaimer").GetString().Should().Contain("not a diagnosis");
    }

    [Fact]
    public async Task Post_AnyReport_AnswersExactlyWhatTheLibraryWrites()
    {
        var report = Reports.PulledMuscle();

        using var response = await _client.PostJsonAsync(Url, BackPainJson.Serialize(report));

        var body = await response.Content.ReadAsStringAsync();
        body.Should().BeTheSameJsonAs(BackPainJson.Serialize(BackPainAssessor.Default.Assess(report)));
        BackPainJson.DeserializeAssessment(body).Should().Be(BackPainAssessor.Default.Assess(report));
    }

    [Fact]
    public async Task Post_Severity11AndAge300_Returns400ProblemDetailsNamingBothPaths()
    {
        using var response = await _client.PostJsonAsync(Url, """{ "severity": 11, "age": 300 }""");

        var problem = await response.ReadProblemAsync(400);
        problem.GetProperty("title").GetString().Should().Be(Problems.InvalidTitle);
        problem.ErrorPaths().Should().BeEquivalentTo("$.severity", "$.age");
        problem.GetProperty("errors").GetProperty("$.severity")[0].GetString().Should().Contain("between 0 and 10");
        problem.GetProperty("errors").GetProperty("$.age")[0].GetString().Should().Contain("between 0 and 130");
        problem.ErrorCodes().Should().Equal(new Dictionary<string, string> { ["$.severity"] = "outOfRange", ["$.age"] = "outOfRange" });
    }

    [Fact]
    public async Task Post_UnknownExerciseId_Returns400NamingTheExercise()
    {
        using var response = await _client.PostJsonAsync(Url, """{ "severity": 4, "exercises": [ "squat", "cartwheel" ] }""");

        var problem = await response.ReadProblemAsync(400);
        problem.ErrorPaths().Should().ContainSingle().Which.Should().Be("$.exercises[1]");
        problem.GetProperty("errors").GetProperty("$.exercises[1]")[0].GetString().Should().Contain("cartwheel");
        problem.ErrorCodes()["$.exercises[1]"].Should().Be("unknownId");
    }

    [Theory]
    [InlineData("{ \"severity\": ")]
    [InlineData("[]")]
    [InlineData("null")]
    public async Task Post_BodyThatIsNotAReportObject_Returns400(string json)
    {
        using var response = await _client.PostJsonAsync(Url, json);

        var problem = await response.ReadProblemAsync(400);
        problem.ErrorPaths().Should().NotBeEmpty().And.OnlyContain(path => path.StartsWith('$'));
    }

    [Fact]
    public async Task Post_TextPlain_Returns415ProblemDetails()
    {
        using var content = new StringContent(BackPainJson.Serialize(Reports.Doms()), System.Text.Encoding.UTF8, "text/plain");
        using var response = await _client.PostAsync(new Uri(Url, UriKind.Relative), content);

        var problem = await response.ReadProblemAsync(415);
        problem.GetProperty("detail").GetString().Should().Contain("application/json");
    }

    [Fact]
    public async Task Post_RedFlagAnswer_ComesBackAsARedFlagWithItsLevel()
    {
        using var response = await _client.PostJsonAsync(Url, BackPainJson.Serialize(Reports.PulledMuscleWithFever()));

        var assessment = await response.ReadJsonAsync();
        var flag = assessment.GetProperty("redFlags")[0];
        flag.GetProperty("symptom").GetString().Should().Be(Symptom.Fever.Id);
        flag.GetProperty("level").GetString().Should().Be(TriageLevel.SeeDoctorUrgently.Id);
        assessment.GetProperty("triage").GetProperty("level").GetString().Should().Be(TriageLevel.SeeDoctorUrgently.Id);
    }
}
