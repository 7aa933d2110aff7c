using System.Text.Json.Nodes;

namespace BackPain.Samples.Mcp.Tests;

/// <summary>Invalid arguments come back as a tool error (isError) that lists every problem with its path, so the assistant can ask again.</summary>
[Collection(SharedServer.Name)]
public sealed class InvalidArgumentsTests(McpServerFixture server)
{
    [Fact]
    public async Task Assess_ReportWithThreeBadFields_ListsAllThreeWithTheirPaths()
    {
        var report = new JsonObject { ["severity"] = 11, ["onset"] = "sideways", ["redFlags"] = new JsonArray("fever", "dizzy") };

        var result = await server.CallAsync("assess_report", new JsonObject { ["report"] = report });

        ShouldBeErrorListing(result, "$.report.severity", "$.report.onset", "$.report.redFlags[1]");
        Support.Text(result).Should().Contain("between 0 and 10").And.Contain("allowed: duringWorkout, hoursAfter, nextDayOrLater");
    }

    [Fact]
    public async Task Plan_MissingReportBadStartLengthZeroAndAnUnknownArgument_ListsEveryProblem()
    {
        var result = await server.CallAsync("plan_recovery", new JsonObject { ["start"] = "01/12/2026", ["lengthDays"] = 0, ["days"] = 7 });

        ShouldBeErrorListing(result, "$.days", "$.report", "$.start", "$.lengthDays");
    }

    [Fact]
    public async Task CheckIn_NoPlanAndPainTwelve_ListsBothProblems()
    {
        var checkIn = new JsonObject { ["date"] = "2026-12-08", ["pain"] = 12, ["trend"] = "better" };

        var result = await server.CallAsync("check_in", new JsonObject { ["checkIn"] = checkIn });

        ShouldBeErrorListing(result, "$.plan", "$.checkIn.pain");
    }

    [Fact]
    public async Task CheckIn_DateBeforeThePlanStarts_NamesTheCheckInsDate()
    {
        var plan = await server.PlanAsync("pulled-muscle");
        var checkIn = new JsonObject { ["date"] = "2026-11-20", ["pain"] = 2, ["trend"] = "better" };

        var result = await server.CallAsync("check_in", new JsonObject { ["plan"] = plan, ["checkIn"] = checkIn });

        ShouldBeErrorListing(result, "$.checkIn.date");
    }

    [Fact]
    public async Task CheckWorkout_WorkoutBeforeThePlanStartsWithAnUnknownExercise_ListsBoth()
    {
        var plan = await server.PlanAsync("doms");
        var before = new JsonObject { ["date"] = "2026-11-20", ["exercises"] = new JsonArray("squat") };
        var unknown = new JsonObject { ["date"] = "2026-12-02", ["exercises"] = new JsonArray("squat", "zumba") };

        ShouldBeErrorListing(await server.CallAsync("check_workout", new JsonObject { ["plan"] = plan, ["workout"] = before }), "$.workout.date");
        ShouldBeErrorListing(await server.CallAsync("check_workout", new JsonObject { ["plan"] = plan.DeepClone(), ["workout"] = unknown }), "$.workout.exercises[1]");
    }

    [Fact]
    public async Task Questions_AnyArgumentButLanguage_IsAnError()
    {
        ShouldBeErrorListing(await server.CallAsync("list_questions", new JsonObject { ["language"] = "en", ["country"] = "DE" }), "$.country");
    }

    private static void ShouldBeErrorListing(ModelContextProtocol.Protocol.CallToolResult result, params string[] paths)
    {
        result.IsError.Should().BeTrue();
        result.StructuredContent.Should().BeNull();
        var problems = Support.Text(result).Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).Select(l => l[2..l.IndexOf(' ', 2)]);
        problems.Should().BeEquivalentTo(paths);
    }
}
