using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using ModelContextProtocol.Client;
using ModelContextProtocol.Protocol;

namespace BackPain.Samples.Mcp.Tests;

/// <summary>The example stories (<c>examples/*.json</c>, copied beside the tests) and checks on tool results.</summary>
internal static class Support
{
    /// <summary>The reports among the example stories.</summary>
    public static TheoryData<string> Reports { get; } = ["doms", "ligament-tear", "poor-core", "pulled-muscle", "red-flag", "slipped-disc"];

    private static readonly EvaluationOptions Evaluation = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    /// <summary>An example story as a JSON node.</summary>
    public static JsonNode Example(string name)
        => JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", name + ".json")))!;

    /// <summary>The structured result of a successful call, after checking that it is not an error.</summary>
    public static JsonObject Structured(CallToolResult result)
    {
        result.IsError.Should().NotBe(true, because: Text(result));
        result.StructuredContent.Should().NotBeNull();
        return JsonNode.Parse(result.StructuredContent!.Value.GetRawText())!.AsObject();
    }

    /// <summary>The text blocks of a result, joined.</summary>
    public static string Text(CallToolResult result)
        => string.Join("\n", result.Content.OfType<TextContentBlock>().Select(b => b.Text));

    /// <summary>The tool's output schema as the server lists it.</summary>
    public static async Task<JsonSchema> OutputSchemaAsync(McpClient client, string tool)
    {
        var listed = (await client.ListToolsAsync()).Single(t => t.Name == tool).ProtocolTool;
        return JsonSchema.FromText(listed.OutputSchema!.Value.GetRawText(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    /// <summary>Checks that the structured result of <paramref name="result"/> is valid against the tool's listed output schema.</summary>
    public static async Task<JsonObject> ShouldMatchOutputSchemaAsync(this CallToolResult result, McpClient client, string tool)
    {
        var structured = Structured(result);
        var schema = await OutputSchemaAsync(client, tool);
        using var document = JsonDocument.Parse(structured.ToJsonString(), new JsonDocumentOptions { MaxDepth = 256 });
        var evaluation = schema.Evaluate(document.RootElement, Evaluation);
        evaluation.IsValid.Should().BeTrue(because: Failures(evaluation));
        return structured;
    }

    /// <summary>The plan of <paramref name="report"/> from 2026-12-01, as plan_recovery returns it.</summary>
    public static async Task<JsonObject> PlanAsync(this McpServerFixture server, string report)
    {
        var result = await server.CallAsync("plan_recovery", new JsonObject { ["report"] = Example(report), ["start"] = "2026-12-01" });
        return Structured(result)["plan"]!.DeepClone().AsObject();
    }

    private static string Failures(EvaluationResults results)
        => string.Join(
            "\n",
            (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));
}
