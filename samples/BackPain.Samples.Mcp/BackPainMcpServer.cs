using BackPain.Samples.Mcp.Tools;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ModelContextProtocol.Protocol;

namespace BackPain.Samples.Mcp;

/// <summary>
/// The server's setup, shared by the program (stdio) and the tests (an in-memory stream pair): its name, its
/// instructions to the assistant, its five tools and its logging.
/// </summary>
internal static class BackPainMcpServer
{
    /// <summary>What the server tells the assistant when it connects.</summary>
    public const string Instructions =
        "BackPain.Core's rules for back pain after a workout. Start with list_questions and ask every red-flag question before giving any advice. "
        + "Every result leads with triage, redFlags, mustGetCareNow and notice: say the notice first, and when mustGetCareNow is true tell the person plainly to get care now and give no training advice. "
        + "The server keeps nothing: pass the plan back unchanged to check_in and check_workout. Always show the disclaimer: this is not a diagnosis.";

    /// <summary>The server's tools, in the order an assistant uses them.</summary>
    public static IReadOnlyList<BackPainTool> Tools { get; } =
    [
        new ListQuestionsTool(),
        new AssessReportTool(),
        new PlanRecoveryTool(),
        new CheckInTool(),
        new CheckWorkoutTool(),
    ];

    /// <summary>Adds the MCP server with its name, instructions and tools; the caller adds the transport.</summary>
    public static IMcpServerBuilder AddBackPainMcpServer(this IServiceCollection services)
        => services
            .AddMcpServer(options =>
            {
                options.ServerInfo = new Implementation { Name = "backpain-mcp", Title = "BackPain.Core", Version = "0.1.0" };
                options.ServerInstructions = Instructions;
            })
            .WithTools(Tools);

    /// <summary>
    /// Logs to standard error only (standard output carries the protocol), and nothing of what a person answered:
    /// the tools log only their name and how the call ended, and the SDK's own logs, which may quote messages, are
    /// limited to warnings.
    /// </summary>
    public static ILoggingBuilder AddServerLogging(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        logging.AddFilter("ModelContextProtocol", LogLevel.Warning);
        logging.AddFilter("Microsoft", LogLevel.Warning);
        return logging;
    }
}
