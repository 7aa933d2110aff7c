using BackPain.Core.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackPain.Samples.Web.Tests.Api;

/// <summary>
/// A misspelt field is a 400 naming it, never skipped: inside the library's documents (their readers) and in the
/// API's own bodies (<c>start</c>, <c>lengthDays</c>, <c>plan</c>, <c>checkIn</c>) alike.
/// </summary>
public sealed class UnknownFieldTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task PostAssessment_RedFlagsInAnotherCase_Returns400SayingRedFlagsWasMeant()
    {
        using var response = await _client.PostJsonAsync("/api/assessments", """{"severity": 3, "RedFlags": ["fever"]}""");

        var problem = await response.ReadProblemAsync(400);
        problem.ErrorCodes().Should().Equal(new Dictionary<string, string> { ["$.RedFlags"] = "notAllowed" });
        problem.GetProperty("errors").GetProperty("$.RedFlags")[0].GetString().Should().StartWith("is not a known field: did you mean redFlags?");
    }

    [Fact]
    public async Task PostPlan_MisspeltPartsAndAMisspeltRedFlagInTheReport_Returns400NamingEach()
    {
        const string Body = """{"report": {"severity": 3, "red_flags": ["fever"]}, "start": "2026-12-01", "lengthdays": 14, "histroy": {"workouts": []}}""";

        using var response = await _client.PostJsonAsync("/api/plans", Body);

        var problem = await response.ReadProblemAsync(400);
        problem.ErrorCodes().Should().Equal(new Dictionary<string, string>
        {
            ["$.report.red_flags"] = "notAllowed",
            ["$.lengthdays"] = "notAllowed",
            ["$.histroy"] = "notAllowed",
        });
        problem.GetProperty("errors").GetProperty("$.lengthdays")[0].GetString().Should()
            .Be("is not a known field: did you mean lengthDays? The fields allowed here are: report, assessment, history, start, lengthDays.");
    }

    [Fact]
    public async Task PostCheckIn_ThePlanTheApiReturnedWithAMisspeltCheckInField_Returns400NamingOnlyThatField()
    {
        using var planned = await _client.PostJsonAsync("/api/plans", PlansEndpointTests.Request(report: BackPainJson.Serialize(Reports.PulledMuscle()), start: "2026-12-01", days: 14));
        var plan = await planned.Content.ReadAsStringAsync();

        using var response = await _client.PostJsonAsync("/api/plans/check-ins", $$$"""{"plan": {{{plan}}}, "checkIn": {"date": "2026-12-03", "pain": 2, "trend": "better", "Clearance": "fullTraining"}}""");

        var problem = await response.ReadProblemAsync(400);
        problem.ErrorCodes().Should().Equal(new Dictionary<string, string> { ["$.checkIn.Clearance"] = "notAllowed" });
    }
}
