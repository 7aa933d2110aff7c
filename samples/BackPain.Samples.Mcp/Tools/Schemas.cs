using System.Text.Json;
using System.Text.Json.Nodes;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Mcp.Tools;

/// <summary>
/// Builds the tools' input and output schemas (JSON Schema 2020-12) from the library's own document schemas
/// (<see cref="BackPainJsonSchema.For"/>), so a tool's arguments and results are described exactly as the library
/// reads and writes them.
/// </summary>
internal static class Schemas
{
    private const string Dialect = "https://json-schema.org/draft/2020-12/schema";

    /// <summary>The library's schema of <paramref name="documentType"/>, to embed under a property: without <c>$schema</c> and <c>$id</c>, which belong to a root.</summary>
    public static JsonObject Document(Type documentType, string description)
    {
        var schema = BackPainJsonSchema.For(documentType);
        schema.Remove("$schema");
        schema.Remove("$id");
        schema["description"] = description;
        return schema;
    }

    /// <summary>A subschema of the library's schema of <paramref name="documentType"/>, found by a path of property names (for example <c>properties</c>, <c>coreWorkAllowedFrom</c>).</summary>
    public static JsonObject Part(Type documentType, params string[] path)
    {
        JsonNode node = BackPainJsonSchema.For(documentType);
        foreach (var step in path)
        {
            node = node[step] ?? throw new InvalidOperationException($"The schema of {documentType.Name} has no {string.Join('/', path)}.");
        }

        var part = node.DeepClone().AsObject();
        part.Remove("readOnly");
        return part;
    }

    /// <summary>An object schema at a root: every property listed, <paramref name="required"/> required, no other property.</summary>
    public static JsonObject Root(string title, JsonObject properties, IEnumerable<string> required)
        => new()
        {
            ["$schema"] = Dialect,
            ["title"] = title,
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = new JsonArray([.. required.Select(r => (JsonNode)r)]),
            ["additionalProperties"] = false,
        };

    /// <summary>An object schema inside another: the same as <see cref="Root"/> without the dialect.</summary>
    public static JsonObject Object(JsonObject properties, IEnumerable<string>? required = null)
    {
        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties };
        schema["required"] = new JsonArray([.. (required ?? properties.Select(p => p.Key)).Select(r => (JsonNode)r)]);
        schema["additionalProperties"] = false;
        return schema;
    }

    /// <summary>A string schema limited to <paramref name="values"/>.</summary>
    public static JsonObject Enum(IEnumerable<string> values, string? description = null)
    {
        var schema = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. values.Select(v => (JsonNode)v)]) };
        if (description is not null)
        {
            schema["description"] = description;
        }

        return schema;
    }

    /// <summary>A plain schema of one JSON type, with a description.</summary>
    public static JsonObject Of(string type, string description) => new() { ["type"] = type, ["description"] = description };

    /// <summary>A JSON object as the element the protocol types carry.</summary>
    public static JsonElement ToElement(JsonObject node)
    {
        using var document = JsonDocument.Parse(node.ToJsonString());
        return document.RootElement.Clone();
    }
}
