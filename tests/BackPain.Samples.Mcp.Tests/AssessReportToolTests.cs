using System.Text.Json.Nodes;
using BackPain.Core;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Mcp.Tests;

/// <summary><c>assess_report</c>: the library's assessment of a report, led by its safety.</summary>
[Collection(SharedServer.Name)]
public sealed class AssessReportToolTests(McpServerFixture server)
{
    [Theory]
    [MemberData(nameof(Support.Reports), MemberType = typeof(Support))]
    public async Task Assess_ExampleStory_GivesTheLibrarysAssessmentValidAgainstTheOutputSchema(string story)
    {
        var result = await server.CallAsync("assess_report", new JsonObject { ["report"] = Support.Example(story) });

        var structured = await result.ShouldMatchOutputSchemaAsync(server.Client, "assess_report");
        var expected = BackPainAssessor.Default.Assess(BackPainJson.DeserializeReport(Support.Example(story).ToJsonString()));
        JsonNode.DeepEquals(structured["assessment"], JsonNode.Parse(BackPainJson.Serialize(expected))).Should().BeTrue();
        structured["triage"]!["level"]!.GetValue<string>().Should().Be(expected.Triage.Level.Id);
        structured["disclaimer"]!.GetValue<string>().Should().Contain("not a diagnosis");
    }

    [Fact]
    public async Task Assess_RedFlagStory_LeadsWithEmergencyAndSaysNoTrainingAdviceApplies()
    {
        // examples/red-flag.json: saddle numbness and bladder problems, both emergencies (domain model section 4).
        var result = await server.CallAsync("assess_report", new JsonObject { ["report"] = Support.Example("red-flag") });

        var structured = Support.Structured(result);
        structured.Select(p => p.Key).First().Should().Be("triage");
        structured["triage"]!["level"]!.GetValue<string>().Should().Be("emergency");
        structured["redFlags"]!.AsArray().Select(f => f!["id"]!.GetValue<string>()).Should().Contain(["saddleNumbness", "bladderProblems"]);
        structured["mustGetCareNow"]!.GetValue<bool>().Should().BeTrue();
        structured["trainingAdviceApplies"]!.GetValue<bool>().Should().BeFalse();
        var lead = Support.Text(result);
        lead.Should().StartWith("EMERGENCY. Get emergency care now");
        lead.Should().Contain("No training advice applies");
    }

    [Fact]
    public async Task Assess_FeverOnly_IsUrgentAndSuspendsTraining()
    {
        var report = new JsonObject { ["severity"] = 3, ["redFlags"] = new JsonArray("fever") };

        var structured = Support.Structured(await server.CallAsync("assess_report", new JsonObject { ["report"] = report }));

        structured["triage"]!["level"]!.GetValue<string>().Should().Be("seeDoctorUrgently");
        structured["mustGetCareNow"]!.GetValue<bool>().Should().BeTrue();
        structured["notice"]!.GetValue<string>().Should().StartWith("URGENT. See a doctor today").And.Contain("No training advice applies");
    }

    [Fact]
    public async Task Assess_DomsStory_IsSelfCareWithTrainingAdviceAndNoRedFlags()
    {
        var structured = Support.Structured(await server.CallAsync("assess_report", new JsonObject { ["report"] = Support.Example("doms") }));

        structured["triage"]!["level"]!.GetValue<string>().Should().Be("selfCare");
        structured["redFlags"]!.AsArray().Should().BeEmpty();
        structured["mustGetCareNow"]!.GetValue<bool>().Should().BeFalse();
        structured["trainingAdviceApplies"]!.GetValue<bool>().Should().BeTrue();
    }
}
