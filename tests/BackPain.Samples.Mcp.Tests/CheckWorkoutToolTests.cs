using System.Text.Json.Nodes;

namespace BackPain.Samples.Mcp.Tests;

/// <summary><c>check_workout</c>: "may I do this workout on this date?", answered by the plan's own rules.</summary>
[Collection(SharedServer.Name)]
public sealed class CheckWorkoutToolTests(McpServerFixture server)
{
    [Fact]
    public async Task CheckWorkout_PlankThreeDaysIntoAPulledMusclePlan_IsRefusedUntilAPainFreeCheckIn()
    {
        // Domain model section 6.1: no core work while a pulled muscle heals, lifted by a pain-free check-in.
        var plan = await server.PlanAsync("pulled-muscle");
        var workout = new JsonObject { ["date"] = "2026-12-03", ["exercises"] = new JsonArray("plank") };

        var result = await server.CallAsync("check_workout", new JsonObject { ["plan"] = plan, ["workout"] = workout });

        var structured = await result.ShouldMatchOutputSchemaAsync(server.Client, "check_workout");
        structured["allowed"]!.GetValue<bool>().Should().BeFalse();
        structured["conflicts"]!.AsArray().Should().Contain(c =>
            c!["kind"]!.GetValue<string>() == "noCoreWork"
            && c["exercise"]!.GetValue<string>() == "Plank"
            && c["allowedFrom"]!["condition"]!.GetValue<string>() == "painFreeCheckIn");
    }

    [Fact]
    public async Task CheckWorkout_DeadliftTheDayAfterAPulledMuscle_IsRefusedWhileTheLowerBackRests()
    {
        // Domain model section 6.4: the injured back muscles rest until healed.
        var plan = await server.PlanAsync("pulled-muscle");
        var workout = new JsonObject { ["date"] = "2026-12-02", ["exercises"] = new JsonArray("deadlift") };

        var structured = await (await server.CallAsync("check_workout", new JsonObject { ["plan"] = plan, ["workout"] = workout }))
            .ShouldMatchOutputSchemaAsync(server.Client, "check_workout");

        structured["allowed"]!.GetValue<bool>().Should().BeFalse();
        structured["conflicts"]!.AsArray().Should().Contain(c => c!["kind"]!.GetValue<string>() == "restMuscles" && c["muscle"]!.GetValue<string>() == "lowerBack");
    }

    [Fact]
    public async Task CheckWorkout_AnyWorkoutOnARedFlagPlan_IsRefusedAndLeadsWithEmergency()
    {
        var plan = await server.PlanAsync("red-flag");
        var workout = new JsonObject { ["date"] = "2026-12-10", ["exercises"] = new JsonArray("bicepsCurl") };

        var result = await server.CallAsync("check_workout", new JsonObject { ["plan"] = plan, ["workout"] = workout });

        var structured = await result.ShouldMatchOutputSchemaAsync(server.Client, "check_workout");
        structured.Select(p => p.Key).First().Should().Be("triage");
        structured["triage"]!["level"]!.GetValue<string>().Should().Be("emergency");
        structured["allowed"]!.GetValue<bool>().Should().BeFalse();
        structured["conflicts"]!.AsArray().Should().Contain(c => c!["kind"]!.GetValue<string>() == "suspendAllTraining");
        Support.Text(result).Should().StartWith("EMERGENCY.").And.Contain("No training advice applies");
    }
}
