using System.Globalization;
using System.Text.Json.Nodes;
using BackPain.Core;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Mcp.Tests;

/// <summary>
/// The <c>language</c> argument: the library's texts in an answer come in the person's language (en, de, es; a
/// regional tag falls back to its language), and any other language is an error naming the languages allowed.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class LanguageTests(McpServerFixture server)
{
    private static BackPainAssessor Assessor(string culture) => new(new AssessorOptions { Culture = CultureInfo.GetCultureInfo(culture) });

    [Theory]
    [InlineData("de", "de")]
    [InlineData("es-MX", "es")]
    [InlineData("de-AT", "de")]
    public async Task Assess_InALanguage_GivesTheLibrarysAssessmentInIt(string tag, string culture)
    {
        var result = await server.CallAsync("assess_report", new JsonObject { ["report"] = Support.Example("red-flag"), ["language"] = tag });

        var structured = await result.ShouldMatchOutputSchemaAsync(server.Client, "assess_report");
        var expected = Assessor(culture).Assess(BackPainJson.DeserializeReport(Support.Example("red-flag").ToJsonString()));
        JsonNode.DeepEquals(structured["assessment"], JsonNode.Parse(BackPainJson.Serialize(expected))).Should().BeTrue();
        structured["triage"]!["text"]!.GetValue<string>().Should().Be(expected.Texts.Text(TriageLevel.Emergency)).And.NotBe(TriageLevel.Emergency.Text);
        structured["redFlags"]!.AsArray().Select(f => f!["text"]!.GetValue<string>()).Should().Equal(expected.RedFlags.Select(f => expected.Texts.Text(f.Symptom)));
        structured["disclaimer"]!.GetValue<string>().Should().Be(expected.Disclaimer);
        // The notice's framing stays English, for the assistant; the triage text in it is the person's language.
        Support.Text(result).Should().StartWith($"EMERGENCY. {expected.Texts.Text(TriageLevel.Emergency)}");
    }

    [Fact]
    public async Task PlanThenCheckInAndCheckWorkout_InSpanish_KeepThePlansLanguage()
    {
        var spanish = Assessor("es");
        var report = BackPainJson.DeserializeReport(Support.Example("pulled-muscle").ToJsonString());
        var plan = Support.Structured(await server.CallAsync("plan_recovery", new JsonObject
        {
            ["report"] = Support.Example("pulled-muscle"),
            ["start"] = "2026-12-01",
            ["lengthDays"] = 14,
            ["language"] = "es",
        }))["plan"]!;
        var expected = RecoveryPlanner.Default.Plan(spanish.Assess(report), TrainingHistory.Empty, new PlanRequest(new DateOnly(2026, 12, 1), Days.Of(14)));
        JsonNode.DeepEquals(plan, JsonNode.Parse(BackPainJson.Serialize(expected))).Should().BeTrue();

        var checkedIn = Support.Structured(await server.CallAsync("check_in", new JsonObject
        {
            ["plan"] = plan.DeepClone(),
            ["checkIn"] = new JsonObject { ["date"] = "2026-12-03", ["pain"] = 3, ["trend"] = "better" },
        }));
        checkedIn["disclaimer"]!.GetValue<string>().Should().Be(expected.Disclaimer);
        checkedIn["triage"]!["text"]!.GetValue<string>().Should().Be(spanish.Texts.Text(expected.TriageOn(new DateOnly(2026, 12, 3))));

        var workout = Support.Structured(await server.CallAsync("check_workout", new JsonObject
        {
            ["plan"] = plan.DeepClone(),
            ["workout"] = new JsonObject { ["date"] = "2026-12-02", ["exercises"] = new JsonArray("plank") },
        }));
        var conflict = workout["conflicts"]!.AsArray().First()!;
        conflict["exercise"]!.GetValue<string>().Should().Be(spanish.Texts.Name(Exercise.FromId("plank")));
        expected.Evaluate(new Workout(new DateOnly(2026, 12, 2), [Exercise.FromId("plank")])).Conflicts.Select(c => c.Reason)
            .Should().Contain(conflict["reason"]!.GetValue<string>());
    }

    [Fact]
    public async Task Questions_InGerman_GivesTheRedFlagTextsAndTheDisclaimerInGerman()
    {
        var german = Assessor("de");

        var structured = await (await server.CallAsync("list_questions", new JsonObject { ["language"] = "de" }))
            .ShouldMatchOutputSchemaAsync(server.Client, "list_questions");

        structured["redFlagQuestions"]!.AsArray().Select(q => q!["text"]!.GetValue<string>())
            .Should().Equal(Symptom.RedFlagQuestions.Select(german.Texts.Text));
        structured["redFlagQuestions"]!.AsArray().Select(q => q!["levelText"]!.GetValue<string>())
            .Should().Equal(Symptom.RedFlagQuestions.Select(s => german.Texts.Text(s.RedFlagLevel!)));
        structured["disclaimer"]!.GetValue<string>().Should().Be(german.Assess(new SymptomReportBuilder { Severity = 0 }.Build()).Disclaimer);
    }

    [Theory]
    [InlineData("assess_report")]
    [InlineData("plan_recovery")]
    [InlineData("list_questions")]
    public async Task AnyTool_InAnUnsupportedLanguage_IsAnErrorNamingTheLanguagesAllowed(string tool)
    {
        var arguments = tool switch
        {
            "list_questions" => new JsonObject(),
            "assess_report" => new JsonObject { ["report"] = Support.Example("doms") },
            _ => new JsonObject { ["report"] = Support.Example("doms"), ["start"] = "2026-12-01" },
        };
        arguments["language"] = "fr";

        var result = await server.CallAsync(tool, arguments);

        result.IsError.Should().BeTrue();
        Support.Text(result).Should().Contain("- $.language (notAllowed): must be one of the languages the texts are written in: en, de, es").And.Contain("\"fr\"");
    }

    [Theory]
    [InlineData("assess_report")]
    [InlineData("plan_recovery")]
    [InlineData("list_questions")]
    public async Task ListTools_LanguageIsAnOptionalArgumentDescribedInEnglishForTheAssistant(string name)
    {
        var tool = (await server.Client.ListToolsAsync()).Single(t => t.Name == name);
        var input = JsonNode.Parse(tool.ProtocolTool.InputSchema.GetRawText())!;

        input["properties"]!["language"]!["type"]!.GetValue<string>().Should().Be("string");
        input["properties"]!["language"]!["description"]!.GetValue<string>().Should().Contain("BCP 47").And.Contain("en, de, es");
        input["required"]!.AsArray().Select(r => r!.GetValue<string>()).Should().NotContain("language");
    }
}
