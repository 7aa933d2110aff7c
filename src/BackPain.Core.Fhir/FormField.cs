using System.Text.Json.Nodes;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir;

/// <summary>
/// One question of a questionnaire: one field of the document's JSON shape, read from the library's JSON Schema of that
/// document (<see cref="Serialization.BackPainJsonSchema"/>), so the linkId, the kind of answer, the range, the closed
/// list of answers and whether it is required are the JSON reader's own.
/// </summary>
/// <param name="LinkId">The JSON field name, the item's linkId.</param>
/// <param name="Type">The kind of answer: integer, boolean, date or choice.</param>
/// <param name="Required">Whether the JSON reader requires the field.</param>
/// <param name="Repeats">Whether the field is a list (several answers, one per entry).</param>
/// <param name="Min">The smallest integer allowed, if any.</param>
/// <param name="Max">The largest integer allowed, if any.</param>
/// <param name="CodeKind">For a choice, the kind of its codes (<c>exercise</c>, <c>symptom</c>, <c>onset</c> …); otherwise null.</param>
/// <param name="Words">For a choice, the JSON words allowed (the ids of <see cref="CodeKind"/>), in the schema's order.</param>
internal sealed record FormField(
    string LinkId,
    Questionnaire.QuestionnaireItemType Type,
    bool Required,
    bool Repeats,
    int? Min,
    int? Max,
    string? CodeKind,
    IReadOnlyList<string> Words)
{
    /// <summary>The code of a JSON word of this choice: <c>exercise.squat</c>.</summary>
    public string Code(string word) => CodeKind + "." + word;

    /// <summary>The answer's type as FHIR names it (<c>valueInteger</c>), for messages.</summary>
    public string ValueName => Type switch
    {
        Questionnaire.QuestionnaireItemType.Integer => "valueInteger",
        Questionnaire.QuestionnaireItemType.Boolean => "valueBoolean",
        Questionnaire.QuestionnaireItemType.Date => "valueDate",
        _ => "valueCoding",
    };

    /// <summary>The question of a schema property; throws for a kind of field no question type fits (a new field type in the core).</summary>
    public static FormField FromSchema(string name, JsonObject schema, bool required, IReadOnlyDictionary<string, string> codeKinds)
    {
        var types = TypesOf(schema);
        if (types.SequenceEqual(["array"]) && schema["items"] is JsonObject items)
        {
            var words = WordsOf(items["enum"] is not null ? items : items["anyOf"]?.AsArray().OfType<JsonObject>().FirstOrDefault(o => o["enum"] is not null));
            return Choice(name, required, repeats: true, words, codeKinds);
        }

        if (types.SequenceEqual(["string"]) && schema["enum"] is not null)
        {
            return Choice(name, required, repeats: false, WordsOf(schema), codeKinds);
        }

        return types switch
        {
            ["integer"] => new(name, Questionnaire.QuestionnaireItemType.Integer, required, false, Integer(schema["minimum"]), Integer(schema["maximum"]), null, []),
            ["boolean"] => new(name, Questionnaire.QuestionnaireItemType.Boolean, required, false, null, null, null, []),
            ["string"] when (string?)schema["format"] == "date" => new(name, Questionnaire.QuestionnaireItemType.Date, required, false, null, null, null, []),
            _ => throw new InvalidOperationException($"BackPain.Core.Fhir has no question type for the field '{name}' ({schema.ToJsonString()})."),
        };
    }

    private static FormField Choice(string name, bool required, bool repeats, string[] words, IReadOnlyDictionary<string, string> codeKinds)
        => words.Length == 0
            ? throw new InvalidOperationException($"BackPain.Core.Fhir found no closed list of answers for the field '{name}'.")
            : new(name, Questionnaire.QuestionnaireItemType.Choice, required, repeats, null, null, codeKinds.GetValueOrDefault(name, name), words);

    private static int? Integer(JsonNode? bound) => bound is null ? null : checked((int)bound.GetValue<long>());

    private static string[] TypesOf(JsonObject schema) => schema["type"] switch
    {
        JsonArray many => [.. many.Select(t => (string)t!).Where(t => t != "null")],
        JsonValue one => [(string)one!],
        _ => [],
    };

    private static string[] WordsOf(JsonObject? schema)
        => schema?["enum"] is JsonArray words ? [.. words.OfType<JsonValue>().Select(w => (string)w!)] : [];
}
