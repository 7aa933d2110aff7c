using System.Text.Json.Nodes;

namespace BackPain.Samples.Mcp.Tests;

/// <summary><c>check_in</c>: a check-in recorded on a plan that travels in the call.</summary>
[Collection(SharedServer.Name)]
public sealed class CheckInToolTests(McpServerFixture server)
{
    [Theory]
    [InlineData("check-in")]
    [InlineData("check-in-clinician")]
    public async Task CheckIn_ExampleCheckInOnAPulledMusclePlan_GivesTheUpdatedPlanValidAgainstTheOutputSchema(string checkIn)
    {
        var plan = await server.PlanAsync("pulled-muscle");

        var result = await server.CallAsync("check_in", new JsonObject { ["plan"] = plan, ["checkIn"] = Support.Example(checkIn) });

        var structured = await result.ShouldMatchOutputSchemaAsync(server.Client, "check_in");
        var reports = structured["plan"]!["checkInReports"]!.AsArray();
        reports.Should().ContainSingle();
        JsonNode.DeepEquals(reports[0], Support.Example(checkIn)).Should().BeTrue();
    }

    [Fact]
    public async Task CheckIn_NewLegWeakness_RaisesTriageToEmergencyAndSaysNoTrainingAdviceApplies()
    {
        var plan = await server.PlanAsync("pulled-muscle");
        var checkIn = new JsonObject { ["date"] = "2026-12-03", ["pain"] = 4, ["trend"] = "same", ["newSymptoms"] = new JsonArray("legWeakness") };

        var result = await server.CallAsync("check_in", new JsonObject { ["plan"] = plan, ["checkIn"] = checkIn });

        var structured = await result.ShouldMatchOutputSchemaAsync(server.Client, "check_in");
        structured["triage"]!["level"]!.GetValue<string>().Should().Be("emergency");
        structured["redFlags"]!.AsArray().Select(f => f!["id"]!.GetValue<string>()).Should().Equal("legWeakness");
        structured["mustGetCareNow"]!.GetValue<bool>().Should().BeTrue();
        Support.Text(result).Should().StartWith("EMERGENCY.").And.Contain("No training advice applies");
    }
}
