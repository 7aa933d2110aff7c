using System.Text.Json.Nodes;
using BackPain.Core;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Mcp.Tools;

/// <summary><c>plan_recovery</c>: a report, a training history, a start date and a length in, the day-by-day recovery plan out.</summary>
internal sealed class PlanRecoveryTool() : BackPainTool(
    "plan_recovery",
    "Plan recovery day by day",
    "Assesses the report and lays out a day-by-day recovery plan from the start date: what to do and what is blocked each day and why, when each muscle group and core work are allowed again, and when to check in. "
    + "Keep the plan: check_in and check_workout take it back (the server keeps nothing). "
    + AskRedFlagsFirst,
    new JsonObject
    {
        ["report"] = Schemas.Document(typeof(SymptomReport), "The person's answers (list_questions gives the questions)."),
        ["history"] = Schemas.Document(typeof(TrainingHistory), "The workouts of the last days, so the plan rests the muscles they worked. Leave out when unknown."),
        ["start"] = new JsonObject { ["type"] = "string", ["format"] = "date", ["description"] = "The first day of the plan, yyyy-MM-dd: today where the person is." },
        ["lengthDays"] = new JsonObject
        {
            ["type"] = "integer",
            ["minimum"] = 1,
            ["maximum"] = PlanRequest.MaxLength,
            ["default"] = PlanRequest.DefaultLength.Count,
            ["description"] = $"How many days the plan covers, 1 to {PlanRequest.MaxLength}; {PlanRequest.DefaultLength.Count} when left out.",
        },
        [Languages.Argument] = Languages.Schema(),
    },
    ["report", "start"],
    new JsonObject { ["plan"] = Schemas.Document(typeof(RecoveryPlan), "The plan in the library's JSON format; pass it unchanged to check_in and check_workout.") })
{
    /// <inheritdoc />
    protected override ToolAnswer? Answer(ToolArguments arguments)
    {
        var report = arguments.Document("report", BackPainJson.DeserializeReport, "the person's answers, a symptom report.");
        var history = arguments.Document("history", BackPainJson.DeserializeHistory, null) ?? TrainingHistory.Empty;
        var start = arguments.Date("start", "the first day of the plan, usually today where the person is.");
        var length = arguments.Number("lengthDays", 1, PlanRequest.MaxLength, PlanRequest.DefaultLength.Count);
        var request = start is { } first && length is { } days ? arguments.Run(() => new PlanRequest(first, Days.Of(days)), "$") : null;
        var language = arguments.Language();
        if (report is null || request is null || language is null || arguments.HasErrors)
        {
            return null;
        }

        var assessment = Languages.Assessor(language).Assess(report);
        var plan = RecoveryPlanner.Default.Plan(assessment, history, request);
        return WithSafety(Safety.Of(plan, request.Start), new JsonObject { ["plan"] = Parse(BackPainJson.Serialize(plan)) });
    }
}
