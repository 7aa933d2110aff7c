using System.Globalization;
using System.Text.Json.Nodes;
using BackPain.Core.Serialization;
using BackPain.Core.Tests.Architecture;
using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Serialization;

/// <summary>
/// A document the schema rejects, the reader rejects too. Valid documents of every type are broken the ways a client
/// breaks them, in every place the schema describes (read from the schema itself, not from a list of fields): a number
/// out of range, a date that does not exist, an unknown word, a wrong JSON kind, a null where none is allowed, a
/// required field left out, an unknown field added, a list too long or too short, a name too long or blank. Outputs
/// marked <c>readOnly</c> are not broken: readers ignore them by design.
/// </summary>
public sealed class SchemaReaderAgreementTests
{
    private const string UnknownField = "an unknown field";

    [Fact]
    public void EveryBreakTheSchemaRejects_TheReaderRejectsToo()
    {
        var divergences = new List<string>();
        var rejectedByKind = new Dictionary<string, int>();
        foreach (var (type, json) in ValidDocuments())
        {
            foreach (var broken in Breaks(JsonNode.Parse(json)!, JsonNode.Parse(BackPainJsonSchema.For(type).ToJsonString())!.AsObject()))
            {
                if (Schemas.Evaluate(type, broken.Json).IsValid)
                {
                    continue;
                }

                rejectedByKind[broken.Kind] = rejectedByKind.GetValueOrDefault(broken.Kind) + 1;
                if (ReaderAccepts(type, broken.Json))
                {
                    divergences.Add($"{type.Name} {broken.Path}: {broken.Kind}: the schema rejects it, the reader accepts it");
                }
            }
        }

        divergences.Should().BeEmpty();
        rejectedByKind.Keys.Should().BeEquivalentTo(
            ["a number out of range", "a date that does not exist", "an unknown word", "a wrong JSON kind", "a null where none is allowed",
             "a required field left out", UnknownField, "a list too long", "a list too short", "a text too long", "a blank text"],
            "every kind of break must meet the schema somewhere, or the test proves nothing about it");
        rejectedByKind.Values.Sum().Should().BeGreaterThan(800);
    }

    private static bool ReaderAccepts(Type type, string json)
    {
        try
        {
            Schemas.ReaderOf(type)(json);
            return true;
        }
        catch (BackPainValidationException)
        {
            return false;
        }
    }

    /// <summary>The examples and goldens, and documents of the other types made from them, written by the library.</summary>
    private static IEnumerable<(Type Type, string Json)> ValidDocuments()
    {
        string File(string path) => System.IO.File.ReadAllText(Repository.PathOf(path));
        var report = BackPainJson.DeserializeReport(File("tests/BackPain.Core.Tests/Golden/report.json"));
        var history = BackPainJson.DeserializeHistory(File("examples/history.json"));
        var clinician = BackPainJson.DeserializeCheckIn(File("examples/check-in-clinician.json"));
        var assessment = new BackPainAssessor(new AssessorOptions { LikelyThreshold = 0.7, Culture = CultureInfo.GetCultureInfo("en-GB") }).Assess(report);
        var start = new DateOnly(2026, 12, 1);
        var plan = new RecoveryPlanner(new PlannerOptions { ExtraRestSmall = Days.Of(1), HardRpeThreshold = 7 })
            .Plan(assessment, history, new PlanRequest(start, Days.Of(14)))
            .CheckIn(new CheckInReport(start.AddDays(3), 4, Trend.Better, Clearance.None, [Symptom.MusclesTight], [], []))
            .CheckIn(clinician);

        foreach (var file in new[] { "doms", "ligament-tear", "poor-core", "pulled-muscle", "red-flag", "slipped-disc" })
        {
            yield return (typeof(SymptomReport), File($"examples/{file}.json"));
        }

        yield return (typeof(SymptomReport), BackPainJson.Serialize(report));
        yield return (typeof(TrainingHistory), File("examples/history.json"));
        yield return (typeof(CheckInReport), File("examples/check-in.json"));
        yield return (typeof(CheckInReport), BackPainJson.Serialize(clinician));
        yield return (typeof(Workout), BackPainJson.Serialize(new Workout(start, report.Exercises, 8)));
        yield return (typeof(Assessment), BackPainJson.Serialize(assessment));
        yield return (typeof(RecoveryPlan), BackPainJson.Serialize(plan));
    }

    private sealed record Broken(string Kind, string Path, string Json);

    /// <summary>Every break of <paramref name="document"/> in every place <paramref name="schema"/> describes.</summary>
    private static List<Broken> Breaks(JsonNode document, JsonObject schema)
    {
        var breaks = new List<Broken>();
        Visit([], document, schema);
        return breaks;

        void Add(string kind, List<object> at, Action<JsonNode, JsonNode?> change, JsonNode? value)
        {
            var copy = document.DeepClone();
            var parent = Navigate(copy, at.Take(at.Count - 1));
            change(parent, value);
            breaks.Add(new Broken(kind, "$" + string.Concat(at.Select(s => s is int i ? $"[{i}]" : "." + s)), copy.ToJsonString()));
        }

        void Replace(string kind, List<object> at, JsonNode? value)
            => Add(kind, at, (parent, v) => Set(parent, at[^1], v), value);

        void Visit(List<object> at, JsonNode? value, JsonObject s)
        {
            if (s["anyOf"] is JsonArray choices)
            {
                if (at.Count > 0)
                {
                    BreakKind(at, value, [.. choices.SelectMany(c => Kinds(c!.AsObject()))]);
                }

                if (choices.Select(c => c!.AsObject()).FirstOrDefault(c => Kinds(c).Contains(KindOf(value))) is { } chosen)
                {
                    Visit(at, value, chosen);
                }

                return;
            }

            var kinds = Kinds(s);
            if (at.Count > 0)
            {
                BreakKind(at, value, kinds);
                BreakValue(at, value, s, kinds);
            }

            if (value is JsonObject obj && s["properties"] is JsonObject properties)
            {
                foreach (var required in (s["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()).Where(obj.ContainsKey))
                {
                    Add("a required field left out", [.. at, required], (parent, _) => parent.AsObject().Remove(required), null);
                }

                Add(UnknownField, [.. at, "unexpected"], (parent, _) => parent.AsObject()["unexpected"] = 1, null);
                foreach (var (name, child) in obj.ToArray())
                {
                    if (properties[name] is JsonObject property && property["readOnly"] is null)
                    {
                        Visit([.. at, name], child, property);
                    }
                }
            }

            if (value is JsonArray array && s["items"] is JsonObject items)
            {
                for (var i = 0; i < array.Count; i++)
                {
                    Visit([.. at, i], array[i], items);
                }
            }
        }

        void BreakKind(List<object> at, JsonNode? value, HashSet<string> kinds)
        {
            if (!kinds.Contains("null"))
            {
                Replace("a null where none is allowed", at, null);
            }

            JsonNode?[] others = [JsonValue.Create("text"), JsonValue.Create(7), JsonValue.Create(1.5), JsonValue.Create(true), new JsonArray(), new JsonObject()];
            if (others.FirstOrDefault(o => !kinds.Contains(KindOf(o)) && !(KindOf(o) == "integer" && kinds.Contains("number"))) is { } other)
            {
                Replace("a wrong JSON kind", at, other);
            }
        }

        void BreakValue(List<object> at, JsonNode? value, JsonObject s, HashSet<string> kinds)
        {
            var step = kinds.Contains("integer") ? 1 : 0.01;
            if (s["minimum"] is JsonValue min)
            {
                Replace("a number out of range", at, JsonValue.Create(Number(min) - step));
            }

            if (s["maximum"] is JsonValue max)
            {
                Replace("a number out of range", at, JsonValue.Create(Number(max) + step));
            }

            if (s["format"]?.GetValue<string>() == "date")
            {
                Replace("a date that does not exist", at, "2026-02-30");
            }

            if (s["enum"] is not null)
            {
                Replace("an unknown word", at, "notAWord");
            }

            if (s["maxLength"] is JsonValue maxLength)
            {
                Replace("a text too long", at, new string('x', (int)Number(maxLength) + 1));
            }

            if (s["pattern"] is not null || s["minLength"] is not null)
            {
                Replace("a blank text", at, "  ");
            }

            if (value is JsonArray array)
            {
                if (s["maxItems"] is JsonValue maxItems && (long)Number(maxItems) <= 5_000 && array.Count > 0)
                {
                    Replace("a list too long", at, new JsonArray([.. Enumerable.Repeat(array[0], (int)(long)Number(maxItems) + 1).Select(v => v?.DeepClone())]));
                }

                if (s["minItems"] is not null)
                {
                    Replace("a list too short", at, new JsonArray());
                }
            }
        }
    }

    private static HashSet<string> Kinds(JsonObject schema)
        => schema["type"] switch
        {
            JsonArray types => [.. types.Select(t => t!.GetValue<string>())],
            JsonValue type => [type.GetValue<string>()],
            _ => schema["anyOf"] is JsonArray choices ? [.. choices.SelectMany(c => Kinds(c!.AsObject()))] : [],
        };

    private static string KindOf(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        _ => value.GetValueKind() switch
        {
            System.Text.Json.JsonValueKind.String => "string",
            System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False => "boolean",
            _ => Number(value) == Math.Floor(Number(value)) ? "integer" : "number",
        },
    };

    private static double Number(JsonNode value) => double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture);

    private static JsonNode Navigate(JsonNode root, IEnumerable<object> steps)
        => steps.Aggregate(root, (node, step) => step is int i ? node[i]! : node[(string)step]!);

    private static void Set(JsonNode parent, object step, JsonNode? value)
    {
        if (step is int i)
        {
            parent[i] = value;
        }
        else
        {
            parent[(string)step] = value;
        }
    }
}
