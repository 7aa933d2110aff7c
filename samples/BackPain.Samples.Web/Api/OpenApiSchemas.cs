using System.Text.Json.Nodes;
using BackPain.Core;
using BackPain.Core.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// Gives the OpenAPI document (version 3.1, whose schemas are JSON Schema 2020-12) the library's own schemas. The
/// library's types have custom converters, so the framework sees no properties and writes empty schemas; this document
/// transformer puts <see cref="BackPainJsonSchema.For"/> in their place as components named after the types
/// (<c>SymptomReport</c>, <c>Workout</c>, <c>TrainingHistory</c>, <c>CheckInReport</c>, <c>Assessment</c>,
/// <c>RecoveryPlan</c>), where one document holds another (a plan's assessment, an assessment's report) as a
/// <c>$ref</c> to that component, so a generated client has one class per document. The API's own bodies are
/// composed from them (<see cref="PlanBody"/>, <see cref="CheckInBody"/>), and the problem details carry the
/// <c>codes</c> the API adds.
/// </summary>
internal static class OpenApiSchemas
{
    /// <summary>The keywords only a schema's root carries, left out when a nested copy is compared with a document's schema.</summary>
    private static readonly string[] RootKeywords = ["$schema", "$id", "title", "description"];

    /// <summary>The component schemas this transformer writes, by name: the library's documents, the API's bodies and its problems.</summary>
    private static IReadOnlyDictionary<string, JsonObject> Components { get; } = MakeComponents();

    /// <summary>The document transformer: puts <see cref="Components"/> into the document, replacing the framework's.</summary>
    public static Task UseLibrarySchemas(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        foreach (var (name, schema) in Components)
        {
            document.Components.Schemas[name] = Parse(schema, document);
        }

        return Task.CompletedTask;
    }

    /// <summary>A reference to a component, as JSON.</summary>
    private static JsonObject Ref(string component) => new() { ["$ref"] = "#/components/schemas/" + component };

    private static Dictionary<string, JsonObject> MakeComponents()
    {
        var documents = BackPainJsonSchema.DocumentTypes.ToDictionary(type => type.Name, BackPainJsonSchema.For, StringComparer.Ordinal);
        var bodies = documents.ToDictionary(d => d.Key, d => WithoutRootKeywords(d.Value), StringComparer.Ordinal);
        var components = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var (name, schema) in documents)
        {
            // A component is not a schema resource of its own: an $id would make the $refs in it resolve against the
            // urn, and the document's schemas are JSON Schema 2020-12 already (OpenAPI 3.1), so $schema goes too.
            var component = (JsonObject)ReferToOtherDocuments(schema, name, bodies)!;
            component.Remove("$id");
            component.Remove("$schema");
            components[name] = component;
        }

        components[nameof(PlanBody)] = PlanBodySchema();
        components[nameof(CheckInBody)] = CheckInBodySchema();
        components["ProblemDetails"] = ProblemSchema(withFieldErrors: false);
        components["HttpValidationProblemDetails"] = ProblemSchema(withFieldErrors: true);
        return components;
    }

    /// <summary>
    /// A copy of <paramref name="node"/> where each nested schema that is another document's schema (the library
    /// inlines them: a plan holds its assessment, which holds its report) is a <c>$ref</c> to that document's component.
    /// </summary>
    private static JsonNode? ReferToOtherDocuments(JsonNode? node, string self, IReadOnlyDictionary<string, JsonObject> bodies)
    {
        switch (node)
        {
            case JsonObject schema:
                foreach (var (name, body) in bodies)
                {
                    if (name != self && JsonNode.DeepEquals(schema, body))
                    {
                        return Ref(name);
                    }
                }

                var copy = new JsonObject();
                foreach (var (key, value) in schema)
                {
                    copy[key] = ReferToOtherDocuments(value, self, bodies);
                }

                return copy;
            case JsonArray array:
                return new JsonArray([.. array.Select(item => ReferToOtherDocuments(item, self, bodies))]);
            default:
                return node?.DeepClone();
        }
    }

    private static JsonObject WithoutRootKeywords(JsonObject schema)
    {
        var body = (JsonObject)schema.DeepClone();
        foreach (var keyword in RootKeywords)
        {
            body.Remove(keyword);
        }

        return body;
    }

    /// <summary><c>{ report | assessment, history, start, lengthDays }</c>: the library's documents by reference, the dates and days as the library writes them.</summary>
    private static JsonObject PlanBodySchema() => new()
    {
        ["description"] = "What to plan from: a symptom report (report) or an earlier assessment (assessment), not both; the training history (history, empty when left out); the first day (start) and the length (lengthDays).",
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["report"] = Ref(nameof(SymptomReport)),
            ["assessment"] = Ref(nameof(Assessment)),
            ["history"] = Ref(nameof(TrainingHistory)),
            ["start"] = new JsonObject
            {
                ["description"] = "The first day of the plan, usually today where the person is.",
                ["type"] = "string",
                ["format"] = "date",
            },
            ["lengthDays"] = new JsonObject
            {
                ["description"] = "The plan's length in days.",
                ["type"] = "integer",
                ["minimum"] = 1,
                ["maximum"] = PlanRequest.MaxLength,
                ["default"] = PlanRequest.DefaultLength.Count,
            },
        },
        ["required"] = new JsonArray("start"),
        ["additionalProperties"] = false,
        // Exactly one of the two: the sample refuses a body with both.
        ["oneOf"] = new JsonArray(
            new JsonObject { ["required"] = new JsonArray("report") },
            new JsonObject { ["required"] = new JsonArray("assessment") }),
    };

    /// <summary><c>{ plan, checkIn }</c>: the library's documents by reference.</summary>
    private static JsonObject CheckInBodySchema() => new()
    {
        ["description"] = "The plan as POST /api/plans returned it (plan; only its inputs are read, so its days may be left out) and the check-in to record (checkIn).",
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["plan"] = Ref(nameof(RecoveryPlan)),
            ["checkIn"] = Ref(nameof(CheckInReport)),
        },
        ["required"] = new JsonArray("plan", "checkIn"),
        ["additionalProperties"] = false,
    };

    /// <summary>RFC 9457 problem details; for a 400, with <c>errors</c> and <c>codes</c> keyed by JSON path.</summary>
    private static JsonObject ProblemSchema(bool withFieldErrors)
    {
        var properties = new JsonObject
        {
            ["type"] = new JsonObject { ["type"] = "string", ["description"] = "A URI naming the kind of problem." },
            ["title"] = new JsonObject { ["type"] = "string", ["description"] = "The kind of problem, in words." },
            ["status"] = new JsonObject { ["type"] = "integer", ["description"] = "The HTTP status code." },
            ["detail"] = new JsonObject { ["type"] = "string", ["description"] = "What went wrong with this request, and what to send instead." },
            ["instance"] = new JsonObject { ["type"] = "string", ["description"] = "The request the problem is about." },
        };
        if (!withFieldErrors)
        {
            return new JsonObject
            {
                ["description"] = "RFC 9457 problem details.",
                ["type"] = "object",
                ["properties"] = properties,
            };
        }

        properties["errors"] = new JsonObject
        {
            ["description"] = "Every bad field's JSON path (for example $.report.severity), with its messages.",
            ["type"] = "object",
            ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
        };
        properties["codes"] = new JsonObject
        {
            ["description"] = "The same paths with the library's codes, in the order of the messages, for clients that branch on them.",
            ["type"] = "object",
            ["additionalProperties"] = new JsonObject
            {
                ["type"] = "array",
                ["items"] = new JsonObject
                {
                    ["type"] = "string",
                    ["enum"] = new JsonArray([.. Enum.GetValues<ValidationCode>().Select(code => (JsonNode)Problems.Code(code))]),
                },
            },
        };
        return new JsonObject
        {
            ["description"] = "RFC 9457 problem details listing every bad field at once.",
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray("errors", "codes"),
        };
    }

    /// <summary>Reads a JSON Schema into the document's model, as an OpenAPI 3.1 Schema Object.</summary>
    private static OpenApiSchema Parse(JsonObject schema, OpenApiDocument document)
    {
        var diagnostic = new OpenApiDiagnostic();
        var parsed = new ParsingContext(diagnostic).ParseFragment<OpenApiSchema>(schema, OpenApiSpecVersion.OpenApi3_1, document);
        return diagnostic.Errors.Count == 0 && parsed is not null
            ? parsed
            : throw new InvalidOperationException("A schema does not read as an OpenAPI 3.1 schema: " + string.Join("; ", diagnostic.Errors));
    }
}
