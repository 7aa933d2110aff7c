using System.Text.Json.Nodes;
using BackPain.Core;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Mcp.Tests;

/// <summary><c>plan_recovery</c>: the library's plan from a report, a history, a start date and a length.</summary>
[Collection(SharedServer.Name)]
public sealed class PlanRecoveryToolTests(McpServerFixture server)
{
    [Theory]
    [MemberData(nameof(Support.Reports), MemberType = typeof(Support))]
    public async Task Plan_ExampleStoryWithHistory_GivesTheLibrarysPlanValidAgainstTheOutputSchema(string story)
    {
        var result = await server.CallAsync("plan_recovery", new JsonObject
        {
            ["report"] = Support.Example(story),
            ["history"] = Support.Example("history"),
            ["start"] = "2026-12-01",
            ["lengthDays"] = 14,
        });

        var structured = await result.ShouldMatchOutputSchemaAsync(server.Client, "plan_recovery");
        var expected = RecoveryPlanner.Default.Plan(
            BackPainAssessor.Default.Assess(BackPainJson.DeserializeReport(Support.Example(story).ToJsonString())),
            BackPainJson.DeserializeHistory(Support.Example("history").ToJsonString()),
            new PlanRequest(new DateOnly(2026, 12, 1), Days.Of(14)));
        JsonNode.DeepEquals(structured["plan"], JsonNode.Parse(BackPainJson.Serialize(expected))).Should().BeTrue();
        structured["triage"]!["level"]!.GetValue<string>().Should().Be(expected.TriageOn(new DateOnly(2026, 12, 1)).Id);
    }

    [Fact]
    public async Task Plan_LengthLeftOut_CoversTheDefault28Days()
    {
        var plan = await server.PlanAsync("doms");

        plan["days"]!.AsArray().Should().HaveCount(28);
    }

    [Fact]
    public async Task Plan_RedFlagStory_LeadsWithEmergencyAndSuspendsAllTrainingEveryDay()
    {
        var result = await server.CallAsync("plan_recovery", new JsonObject { ["report"] = Support.Example("red-flag"), ["start"] = "2026-12-01", ["lengthDays"] = 7 });

        var structured = Support.Structured(result);
        structured.Select(p => p.Key).First().Should().Be("triage");
        structured["triage"]!["level"]!.GetValue<string>().Should().Be("emergency");
        structured["trainingAdviceApplies"]!.GetValue<bool>().Should().BeFalse();
        Support.Text(result).Should().StartWith("EMERGENCY.");
        foreach (var day in structured["plan"]!["days"]!.AsArray())
        {
            day!["blocked"]!.AsArray().Select(b => b!["kind"]!.GetValue<string>()).Should().Contain("suspendAllTraining", day["date"]!.ToString());
        }
    }
}
