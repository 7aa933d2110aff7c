using System.Collections.Frozen;
using System.Text.Json.Nodes;
using BackPain.Core;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Mcp.Tools;

/// <summary>
/// <c>list_questions</c>: what to ask, so an assistant interviews the person properly: the red-flag questions first,
/// with their help text and the triage level a "yes" requires, then each field of the report with its allowed values.
/// </summary>
internal sealed class ListQuestionsTool() : BackPainTool(
    "list_questions",
    "The questions to ask about back pain",
    "Lists what to ask a person with back pain after a workout, before calling any other tool: the red-flag questions first (ask every one, whatever the person says the cause is), then each field of the symptom report with its question and allowed values. Call it at the start of every conversation about back pain. "
    + "With language, the red-flag texts and the disclaimer come in the person's language; the field questions are English, for you to ask in the person's words.",
    new JsonObject { [Languages.Argument] = Languages.Schema() },
    [],
    new JsonObject
    {
        ["redFlagQuestions"] = new JsonObject
        {
            ["type"] = "array",
            ["description"] = "The red-flag questions, to ask first. A yes goes into report.redFlags (or checkIn.newSymptoms at a check-in) by its id.",
            ["items"] = Schemas.Object(new JsonObject
            {
                ["id"] = Schemas.Enum(Symptom.RedFlagQuestions.Select(s => s.Id), "The id to put in report.redFlags."),
                ["text"] = Schemas.Of("string", "The warning sign in plain words: ask whether the person has it."),
                ["level"] = Schemas.Enum(TriageLevel.All.Select(l => l.Id), "The triage level a yes requires at least."),
                ["levelText"] = Schemas.Of("string", "What that level asks the person to do."),
            }),
        },
        ["fields"] = new JsonObject
        {
            ["type"] = "array",
            ["description"] = "The fields of a symptom report, in the order to ask.",
            ["items"] = Schemas.Object(new JsonObject
            {
                ["name"] = Schemas.Enum(ReportQuestions.All.Select(q => q.Key), "The field's name in report."),
                ["question"] = Schemas.Of("string", "How to ask for it."),
                ["type"] = Schemas.Enum(["integer", "string", "boolean", "array"], "The field's JSON kind."),
                ["required"] = Schemas.Of("boolean", "Whether the report must have it; leave any other field out when the person does not know."),
                ["allowedValues"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" }, ["description"] = "The words allowed (for a list, in each item); empty when any value of the kind is allowed." },
                ["minimum"] = new JsonObject { ["type"] = new JsonArray("integer", "null"), ["description"] = "The smallest number allowed." },
                ["maximum"] = new JsonObject { ["type"] = new JsonArray("integer", "null"), ["description"] = "The largest number allowed." },
            }),
        },
        ["instructions"] = Schemas.Of("string", "How to use the questions."),
        ["disclaimer"] = Schemas.Of("string", "Says that this is not a diagnosis; show it with every answer."),
    },
    safetyFirst: false)
{
    private const string Instructions =
        "Ask every red-flag question first, one at a time, in plain words, even when the cause seems obvious. "
        + "If the person answers yes to any, call assess_report at once: a red flag means getting care now, not training advice. "
        + "Then ask the fields in order, leave out what the person does not know, and call assess_report or plan_recovery with the answers. "
        + "Never guess an answer the person did not give.";

    /// <summary>The disclaimer in each language: the library says it with every assessment (a pain-free report is enough).</summary>
    private static readonly FrozenDictionary<string, string> Disclaimers = Languages.Supported.ToFrozenDictionary(
        language => language,
        language => Languages.Assessor(language).Assess(new SymptomReportBuilder { Severity = 0 }.Build()).Disclaimer,
        StringComparer.Ordinal);

    /// <inheritdoc />
    protected override ToolAnswer? Answer(ToolArguments arguments)
    {
        var language = arguments.Language();
        if (language is null || arguments.HasErrors)
        {
            return null;
        }

        var texts = Languages.Assessor(language).Texts;

        var report = BackPainJsonSchema.For(typeof(SymptomReport));
        var required = report["required"]!.AsArray().Select(r => r!.GetValue<string>()).ToHashSet();
        var properties = report["properties"]!.AsObject();
        var result = new JsonObject
        {
            ["redFlagQuestions"] = new JsonArray([.. Symptom.RedFlagQuestions.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id,
                ["text"] = texts.Text(s),
                ["level"] = s.RedFlagLevel!.Id,
                ["levelText"] = texts.Text(s.RedFlagLevel),
            })]),
            ["fields"] = new JsonArray([.. ReportQuestions.All.Select(q => (JsonNode)Field(q.Key, q.Value, properties[q.Key]!.AsObject(), required.Contains(q.Key)))]),
            ["instructions"] = Instructions,
            ["disclaimer"] = Disclaimers[language],
        };
        return new ToolAnswer(Instructions, result);
    }

    /// <summary>A field of the report described from its schema: its kind, allowed words and range.</summary>
    private static JsonObject Field(string name, string question, JsonObject schema, bool required)
    {
        var items = schema["items"] as JsonObject;
        var words = (items?["enum"] ?? items?["anyOf"]?[0]?["enum"] ?? schema["enum"])?.AsArray()
            .Where(w => w is not null)
            .Select(w => (JsonNode)w!.GetValue<string>());
        return new JsonObject
        {
            ["name"] = name,
            ["question"] = question,
            ["type"] = KindOf(schema["type"]!),
            ["required"] = required,
            ["allowedValues"] = new JsonArray([.. words ?? []]),
            ["minimum"] = schema["minimum"]?.DeepClone(),
            ["maximum"] = schema["maximum"]?.DeepClone(),
        };
    }

    /// <summary>The JSON kind of a field, leaving out <c>null</c> (which means "not known").</summary>
    private static string KindOf(JsonNode type)
        => type is JsonArray kinds ? kinds.Select(k => k!.GetValue<string>()).First(k => k != "null") : type.GetValue<string>();
}
