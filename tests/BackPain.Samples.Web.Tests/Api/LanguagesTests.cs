using System.Globalization;
using System.Net;
using BackPain.Core;
using BackPain.Core.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackPain.Samples.Web.Tests.Api;

/// <summary>The API answers in the language of <c>Accept-Language</c> (English, German or Spanish; English otherwise) and says which.</summary>
public sealed class LanguagesTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly DateOnly Start = new(2026, 12, 1);
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Assess_AcceptLanguageGerman_AnswersTheGermanAssessmentWithNoEnglishDisclaimer()
    {
        var report = Reports.PulledMuscle();

        using var response = await SendAsync("/api/assessments", BackPainJson.Serialize(report), "de-DE,de;q=0.9,en;q=0.5");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLanguage.Should().Equal("de");
        var german = Assessor(German).Assess(report);
        var english = BackPainAssessor.Default.Assess(report);
        var body = await response.Content.ReadAsStringAsync();
        body.Should().BeTheSameJsonAs(BackPainJson.Serialize(german));
        var answer = BackPainJson.DeserializeAssessment(body);
        answer.Summary.Should().NotIntersectWith(english.Summary);
        answer.Triage.Reason.Should().NotBe(english.Triage.Reason);
        answer.Disclaimer.Should().NotBe(english.Disclaimer).And.NotContain("not a diagnosis");
    }

    [Theory]
    [InlineData("fr-FR")]
    [InlineData("")]
    public async Task Assess_LanguageNotShippedOrNone_AnswersInEnglish(string acceptLanguage)
    {
        var report = Reports.PulledMuscle();

        using var response = await SendAsync("/api/assessments", BackPainJson.Serialize(report), acceptLanguage);

        response.Content.Headers.ContentLanguage.Should().Equal("en");
        (await response.Content.ReadAsStringAsync()).Should().BeTheSameJsonAs(BackPainJson.Serialize(BackPainAssessor.Default.Assess(report)));
    }

    [Fact]
    public async Task Plan_AcceptLanguageSpanish_AnswersTheSpanishPlan()
    {
        var report = Reports.PulledMuscle();

        using var response = await SendAsync("/api/plans", PlansEndpointTests.Request(report: BackPainJson.Serialize(report), start: "2026-12-01", days: 14), "es");

        response.Content.Headers.ContentLanguage.Should().Equal("es");
        var expected = RecoveryPlanner.Default.Plan(Assessor(CultureInfo.GetCultureInfo("es")).Assess(report), TrainingHistory.Empty, new PlanRequest(Start, Days.Of(14)));
        (await response.Content.ReadAsStringAsync()).Should().BeTheSameJsonAs(BackPainJson.Serialize(expected));
    }

    [Fact]
    public async Task CheckIn_GermanPlanAskedInSpanish_StaysInThePlansGerman()
    {
        var report = Reports.PulledMuscle();
        using var planned = await SendAsync("/api/plans", PlansEndpointTests.Request(report: BackPainJson.Serialize(report), start: "2026-12-01", days: 28), "de");
        var checkIn = new CheckInReport(Start.AddDays(7), pain: 0, Trend.Better);

        using var response = await SendAsync(
            "/api/plans/check-ins", CheckInsEndpointTests.Body(await planned.Content.ReadAsStringAsync(), BackPainJson.Serialize(checkIn)), "es");

        response.Content.Headers.ContentLanguage.Should().Equal("de");
        var expected = RecoveryPlanner.Default.Plan(Assessor(German).Assess(report), TrainingHistory.Empty, new PlanRequest(Start, Days.Of(28))).CheckIn(checkIn);
        (await response.Content.ReadAsStringAsync()).Should().BeTheSameJsonAs(BackPainJson.Serialize(expected));
    }

    [Fact]
    public async Task Calendar_GermanPlanAskedInEnglish_IsInThePlansGerman()
    {
        var plan = RecoveryPlanner.Default.Plan(Assessor(German).Assess(Reports.PulledMuscle()), TrainingHistory.Empty, new PlanRequest(Start, Days.Of(14)));

        using var response = await SendAsync("/api/plans/calendar", BackPainJson.Serialize(plan), "en");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLanguage.Should().Equal("de");
        (await response.Content.ReadAsStringAsync()).Should().Be(BackPain.Core.Calendar.PlanCalendar.ToICalendar(plan));
    }

    [Fact]
    public async Task Catalogue_AcceptLanguageGerman_NamesEveryCauseAndTriageLevelInGerman()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/catalogue", UriKind.Relative));
        request.Headers.AcceptLanguage.ParseAdd("de");

        using var response = await _client.SendAsync(request);

        response.Content.Headers.ContentLanguage.Should().Equal("de");
        response.Headers.Vary.Should().Contain("Accept-Language");
        var texts = Assessor(German).Assess(Reports.Doms()).Texts;
        var catalogue = await response.ReadJsonAsync();
        catalogue.GetProperty("causes").EnumerateArray().Select(c => c.GetProperty("name").GetString())
            .Should().Equal(Cause.All.Select(texts.Name)).And.NotIntersectWith(Cause.All.Select(c => c.Name));
        catalogue.GetProperty("triageLevels").EnumerateArray().Select(t => t.GetProperty("name").GetString())
            .Should().Equal(TriageLevel.All.Select(texts.Text)).And.NotIntersectWith(TriageLevel.All.Select(t => t.Text));
    }

    [Fact]
    public async Task Assess_InvalidReportInGerman_AnswersTheLibrarysGermanMessageAndTheSameCode()
    {
        // The request's UI culture (UseRequestLocalization) is the library's choice for validation messages.
        using var response = await SendAsync("/api/assessments", """{ "severity": 11 }""", "de");

        var problem = await response.ReadProblemAsync(400);
        problem.GetProperty("errors").GetProperty("$.severity")[0].GetString().Should().Contain("zwischen 0 und 10");
        problem.ErrorCodes()["$.severity"].Should().Be("outOfRange");
    }

    private static BackPainAssessor Assessor(CultureInfo culture) => new(new AssessorOptions { Culture = culture });

    private async Task<HttpResponseMessage> SendAsync(string url, string json, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative))
        {
            Content = new StringContent(json, System.Text.Encoding.UTF8, "application/json"),
        };
        if (acceptLanguage.Length > 0)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage).Should().BeTrue();
        }

        return await _client.SendAsync(request);
    }
}
