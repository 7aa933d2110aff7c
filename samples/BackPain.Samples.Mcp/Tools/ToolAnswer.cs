using System.Text.Json.Nodes;

namespace BackPain.Samples.Mcp.Tools;

/// <summary>A tool's answer: the text to say first, and the structured result.</summary>
/// <param name="Lead">What the assistant says first: the safety notice, or the instructions.</param>
/// <param name="Result">The structured result, valid against the tool's output schema.</param>
internal sealed record ToolAnswer(string Lead, JsonObject Result);
