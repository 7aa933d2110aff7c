using BackPain.Core;
using System.Net;
using System.Text.Json.Nodes;
using BackPain.Core.Serialization;
using BackPain.Samples.Web.Api;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackPain.Samples.Web.Tests.Api;

/// <summary><c>POST /api/plans/check-ins</c>: a plan and a check-in in; the updated plan out.</summary>
public sealed class CheckInsEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Url = "/api/plans/check-ins";
    private static readonly DateOnly Start = new(2026, 12, 1);
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_PlanFromTheApiAndACheckIn_RoundTripsToTheLibrarysUpdatedPlan()
    {
        var report = Reports.PulledMuscle();
        using var planned = await _client.PostJsonAsync("/api/plans", PlansEndpointTests.Request(report: BackPainJson.Serialize(report), start: "2026-12-01", days: 28));
        var planJson = await planned.Content.ReadAsStringAsync();
        var checkIn = new CheckInReport(Start.AddDays(7), pain: 0, Trend.Better);

        using var response = await _client.PostJsonAsync(Url, Body(planJson, BackPainJson.Serialize(checkIn)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var expected = RecoveryPlanner.Default
            .Plan(BackPainAssessor.Default.Assess(report), TrainingHistory.Empty, new PlanRequest(Start, Days.Of(28)))
            .CheckIn(checkIn);
        var updatedJson = await response.Content.ReadAsStringAsync();
        updatedJson.Should().BeTheSameJsonAs(BackPainJson.Serialize(expected));
        var updated = BackPainJson.DeserializePlan(updatedJson);
        updated.CheckInReports.Should().Equal(checkIn);
        updated.Should().Be(expected);
    }

    [Fact]
    public async Task Post_TwoCheckInsInTurn_KeepsBoth()
    {
        using var planned = await _client.PostJsonAsync("/api/plans", PlansEndpointTests.Request(report: BackPainJson.Serialize(Reports.Doms()), start: "2026-12-01", days: 14));
        var plan = await planned.Content.ReadAsStringAsync();

        foreach (var checkIn in new[] { new CheckInReport(Start.AddDays(1), 2, Trend.Better), new CheckInReport(Start.AddDays(6), 0, Trend.Better) })
        {
            using var response = await _client.PostJsonAsync(Url, Body(plan, BackPainJson.Serialize(checkIn)));
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            plan = await response.Content.ReadAsStringAsync();
        }

        BackPainJson.DeserializePlan(plan).CheckInReports.Select(c => c.Date).Should().Equal(Start.AddDays(1), Start.AddDays(6));
    }

    [Fact]
    public async Task Post_CheckInWithAClearanceScopeFindingsAndCauses_IsRecordedAsSent()
    {
        const string CheckIn = """
            { "date": "2026-12-08", "pain": 1, "trend": "better", "clearance": "lightActivity",
              "newSymptoms": ["painDownOneLeg"], "causesRuledOut": ["ligamentTear"], "causesConfirmed": ["slippedDisc"] }
            """;
        var report = Reports.PulledMuscle();
        using var planned = await _client.PostJsonAsync("/api/plans", PlansEndpointTests.Request(report: BackPainJson.Serialize(report), start: "2026-12-01", days: 28));

        using var response = await _client.PostJsonAsync(Url, Body(await planned.Content.ReadAsStringAsync(), CheckIn));

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var sent = new CheckInReport(
            Start.AddDays(7), 1, Trend.Better, Clearance.LightActivity, [Symptom.PainDownOneLeg], [Cause.LigamentTear], [Cause.SlippedDisc]);
        var expected = RecoveryPlanner.Default
            .Plan(BackPainAssessor.Default.Assess(report), TrainingHistory.Empty, new PlanRequest(Start, Days.Of(28)))
            .CheckIn(sent);
        var updatedJson = await response.Content.ReadAsStringAsync();
        updatedJson.Should().BeTheSameJsonAs(BackPainJson.Serialize(expected));
        BackPainJson.DeserializePlan(updatedJson).CheckInReports.Should().Equal(sent);
    }

    [Fact]
    public async Task Post_CheckIn_AnswersTheTriageInForceEachDayTheHighestSoFarAndTheDateItIsUpToDateOn()
    {
        using var planned = await _client.PostJsonAsync("/api/plans", PlansEndpointTests.Request(report: BackPainJson.Serialize(Reports.PulledMuscle()), start: "2026-12-01", days: 14));
        var checkIn = new CheckInReport(Start.AddDays(2), 5, Trend.Same, newSymptoms: [Symptom.Fever]);

        using var response = await _client.PostJsonAsync(Url, Body(await planned.Content.ReadAsStringAsync(), BackPainJson.Serialize(checkIn)));

        var plan = await response.ReadJsonAsync();
        var expected = BackPainJson.DeserializePlan(plan.GetRawText());
        plan.GetProperty("asOf").GetString().Should().Be("2026-12-03");
        plan.GetProperty("highestTriage").GetString().Should().Be(expected.HighestTriage.Id);
        plan.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("triage").GetString())
            .Should().Equal(expected.Days.Select(d => expected.TriageOn(d.Date).Id));
    }

    [Fact]
    public async Task Post_PainZeroAndWorse_Returns400NamingTheTrend()
    {
        using var planned = await _client.PostJsonAsync("/api/plans", PlansEndpointTests.Request(report: BackPainJson.Serialize(Reports.Doms()), start: "2026-12-01", days: 7));
        const string CheckIn = """{ "date": "2026-12-03", "pain": 0, "trend": "worse" }""";

        using var response = await _client.PostJsonAsync(Url, Body(await planned.Content.ReadAsStringAsync(), CheckIn));

        var problem = await response.ReadProblemAsync(400);
        problem.ErrorPaths().Should().Equal("$.checkIn.trend");
        problem.GetProperty("errors").GetProperty("$.checkIn.trend")[0].GetString().Should().Contain("pain is 0");
    }

    [Fact]
    public async Task Post_AClearanceThatIsNotAScope_Returns400NamingTheClearance()
    {
        using var planned = await _client.PostJsonAsync("/api/plans", PlansEndpointTests.Request(report: BackPainJson.Serialize(Reports.Doms()), start: "2026-12-01", days: 7));
        const string CheckIn = """{ "date": "2026-12-03", "pain": 2, "trend": "better", "clearance": "partly" }""";

        using var response = await _client.PostJsonAsync(Url, Body(await planned.Content.ReadAsStringAsync(), CheckIn));

        var problem = await response.ReadProblemAsync(400);
        problem.ErrorPaths().Should().Equal("$.checkIn.clearance");
    }

    [Fact]
    public async Task Post_AFindingACheckInCannotReportAndACauseBothRuledOutAndConfirmed_Returns400NamingBoth()
    {
        using var planned = await _client.PostJsonAsync("/api/plans", PlansEndpointTests.Request(report: BackPainJson.Serialize(Reports.Doms()), start: "2026-12-01", days: 7));
        const string CheckIn = """
            { "date": "2026-12-03", "pain": 2, "trend": "better",
              "newSymptoms": ["onsetDuringWorkout"], "causesRuledOut": ["doms"], "causesConfirmed": ["doms"] }
            """;

        using var response = await _client.PostJsonAsync(Url, Body(await planned.Content.ReadAsStringAsync(), CheckIn));

        var problem = await response.ReadProblemAsync(400);
        problem.ErrorCodes().Should().Equal(new Dictionary<string, string>
        {
            ["$.checkIn.newSymptoms[0]"] = "notAllowed",
            ["$.checkIn.causesConfirmed[0]"] = "contradiction",
        });
    }

    [Fact]
    public async Task Post_CheckInOutsideThePlan_Returns400NamingTheCheckInDate()
    {
        using var planned = await _client.PostJsonAsync("/api/plans", PlansEndpointTests.Request(report: BackPainJson.Serialize(Reports.Doms()), start: "2026-12-01", days: 7));
        var checkIn = new CheckInReport(Start.AddDays(30), 0, Trend.Better);

        using var response = await _client.PostJsonAsync(Url, Body(await planned.Content.ReadAsStringAsync(), BackPainJson.Serialize(checkIn)));

        var problem = await response.ReadProblemAsync(400);
        problem.ErrorPaths().Should().Equal("$.checkIn.date");
        problem.ErrorCodes()["$.checkIn.date"].Should().Be("outOfRange");
    }

    [Fact]
    public async Task Post_BadPlanAndBadCheckIn_Returns400NamingEveryProblemInBoth()
    {
        const string Body = """{ "plan": { "history": { "workouts": [] } }, "checkIn": { "date": "2026-12-02", "pain": 12 } }""";

        using var response = await _client.PostJsonAsync(Url, Body);

        var problem = await response.ReadProblemAsync(400);
        problem.ErrorCodes().Should().Equal(new Dictionary<string, string>
        {
            ["$.plan.assessment"] = "required",
            ["$.plan.request.start"] = "required",
            ["$.checkIn.pain"] = "outOfRange",
            ["$.checkIn.trend"] = "required",
        });
    }

    [Fact]
    public async Task Post_NothingAtAll_Returns400NamingPlanAndCheckIn()
    {
        using var response = await _client.PostJsonAsync(Url, "{}");

        var problem = await response.ReadProblemAsync(400);
        problem.ErrorPaths().Should().BeEquivalentTo("$.plan", "$.checkIn");
    }

    [Fact]
    public async Task Post_LongestPlanSentBackWhole_FitsUnderTheBodyLimit()
    {
        // The heaviest named case: a pulled muscle with a possible slipped disc, over the longest plan.
        var answers = Reports.PulledMuscle().ToBuilder();
        answers.HardToStandUp = true;
        var report = answers.Build();
        using var planned = await _client.PostJsonAsync("/api/plans", PlansEndpointTests.Request(report: BackPainJson.Serialize(report), start: "2026-12-01", days: PlanRequest.MaxLength));
        var plan = await planned.Content.ReadAsStringAsync();
        var body = Body(plan, BackPainJson.Serialize(new CheckInReport(Start.AddDays(2), 3, Trend.Better)));

        using var response = await _client.PostJsonAsync(Url, body);

        System.Text.Encoding.UTF8.GetByteCount(body).Should().BeLessThan(ApiLimits.MaxRequestBodyBytes);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    internal static string Body(string plan, string checkIn)
        => new JsonObject { ["plan"] = JsonNode.Parse(plan), ["checkIn"] = JsonNode.Parse(checkIn) }.ToJsonString();
}
