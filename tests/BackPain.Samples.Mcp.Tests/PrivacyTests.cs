using System.Text.Json.Nodes;

namespace BackPain.Samples.Mcp.Tests;

/// <summary>No personal data kept: the server logs which tool ran and how the call ended, never an answer.</summary>
[Collection(SharedServer.Name)]
public sealed class PrivacyTests(McpServerFixture server)
{
    [Fact]
    public async Task Calls_WithValidAndInvalidReports_LogNoAnswer()
    {
        var report = Support.Example("red-flag");
        await server.CallAsync("assess_report", new JsonObject { ["report"] = report });
        await server.CallAsync("assess_report", new JsonObject { ["report"] = new JsonObject { ["severity"] = 11, ["onset"] = "sideways" } });

        var logged = string.Join("\n", server.Logged);
        logged.Should().Contain("assess_report: answered").And.Contain("assess_report: invalid arguments, 2 problem(s)");
        foreach (var answer in new[] { "saddleNumbness", "bladderProblems", "deadlift", "bothLegs", "sideways", "11", "severity", "emergency" })
        {
            logged.Should().NotContain(answer);
        }
    }
}
