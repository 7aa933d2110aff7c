using BackPain.Core;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackPain.Samples.Web.Tests.Api;

/// <summary>What the site serves besides the three endpoints: the page, the catalogue, the OpenAPI document and its UI.</summary>
public sealed class SiteTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Root_ServesThePageWithTheDisclaimerAndAStrictContentSecurityPolicy()
    {
        using var response = await _client.GetAsync(new Uri("/", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.Should().Be("text/html");
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("Not a diagnosis").And.Contain("<html lang=\"en\">").And.Contain("name=\"viewport\"");
        response.Headers.GetValues("Content-Security-Policy").Single().Should().StartWith("default-src 'self'");
    }

    [Theory]
    [InlineData("/app.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    [InlineData("/i18n/en.json", "application/json")]
    [InlineData("/i18n/de.json", "application/json")]
    [InlineData("/i18n/es.json", "application/json")]
    public async Task PageAssets_AreServed(string path, string mediaType)
    {
        using var response = await _client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.Should().Be(mediaType);
    }

    [Fact]
    public async Task Catalogue_ListsTheLibrarysRedFlagQuestionsAndExercisesWithTheirNames()
    {
        using var response = await _client.GetAsync(new Uri("/api/catalogue", UriKind.Relative));

        var catalogue = await response.ReadJsonAsync();
        catalogue.GetProperty("redFlagQuestions").EnumerateArray().Select(q => q.GetProperty("id").GetString())
            .Should().Equal(Symptom.RedFlagQuestions.Select(s => s.Id));
        catalogue.GetProperty("exercises").EnumerateArray().Select(e => e.GetProperty("name").GetString())
            .Should().Equal(Exercise.All.Select(e => e.Name));
        catalogue.GetProperty("triageLevels").EnumerateArray().Select(t => t.GetProperty("id").GetString())
            .Should().Equal(TriageLevel.All.Select(t => t.Id));
    }

    [Fact]
    public async Task Catalogue_ListsTheFindingsACheckInMayReportWithTheLevelOfEachWarningSign()
    {
        using var response = await _client.GetAsync(new Uri("/api/catalogue", UriKind.Relative));

        var findings = (await response.ReadJsonAsync()).GetProperty("checkInSymptoms").EnumerateArray().ToList();
        findings.Select(f => f.GetProperty("id").GetString()).Should().Equal(CheckInReport.SymptomsAllowed.Select(s => s.Id));
        findings.Select(f => f.GetProperty("name").GetString()).Should().Equal(CheckInReport.SymptomsAllowed.Select(s => s.Text));
        findings.Select(f => f.GetProperty("level").ValueKind == JsonValueKind.Null ? null : f.GetProperty("level").GetString())
            .Should().Equal(CheckInReport.SymptomsAllowed.Select(s => s.RedFlagLevel?.Id));
    }

    [Fact]
    public async Task OpenApiCheckInExample_SendsAClearanceScopeAFindingAndCausesRuledOutAndConfirmed()
    {
        using var response = await _client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        var body = (await response.ReadJsonAsync()).GetProperty("paths").GetProperty("/api/plans/check-ins").GetProperty("post").GetProperty("requestBody");
        var checkIn = body.GetProperty("content").GetProperty("application/json").GetProperty("example").GetProperty("checkIn");
        checkIn.GetProperty("clearance").GetString().Should().Be("lightActivity");
        checkIn.GetProperty("newSymptoms").GetArrayLength().Should().BePositive();
        checkIn.GetProperty("causesRuledOut").GetArrayLength().Should().BePositive();
        checkIn.GetProperty("causesConfirmed").GetArrayLength().Should().BePositive();
        var description = body.GetProperty("description").GetString();
        foreach (var field in new[] { "clearance", "newSymptoms", "causesRuledOut", "causesConfirmed" })
        {
            description.Should().Contain(field);
        }
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheThreeEndpointsWithExamplesAndProblemAnswers()
    {
        using var response = await _client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var document = await response.ReadJsonAsync();
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/assessments", "/api/plans", "/api/plans/check-ins" })
        {
            var post = paths.GetProperty(path).GetProperty("post");
            var example = post.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example");
            example.ValueKind.Should().Be(JsonValueKind.Object, path);
            var responses = post.GetProperty("responses");
            responses.TryGetProperty("200", out _).Should().BeTrue(path);
            responses.GetProperty("400").GetProperty("content").TryGetProperty("application/problem+json", out _).Should().BeTrue(path);
            responses.TryGetProperty("413", out _).Should().BeTrue(path);
        }
    }

    [Fact]
    public async Task OpenApiExamples_AreAcceptedByTheirOwnEndpoints()
    {
        using var documentResponse = await _client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative));
        var paths = (await documentResponse.ReadJsonAsync()).GetProperty("paths");

        foreach (var path in new[] { "/api/assessments", "/api/plans", "/api/plans/check-ins" })
        {
            var example = paths.GetProperty(path).GetProperty("post").GetProperty("requestBody").GetProperty("content")
                .GetProperty("application/json").GetProperty("example").GetRawText();
            using var response = await _client.PostJsonAsync(path, example);
            response.StatusCode.Should().Be(HttpStatusCode.OK, path);
        }
    }

    [Fact]
    public async Task ApiReference_IsServedAtScalar()
    {
        using var response = await _client.GetAsync(new Uri("/scalar/", UriKind.Relative));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("openapi/v1.json");
    }
}
