using BackPain.Core;
using System.Net;
using System.Text.Json.Nodes;
using BackPain.Core.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackPain.Samples.Web.Tests.Api;

/// <summary><c>POST /api/plans</c>: a report or an assessment, a history, a start date and a length in; the plan out.</summary>
public sealed class PlansEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Url = "/api/plans";
    private static readonly DateOnly Start = new(2026, 12, 1);
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_ReportStartAndDays_AnswersThePlanTheLibraryMakes()
    {
        var report = Reports.PulledMuscle();
        var body = Request(report: BackPainJson.Serialize(report), start: "2026-12-01", days: 14);

        using var response = await _client.PostJsonAsync(Url, body);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var expected = RecoveryPlanner.Default.Plan(BackPainAssessor.Default.Assess(report), TrainingHistory.Empty, new PlanRequest(Start, Days.Of(14)));
        (await response.Content.ReadAsStringAsync()).Should().BeTheSameJsonAs(BackPainJson.Serialize(expected));
        var plan = await response.ReadJsonAsync();
        plan.GetProperty("days").GetArrayLength().Should().Be(14);
        plan.GetProperty("days")[0].GetProperty("date").GetString().Should().Be("2026-12-01");
    }

    [Fact]
    public async Task Post_WithoutDays_Plans28Days()
    {
        using var response = await _client.PostJsonAsync(Url, Request(report: BackPainJson.Serialize(Reports.Doms()), start: "2026-12-01"));

        var plan = await response.ReadJsonAsync();
        plan.GetProperty("days").GetArrayLength().Should().Be(PlanRequest.DefaultLength.Count);
    }

    [Fact]
    public async Task Post_AnEarlierAssessmentInsteadOfAReport_GivesTheSamePlan()
    {
        var report = Reports.PulledMuscle();
        var assessment = BackPainJson.Serialize(BackPainAssessor.Default.Assess(report));

        using var fromReport = await _client.PostJsonAsync(Url, Request(report: BackPainJson.Serialize(report), start: "2026-12-01", days: 7));
        using var fromAssessment = await _client.PostJsonAsync(Url, Request(assessment: assessment, start: "2026-12-01", days: 7));

        fromAssessment.StatusCode.Should().Be(HttpStatusCode.OK);
        (await fromAssessment.Content.ReadAsStringAsync()).Should().Be(await fromReport.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_History_RestsTheMusclesItTrained()
    {
        var history = new TrainingHistory([new Workout(Start.AddDays(-1), [Exercise.BenchPress], rpe: 9)]);
        var body = Request(report: BackPainJson.Serialize(Reports.Doms()), history: BackPainJson.Serialize(history), start: "2026-12-01", days: 7);

        using var response = await _client.PostJsonAsync(Url, body);

        var plan = BackPainJson.DeserializePlan(await response.Content.ReadAsStringAsync());
        plan.History.Should().Be(history);
        plan.MayTrain(MuscleGroup.Chest, Start).IsAllowed.Should().BeFalse();
    }

    [Fact]
    public async Task Post_BadReportHistoryStartAndDays_Returns400NamingEveryPath()
    {
        const string Body = """
            {
              "report": { "severity": 11, "age": 300 },
              "history": { "workouts": [ { "date": "2026-11-30", "exercises": [ "squat" ], "rpe": 20 } ] },
              "start": "1 December",
              "lengthDays": 400
            }
            """;

        using var response = await _client.PostJsonAsync(Url, Body);

        var problem = await response.ReadProblemAsync(400);
        problem.ErrorPaths().Should().BeEquivalentTo("$.report.severity", "$.report.age", "$.history.workouts[0].rpe", "$.start", "$.lengthDays");
        problem.ErrorCodes().Should().Equal(new Dictionary<string, string>
        {
            ["$.report.severity"] = "outOfRange",
            ["$.report.age"] = "outOfRange",
            ["$.history.workouts[0].rpe"] = "outOfRange",
            ["$.start"] = "malformed",
            ["$.lengthDays"] = "outOfRange",
        });
    }

    [Fact]
    public async Task Post_NeitherReportNorStart_Returns400NamingBoth()
    {
        using var response = await _client.PostJsonAsync(Url, "{}");

        var problem = await response.ReadProblemAsync(400);
        problem.ErrorPaths().Should().BeEquivalentTo("$.report", "$.start");
        problem.ErrorCodes().Values.Should().AllBe("required");
    }

    [Fact]
    public async Task Post_StartTooCloseToTheEndOfTheCalendar_Returns400NamingTheStartAndTheLatestAllowed()
    {
        using var response = await _client.PostJsonAsync(Url, Request(report: BackPainJson.Serialize(Reports.Doms()), start: "9999-12-01", days: 7));

        var problem = await response.ReadProblemAsync(400);
        problem.ErrorCodes().Should().Equal(new Dictionary<string, string> { ["$.start"] = "outOfRange" });
        problem.GetProperty("errors").GetProperty("$.start")[0].GetString().Should().Contain(PlanRequest.MaxStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Post_BothAReportAndAnAssessment_Returns400()
    {
        var report = Reports.Doms();
        var body = Request(report: BackPainJson.Serialize(report), assessment: BackPainJson.Serialize(BackPainAssessor.Default.Assess(report)), start: "2026-12-01");

        using var response = await _client.PostJsonAsync(Url, body);

        var problem = await response.ReadProblemAsync(400);
        problem.ErrorPaths().Should().Equal("$");
    }

    [Fact]
    public async Task Post_DuplicateProperty_Returns400()
    {
        using var response = await _client.PostJsonAsync(Url, """{ "start": "2026-12-01", "start": "2026-12-02", "report": { "severity": 2 } }""");

        await response.ReadProblemAsync(400);
    }

    internal static string Request(string? report = null, string? assessment = null, string? history = null, string? start = null, int? days = null)
    {
        var body = new JsonObject();
        if (report is not null)
        {
            body["report"] = JsonNode.Parse(report);
        }

        if (assessment is not null)
        {
            body["assessment"] = JsonNode.Parse(assessment);
        }

        if (history is not null)
        {
            body["history"] = JsonNode.Parse(history);
        }

        if (start is not null)
        {
            body["start"] = start;
        }

        if (days is not null)
        {
            body["lengthDays"] = days;
        }

        return body.ToJsonString();
    }
}
