using System.Text.Json.Nodes;
using BackPain.Core;
using BackPain.Core.Serialization;
using Json.Schema;

namespace BackPain.Samples.Mcp.Tests;

/// <summary>What an assistant sees when it lists the server's tools: names, descriptions and schemas.</summary>
[Collection(SharedServer.Name)]
public sealed class ToolListTests(McpServerFixture server)
{
    private static readonly string[] AdviceTools = ["assess_report", "plan_recovery", "check_in", "check_workout"];

    [Fact]
    public async Task ListTools_OffersTheQuestionsAndTheFourAdviceTools()
    {
        var tools = await server.Client.ListToolsAsync();

        tools.Select(t => t.Name).Should().Equal("list_questions", "assess_report", "plan_recovery", "check_in", "check_workout");
    }

    [Fact]
    public async Task ListTools_EveryToolHasAnObjectInputSchemaAndAnOutputSchema_ValidJsonSchema2020()
    {
        foreach (var tool in await server.Client.ListToolsAsync())
        {
            foreach (var schema in new[] { tool.ProtocolTool.InputSchema, tool.ProtocolTool.OutputSchema!.Value })
            {
                var node = JsonNode.Parse(schema.GetRawText())!;
                node["type"]!.GetValue<string>().Should().Be("object", tool.Name);
                node["additionalProperties"]!.GetValue<bool>().Should().BeFalse(tool.Name);
                MetaSchemas.Draft202012.Evaluate(schema).IsValid.Should().BeTrue(tool.Name);
            }
        }
    }

    [Fact]
    public async Task ListTools_AdviceResultsLeadWithTriageAndRedFlagsAndCarryTheDisclaimer()
    {
        foreach (var name in AdviceTools)
        {
            var tool = (await server.Client.ListToolsAsync()).Single(t => t.Name == name);
            var output = JsonNode.Parse(tool.ProtocolTool.OutputSchema!.Value.GetRawText())!;

            output["properties"]!.AsObject().Select(p => p.Key).Take(6).Should()
                .Equal("triage", "redFlags", "mustGetCareNow", "trainingAdviceApplies", "notice", "disclaimer");
            output["required"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Contain(["triage", "redFlags", "mustGetCareNow", "disclaimer"]);
        }
    }

    [Fact]
    public async Task ListTools_AdviceToolDescriptionsSayToAskTheRedFlagQuestionsFirstAndToGiveNoTrainingAdviceWhenCareIsNeededNow()
    {
        foreach (var tool in (await server.Client.ListToolsAsync()).Where(t => AdviceTools.Contains(t.Name)))
        {
            tool.Description.Should().Contain("Before giving any advice, ask the person every red-flag question")
                .And.Contain("give no training or exercise advice at all")
                .And.Contain("not a diagnosis");
        }
    }

    [Theory]
    [InlineData("assess_report", "report", typeof(SymptomReport))]
    [InlineData("plan_recovery", "report", typeof(SymptomReport))]
    [InlineData("plan_recovery", "history", typeof(TrainingHistory))]
    [InlineData("check_in", "plan", typeof(RecoveryPlan))]
    [InlineData("check_in", "checkIn", typeof(CheckInReport))]
    [InlineData("check_workout", "plan", typeof(RecoveryPlan))]
    [InlineData("check_workout", "workout", typeof(Workout))]
    public async Task ListTools_DocumentArgumentsAreDescribedByTheLibrarysSchema(string toolName, string argument, Type documentType)
    {
        var tool = (await server.Client.ListToolsAsync()).Single(t => t.Name == toolName);
        var input = JsonNode.Parse(tool.ProtocolTool.InputSchema.GetRawText())!;
        var library = BackPainJsonSchema.For(documentType);

        JsonNode.DeepEquals(input["properties"]![argument]!["properties"], library["properties"]).Should().BeTrue();
        JsonNode.DeepEquals(input["properties"]![argument]!["required"], library["required"]).Should().BeTrue();
    }

    [Theory]
    [InlineData("assess_report", "assessment", typeof(Assessment))]
    [InlineData("plan_recovery", "plan", typeof(RecoveryPlan))]
    [InlineData("check_in", "plan", typeof(RecoveryPlan))]
    public async Task ListTools_DocumentResultsAreDescribedByTheLibrarysSchema(string toolName, string property, Type documentType)
    {
        var tool = (await server.Client.ListToolsAsync()).Single(t => t.Name == toolName);
        var output = JsonNode.Parse(tool.ProtocolTool.OutputSchema!.Value.GetRawText())!;

        JsonNode.DeepEquals(output["properties"]![property]!["properties"], BackPainJsonSchema.For(documentType)["properties"]).Should().BeTrue();
    }

    [Fact]
    public async Task ListTools_RequiredArgumentsAreTheReportAndStartForAPlan()
    {
        var tool = (await server.Client.ListToolsAsync()).Single(t => t.Name == "plan_recovery");
        var input = JsonNode.Parse(tool.ProtocolTool.InputSchema.GetRawText())!;

        input["required"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Equal("report", "start");
        input["properties"]!["lengthDays"]!["maximum"]!.GetValue<int>().Should().Be(PlanRequest.MaxLength);
    }
}
