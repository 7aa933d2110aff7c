using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace BackPain.Core.Serialization;

/// <summary>
/// Makes the JSON Schema of each document from the library's own JSON contract: <see cref="JsonSchemaExporter"/> over
/// the source-generated metadata of what the readers read (Dtos.cs) and of what the writers write (Shapes.cs), plus
/// what the metadata cannot tell: the words of enums and catalogues, the ranges and list limits the readers check, the
/// fields they require. Output fields that readers ignore (scores, days, …) are described and marked read-only.
/// </summary>
internal static class JsonSchemaGenerator
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The documents: public type, name (file and id), read shape, written shape, description.</summary>
    internal static IReadOnlyList<Document> Documents { get; } =
    [
        new(typeof(SymptomReport), "symptom-report", BackPainJsonContext.Default.SymptomReportBuilder, null,
            "A symptom report: a person's answers about back pain after a workout, read by BackPainJson.DeserializeReport."),
        new(typeof(Workout), "workout", BackPainJsonContext.Default.WorkoutDto, BackPainJsonContext.Default.WorkoutShape,
            "One workout: its date, exercises and effort, read by BackPainJson.DeserializeWorkout."),
        new(typeof(TrainingHistory), "training-history", BackPainJsonContext.Default.TrainingHistoryDto, BackPainJsonContext.Default.TrainingHistoryShape,
            "A training history: the workouts before the pain started, read by BackPainJson.DeserializeHistory."),
        new(typeof(CheckInReport), "check-in", BackPainJsonContext.Default.CheckInDto, BackPainJsonContext.Default.CheckInReportShape,
            "A check-in during recovery: pain, trend, clearance and what changed, read by BackPainJson.DeserializeCheckIn."),
        new(typeof(Assessment), "assessment", BackPainJsonContext.Default.AssessmentDto, BackPainJsonContext.Default.AssessmentShape,
            "An assessment: the report and options it was made from, and its outputs (ranked causes, red flags, triage, remedies, restrictions). Not a diagnosis. A reader assesses the report again; the read-only outputs are for display and are ignored on reading."),
        new(typeof(RecoveryPlan), "recovery-plan", BackPainJsonContext.Default.RecoveryPlanDto, BackPainJsonContext.Default.RecoveryPlanShape,
            "A recovery plan: its assessment, history, request, options and check-ins, and the plan day by day. Not a diagnosis. A reader plans again from the inputs; the read-only outputs are for display and are ignored on reading."),
    ];

    /// <summary>
    /// What the readers check beyond the JSON kinds, by the read shape's property: required, ranges, list limits,
    /// the words allowed. The boundaries the library names publicly come from those names.
    /// </summary>
    private static readonly Rule[] Rules =
    [
        new(typeof(SymptomReportBuilder), nameof(SymptomReportBuilder.Severity), Required: true, Minimum: 0, Maximum: 10),
        new(typeof(SymptomReportBuilder), nameof(SymptomReportBuilder.Age), Minimum: 0, Maximum: 130),
        new(typeof(SymptomReportBuilder), nameof(SymptomReportBuilder.PainDurationDays), Minimum: 0, Maximum: SymptomReport.MaxPainDurationDays),
        new(typeof(SymptomReportBuilder), nameof(SymptomReportBuilder.Exercises), MaxItems: SymptomReport.MaxExercises),
        new(typeof(SymptomReportBuilder), nameof(SymptomReportBuilder.RedFlags), MaxItems: Symptom.All.Count, Words: Ids(Symptom.RedFlagQuestions)),
        new(typeof(CustomExerciseDto), nameof(CustomExerciseDto.Name), Required: true, MinLength: 1, MaxLength: Exercise.MaxNameLength, Pattern: @"\S"),
        new(typeof(CustomExerciseDto), nameof(CustomExerciseDto.PrimaryMuscles), Required: true, MinItems: 1),
        new(typeof(WorkoutDto), nameof(WorkoutDto.Date), Required: true),
        new(typeof(WorkoutDto), nameof(WorkoutDto.Exercises), Required: true, MinItems: 1),
        new(typeof(WorkoutDto), nameof(WorkoutDto.Rpe), Minimum: 1, Maximum: 10),
        new(typeof(TrainingHistoryDto), nameof(TrainingHistoryDto.Workouts), Required: true, MaxItems: TrainingHistory.MaxWorkouts),
        new(typeof(CheckInDto), nameof(CheckInDto.Date), Required: true),
        new(typeof(CheckInDto), nameof(CheckInDto.Pain), Required: true, Minimum: 0, Maximum: 10),
        new(typeof(CheckInDto), nameof(CheckInDto.Trend), Required: true),
        new(typeof(CheckInDto), nameof(CheckInDto.NewSymptoms), Words: Ids(CheckInReport.SymptomsAllowed)),
        new(typeof(AssessmentDto), nameof(AssessmentDto.Report), Required: true),
        new(typeof(AssessorOptionsDto), nameof(AssessorOptionsDto.LikelyThreshold), Minimum: 0.4, Maximum: 0.95),
        new(typeof(PlannerOptionsDto), nameof(PlannerOptionsDto.HardRpeThreshold), Minimum: 1, Maximum: 8),
        new(typeof(PlannerOptionsDto), nameof(PlannerOptionsDto.ExtraRestSmallDays), Minimum: 0, Maximum: 14),
        new(typeof(PlannerOptionsDto), nameof(PlannerOptionsDto.ExtraRestLargeDays), Minimum: 0, Maximum: 14),
        new(typeof(PlannerOptionsDto), nameof(PlannerOptionsDto.CheckInIntervalDays), Minimum: 1, Maximum: 7),
        new(typeof(PlannerOptionsDto), nameof(PlannerOptionsDto.IceDays), Minimum: 1, Maximum: 7),
        new(typeof(PlannerOptionsDto), nameof(PlannerOptionsDto.HeatDays), Minimum: 1, Maximum: 28),
        new(typeof(PlanRequestDto), nameof(PlanRequestDto.Start), Required: true),
        new(typeof(PlanRequestDto), nameof(PlanRequestDto.LengthDays), Minimum: 1, Maximum: PlanRequest.MaxLength),
        new(typeof(RecoveryPlanDto), nameof(RecoveryPlanDto.Assessment), Required: true),
        new(typeof(RecoveryPlanDto), nameof(RecoveryPlanDto.History), Required: true),
        new(typeof(RecoveryPlanDto), nameof(RecoveryPlanDto.Request), Required: true),
        new(typeof(RecoveryPlanDto), nameof(RecoveryPlanDto.CheckInReports), MaxItems: RecoveryPlan.MaxCheckIns),
    ];

    private static readonly JsonSchemaExporterOptions ExporterOptions = new()
    {
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = Transform,
    };

    /// <summary>The schema of <paramref name="type"/>'s document, with <c>$schema</c> and <c>$id</c>.</summary>
    public static JsonObject Generate(Type type)
    {
        var document = Find(type);
        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = IdOf(document),
            ["title"] = document.Type.Name,
            ["description"] = document.Description,
        };
        foreach (var (name, value) in Body(document))
        {
            schema[name] = value?.DeepClone();
        }

        return schema;
    }

    /// <summary>The document of <paramref name="documentType"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="documentType"/> is not a document type.</exception>
    public static Document Find(Type documentType)
        => Documents.FirstOrDefault(d => d.Type == documentType)
            ?? throw new ArgumentException($"'{documentType.Name}' is not a BackPain.Core JSON document type; the document types are {string.Join(", ", Documents.Select(d => d.Type.Name))}.", nameof(documentType));

    /// <summary>The <c>$id</c> of a document's schema.</summary>
    public static string IdOf(Document document) => $"urn:backpain-core:schema:{document.Name}";

    /// <summary>A document's schema without <c>$schema</c> and <c>$id</c>: what it is read as, with what is written and not read marked read-only.</summary>
    private static JsonObject Body(Document document)
    {
        var read = Export(document.Read);
        return document.Written is { } written ? Merge(read, Export(written)) : read;
    }

    private static JsonObject Export(JsonTypeInfo typeInfo)
    {
        var root = (JsonObject)JsonSchemaExporter.GetJsonSchemaAsNode(typeInfo, ExporterOptions);
        return (JsonObject)Inline(root, root)!;
    }

    /// <summary>
    /// Replaces the exporter's <c>$ref</c>s to a type met before (<c>#/properties/…</c>) by a copy of what they point to,
    /// so that a schema stays right when it is placed inside another (an assessment inside a plan). No type of the
    /// documents contains itself, so this ends.
    /// </summary>
    private static JsonNode? Inline(JsonNode? node, JsonObject root)
    {
        if (node is JsonObject obj && obj["$ref"]?.GetValue<string>() is { } pointer && pointer.StartsWith('#'))
        {
            var target = (JsonObject)Resolve(root, pointer).DeepClone();
            foreach (var (name, value) in obj.Where(p => p.Key != "$ref"))
            {
                target[name] = value?.DeepClone();
            }

            node = target;
        }

        if (node is JsonObject parent)
        {
            foreach (var name in parent.Select(p => p.Key).ToArray())
            {
                if (parent[name] is JsonObject { } child && child["$ref"] is not null)
                {
                    parent[name] = Inline(child.DeepClone(), root);
                }
                else
                {
                    Inline(parent[name], root);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                if (array[i] is JsonObject { } child && child["$ref"] is not null)
                {
                    array[i] = Inline(child.DeepClone(), root);
                }
                else
                {
                    Inline(array[i], root);
                }
            }
        }

        return node;
    }

    private static JsonNode Resolve(JsonObject root, string pointer)
    {
        JsonNode node = root;
        foreach (var token in pointer.Split('/').Skip(1).Select(t => t.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)))
        {
            node = node is JsonArray array ? array[int.Parse(token, CultureInfo.InvariantCulture)]! : node[token]!;
        }

        return node;
    }

    /// <summary>
    /// Adds to the read schema what <paramref name="written"/> has and the reader does not read, marked
    /// <c>readOnly</c>, inside every object both describe.
    /// </summary>
    private static JsonObject Merge(JsonObject read, JsonObject written)
    {
        if (Properties(read) is not { } readProperties || Properties(written) is not { } writtenProperties)
        {
            return read;
        }

        foreach (var (name, value) in writtenProperties)
        {
            if (readProperties[name] is JsonObject readProperty)
            {
                Merge(readProperty, (JsonObject)value!);
            }
            else
            {
                var output = (JsonObject)value!.DeepClone();
                output["readOnly"] = true;
                readProperties[name] = output;
            }
        }

        return read;
    }

    /// <summary>The properties of an object schema, or null.</summary>
    private static JsonObject? Properties(JsonObject schema) => schema["properties"] as JsonObject;

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode node)
    {
        var type = context.TypeInfo.Type;
        // A property read may be null when its setter says so; an output (no setter) is written null when its getter says so.
        var nullable = Nullable.GetUnderlyingType(type) is not null
            || context.PropertyInfo is { } nullableProperty && (nullableProperty.Set is null ? nullableProperty.IsGetNullable : nullableProperty.IsSetNullable);
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (Replacement(type) is { } replaced)
        {
            node = nullable ? OrNull(replaced) : replaced;
        }
        else if (!nullable && context.PropertyInfo is { Set: null } && node is JsonObject output)
        {
            NotNull(output);
        }

        // The exporter's comments name .NET types, which mean nothing to a client in another language.
        (node as JsonObject)?.Remove("$comment");

        // The exporter leaves out the items of a list whose items have a converter of their own (ids, exercises).
        if (node is JsonObject list && context.TypeInfo is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } element }
            && list["items"] is null && Replacement(element) is { } items)
        {
            list["items"] = items;
        }

        if (node is JsonObject obj && context.TypeInfo.Kind == JsonTypeInfoKind.Object && obj["properties"] is JsonObject properties)
        {
            obj["additionalProperties"] = false;

            // The retired "painDuration" is read only to tell a client to write painDurationDays: not in the format.
            // The outputs a reader skips are described by the written shape (Merge), not as read.
            foreach (var skipped in context.TypeInfo.Properties.Where(p => p.Name == SymptomReportBuilder.RetiredPainDurationName || p.PropertyType == typeof(WrittenOutput)))
            {
                properties.Remove(skipped.Name);
            }

            var required = new JsonArray();
            foreach (var rule in Rules.Where(r => r.Owner == type && r.Required))
            {
                required.Add((JsonNode)rule.JsonName);
                if (properties[rule.JsonName] is JsonObject requiredProperty)
                {
                    NotNull(requiredProperty);
                }
            }

            if (required.Count > 0)
            {
                obj["required"] = required;
            }
        }

        if (context.PropertyInfo is { } property && node is JsonObject target
            && Rules.FirstOrDefault(r => r.Owner == context.PropertyInfo.DeclaringType && r.JsonName == property.Name) is { } found)
        {
            found.ApplyTo(target);
        }

        return node;
    }

    /// <summary>The schema of a type whose converter the exporter cannot see into, or null to keep the exporter's.</summary>
    private static JsonObject? Replacement(Type type)
    {
        if (type.IsEnum)
        {
            return Words([.. Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName)]);
        }

        if (type == typeof(Cause)) return Words(Ids(Cause.All));
        if (type == typeof(Symptom)) return Words(Ids(Symptom.All));
        if (type == typeof(Remedy)) return Words(Ids(Remedy.All));
        if (type == typeof(MuscleGroup)) return Words(Ids(MuscleGroup.All));
        if (type == typeof(TriageLevel)) return Words(Ids(TriageLevel.All));
        if (type == typeof(Source)) return Words(Ids(Source.All));
        if (type == typeof(CultureInfo))
        {
            return new JsonObject { ["type"] = "string", ["description"] = "A culture name such as \"en-GB\", or \"\" for the invariant culture." };
        }

        if (type == typeof(Days))
        {
            return new JsonObject { ["type"] = "integer", ["minimum"] = 0, ["maximum"] = Days.MaxCount, ["description"] = "A whole number of days." };
        }

        if (type == typeof(Exercise))
        {
            return new JsonObject
            {
                ["anyOf"] = new JsonArray(Words(Exercise.All.Select(e => e.Id)), Export(BackPainJsonContext.Default.CustomExerciseDto)),
                ["description"] = "A catalogue exercise by its id, or a custom exercise as an object.",
            };
        }

        return Documents.FirstOrDefault(d => d.Type == type) is { } document ? Body(document) : null;
    }

    private static JsonObject Words(IEnumerable<string> words) => new() { ["type"] = "string", ["enum"] = new JsonArray([.. words.Select(w => (JsonNode)w)]) };

    private static string[] Ids<T>(IEnumerable<T> entries)
        where T : class, Internal.ICatalogueEntry<T>
        => [.. entries.Select(e => e.Id)];

    private static JsonObject OrNull(JsonObject schema)
    {
        if (schema["type"] is JsonValue type)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
            if (schema["enum"] is JsonArray words)
            {
                words.Add(null);
            }

            return schema;
        }

        return new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
    }

    /// <summary>Removes <c>null</c> from what a required property's schema allows.</summary>
    private static void NotNull(JsonObject schema)
    {
        if (schema["type"] is JsonArray types)
        {
            var kinds = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToArray();
            schema["type"] = kinds.Length == 1 ? kinds[0] : new JsonArray([.. kinds.Select(k => (JsonNode)k)]);
        }

        if (schema["enum"] is JsonArray words && words.Any(w => w is null))
        {
            schema["enum"] = new JsonArray([.. words.Where(w => w is not null).Select(w => w!.DeepClone())]);
        }

        if (schema["anyOf"] is JsonArray choices && choices.FirstOrDefault(c => c?["type"]?.GetValue<string>() == "null") is { } nullChoice)
        {
            choices.Remove(nullChoice);
        }
    }

    /// <summary>One document type and the metadata its schema is made from.</summary>
    internal sealed record Document(Type Type, string Name, JsonTypeInfo Read, JsonTypeInfo? Written, string Description);

    /// <summary>What a reader checks on one property of a read shape.</summary>
    private sealed record Rule(
        Type Owner, string Property, bool Required = false, double? Minimum = null, double? Maximum = null,
        int? MinItems = null, int? MaxItems = null, int? MinLength = null, int? MaxLength = null, string? Pattern = null,
        string[]? Words = null)
    {
        public string JsonName { get; } = JsonNamingPolicy.CamelCase.ConvertName(Property);

        public void ApplyTo(JsonObject schema)
        {
            Set(schema, "minimum", Minimum);
            Set(schema, "maximum", Maximum);
            Set(schema, "minItems", MinItems);
            Set(schema, "maxItems", MaxItems);
            Set(schema, "minLength", MinLength);
            Set(schema, "maxLength", MaxLength);
            if (Pattern is not null)
            {
                schema["pattern"] = Pattern;
            }

            if (Words is not null && schema["items"] is JsonObject items)
            {
                items["enum"] = new JsonArray([.. Words.Select(w => (JsonNode)w)]);
            }
        }

        private static void Set(JsonObject schema, string keyword, double? value)
        {
            if (value is { } v)
            {
                schema[keyword] = v == Math.Floor(v) ? JsonValue.Create((long)v) : JsonValue.Create(v);
            }
        }
    }
}
