using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace BackPain.Samples.Mcp.Tools;

/// <summary>
/// One of the server's tools: its name, description, input schema and structured output schema, and what it does
/// with a call. A call's arguments are read by the library's readers; a call with any invalid argument gets an error
/// result (<c>isError</c>) listing every problem with its path. The server keeps nothing between calls and logs
/// only which tool ran and how it ended, never an answer.
/// </summary>
internal abstract partial class BackPainTool : McpServerTool
{
    /// <summary>Said in every description that gives advice, so an assistant asks before it answers.</summary>
    protected const string AskRedFlagsFirst =
        "Before giving any advice, ask the person every red-flag question (list_questions gives them, with their help text) and put each \"yes\" in report.redFlags. "
        + "Every result starts with triage, redFlags, mustGetCareNow and notice: say the notice first. When mustGetCareNow is true the person must get care now (see a doctor today, or emergency care): say so plainly and give no training or exercise advice at all. "
        + "Always show the disclaimer: this is not a diagnosis.";

    private readonly string[] _arguments;

    /// <summary>Describes the tool: <paramref name="input"/> holds each argument's schema, <paramref name="output"/> the result's properties after the leading safety fields (when <paramref name="safetyFirst"/>).</summary>
    protected BackPainTool(string name, string title, string description, JsonObject input, IEnumerable<string> required, JsonObject output, bool safetyFirst = true)
    {
        _arguments = [.. input.Select(p => p.Key)];
        var properties = safetyFirst ? Safety.SchemaProperties() : [];
        foreach (var (key, value) in output)
        {
            properties[key] = value!.DeepClone();
        }

        ProtocolTool = new Tool
        {
            Name = name,
            Title = title,
            Description = description,
            InputSchema = Schemas.ToElement(Schemas.Root(title + " arguments", input, required)),
            OutputSchema = Schemas.ToElement(Schemas.Root(title + " result", properties, properties.Select(p => p.Key))),
            Annotations = new ToolAnnotations { ReadOnlyHint = true, IdempotentHint = true, OpenWorldHint = false, DestructiveHint = false },
        };
    }

    /// <inheritdoc />
    public override Tool ProtocolTool { get; }

    /// <inheritdoc />
    public override IReadOnlyList<object> Metadata => [];

    /// <inheritdoc />
    public override ValueTask<CallToolResult> InvokeAsync(RequestContext<CallToolRequestParams> request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var logger = request.Services?.GetService<ILoggerFactory>()?.CreateLogger<BackPainTool>();
        var arguments = new ToolArguments(request.Params?.Arguments, _arguments);
        var answer = Answer(arguments);
        if (answer is null || arguments.HasErrors)
        {
            // The messages quote the values given: they go to the assistant only, never to the log.
            if (logger is not null)
            {
                LogInvalid(logger, ProtocolTool.Name, arguments.Errors.Count);
            }

            var lines = arguments.Errors.Select(e => $"- {e.Path} ({ToCamel(e.Code.ToString())}): {e.Message}");
            return ValueTask.FromResult(new CallToolResult
            {
                IsError = true,
                Content =
                [
                    new TextContentBlock
                    {
                        Text = $"The arguments of {ProtocolTool.Name} are not valid. Ask the person again about each field below, then call again with every problem fixed:\n{string.Join('\n', lines)}",
                    },
                ],
            });
        }

        if (logger is not null)
        {
            LogAnswered(logger, ProtocolTool.Name);
        }

        return ValueTask.FromResult(new CallToolResult
        {
            Content =
            [
                new TextContentBlock { Text = answer.Lead },
                new TextContentBlock { Text = answer.Result.ToJsonString() },
            ],
            StructuredContent = Schemas.ToElement(answer.Result),
        });
    }

    /// <summary>Answers a call, or returns <see langword="null"/> after adding each problem to <paramref name="arguments"/>.</summary>
    protected abstract ToolAnswer? Answer(ToolArguments arguments);

    /// <summary>A result that leads with <paramref name="safety"/>, followed by <paramref name="payload"/>'s properties.</summary>
    protected static ToolAnswer WithSafety(Safety safety, JsonObject payload)
    {
        var result = new JsonObject();
        safety.WriteTo(result);
        foreach (var (key, value) in payload.ToList())
        {
            payload.Remove(key);
            result[key] = value;
        }

        return new ToolAnswer(safety.Notice, result);
    }

    /// <summary>Parses JSON the library wrote, to place it in a result.</summary>
    protected static JsonNode Parse(string json) => JsonNode.Parse(json)!;

    private static string ToCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    [LoggerMessage(Level = LogLevel.Information, Message = "{Tool}: answered")]
    private static partial void LogAnswered(ILogger logger, string tool);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Tool}: invalid arguments, {Count} problem(s) sent back to the assistant")]
    private static partial void LogInvalid(ILogger logger, string tool, int count);
}
