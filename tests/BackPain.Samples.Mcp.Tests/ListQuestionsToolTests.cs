using System.Text.Json.Nodes;
using BackPain.Core;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Mcp.Tests;

/// <summary><c>list_questions</c>: the red-flag questions first, then every field of a report with its allowed values.</summary>
[Collection(SharedServer.Name)]
public sealed class ListQuestionsToolTests(McpServerFixture server)
{
    [Fact]
    public async Task Questions_LeadWithEveryRedFlagQuestionOfTheLibraryWithItsHelpTextAndLevel()
    {
        var structured = await (await server.CallAsync("list_questions", [])).ShouldMatchOutputSchemaAsync(server.Client, "list_questions");

        structured.Select(p => p.Key).First().Should().Be("redFlagQuestions");
        var questions = structured["redFlagQuestions"]!.AsArray();
        questions.Select(q => q!["id"]!.GetValue<string>()).Should().Equal(Symptom.RedFlagQuestions.Select(s => s.Id));
        var saddle = questions.Single(q => q!["id"]!.GetValue<string>() == "saddleNumbness")!;
        saddle["text"]!.GetValue<string>().Should().Be(Symptom.SaddleNumbness.Text);
        saddle["level"]!.GetValue<string>().Should().Be("emergency");
        structured["disclaimer"]!.GetValue<string>().Should().Contain("not a diagnosis");
    }

    [Fact]
    public async Task Questions_CoverEveryFieldOfTheReportSchemaOnce_RedFlagsFirst()
    {
        var structured = Support.Structured(await server.CallAsync("list_questions", []));

        var names = structured["fields"]!.AsArray().Select(f => f!["name"]!.GetValue<string>()).ToList();
        names.Should().OnlyHaveUniqueItems();
        names.Should().BeEquivalentTo(BackPainJsonSchema.For(typeof(SymptomReport))["properties"]!.AsObject().Select(p => p.Key));
        names[0].Should().Be("redFlags");
    }

    [Fact]
    public async Task Questions_GiveEachFieldsAllowedValuesAndRangeFromTheSchema()
    {
        var fields = Support.Structured(await server.CallAsync("list_questions", []))["fields"]!.AsArray();
        JsonNode Field(string name) => fields.Single(f => f!["name"]!.GetValue<string>() == name)!;

        Field("severity")["required"]!.GetValue<bool>().Should().BeTrue();
        Field("severity")["minimum"]!.GetValue<int>().Should().Be(0);
        Field("severity")["maximum"]!.GetValue<int>().Should().Be(10);
        Field("onset")["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal("duringWorkout", "hoursAfter", "nextDayOrLater");
        Field("onset")["required"]!.GetValue<bool>().Should().BeFalse();
        Field("exercises")["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Contain(["deadlift", "plank"]);
        Field("redFlags")["allowedValues"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal(Symptom.RedFlagQuestions.Select(s => s.Id));
        Field("painDurationDays")["maximum"]!.GetValue<int>().Should().Be(SymptomReport.MaxPainDurationDays);
    }
}
