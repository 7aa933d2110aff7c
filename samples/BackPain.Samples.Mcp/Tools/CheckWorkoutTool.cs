using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackPain.Core;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Mcp.Tools;

/// <summary>
/// <c>check_workout</c>: "may I do this workout on this date?" A plan and a proposed workout in; whether the plan
/// allows it (<see cref="RecoveryPlan.Evaluate"/>) out, with every rule that says no and when each will allow it.
/// </summary>
internal sealed class CheckWorkoutTool() : BackPainTool(
    "check_workout",
    "May I do this workout on this date?",
    "Checks a proposed workout (its date and exercises) against the recovery plan: allowed or not, with one conflict per exercise, muscle group and rule that says no, and when each rule will allow it. "
    + "The reasons come in the plan's language (the language given to plan_recovery). "
    + "Never tell the person a workout is fine without calling this tool, and never when mustGetCareNow is true. "
    + AskRedFlagsFirst,
    new JsonObject
    {
        ["plan"] = Schemas.Document(typeof(RecoveryPlan), "The plan as plan_recovery or check_in returned it, unchanged."),
        ["workout"] = Schemas.Document(typeof(Workout), "The proposed workout: its date (yyyy-MM-dd, on or after the plan's first day) and its exercises."),
    },
    ["plan", "workout"],
    new JsonObject
    {
        ["date"] = new JsonObject { ["type"] = "string", ["format"] = "date", ["description"] = "The workout's date." },
        ["allowed"] = Schemas.Of("boolean", "Whether the plan allows the workout on that date. Always false when mustGetCareNow is true."),
        ["conflicts"] = new JsonObject
        {
            ["type"] = "array",
            ["description"] = "Every rule that says no, for which exercise and muscle group, and from when it will allow it.",
            ["items"] = Schemas.Object(new JsonObject
            {
                ["ruleId"] = Schemas.Of("string", "The stable id of the rule that blocks it."),
                ["kind"] = Schemas.Part(typeof(RecoveryPlan), Entry("kind")),
                ["reason"] = Schemas.Of("string", "Why, in plain words."),
                ["source"] = Schemas.Part(typeof(RecoveryPlan), Entry("source")),
                ["allowedFrom"] = Schemas.Part(typeof(RecoveryPlan), "properties", "coreWorkAllowedFrom"),
                ["exercise"] = new JsonObject { ["type"] = new JsonArray("string", "null"), ["description"] = "The exercise concerned, by name." },
                ["muscle"] = new JsonObject
                {
                    ["type"] = new JsonArray("string", "null"),
                    ["enum"] = new JsonArray([.. MuscleGroup.All.Select(m => (JsonNode)m.Id), null]),
                    ["description"] = "The muscle group concerned, when the rule rests muscles.",
                },
            }),
        },
    })
{
    /// <inheritdoc />
    protected override ToolAnswer? Answer(ToolArguments arguments)
    {
        var plan = arguments.Document("plan", BackPainJson.DeserializePlan, "the plan as plan_recovery returned it.");
        var workout = arguments.Document("workout", BackPainJson.DeserializeWorkout, "the proposed workout: date and exercises.");
        if (plan is not null && workout is not null && workout.Date < plan.Request.Start)
        {
            arguments.Add("$.workout.date", ValidationCode.OutOfRange, $"must be on or after the plan's first day, {Iso(plan.Request.Start)}.");
        }

        if (plan is null || workout is null || arguments.HasErrors)
        {
            return null;
        }

        var safety = Safety.Of(plan, workout.Date);
        var decision = plan.Evaluate(workout);
        return WithSafety(safety, new JsonObject
        {
            ["date"] = Iso(workout.Date),
            ["allowed"] = decision.IsAllowed && !safety.MustGetCareNow,
            ["conflicts"] = new JsonArray([.. decision.Conflicts.Select(c => (JsonNode)new JsonObject
            {
                ["ruleId"] = c.RuleId,
                ["kind"] = Camel(c.Kind.ToString()),
                ["reason"] = c.Reason,
                ["source"] = c.Source.Id,
                ["allowedFrom"] = new JsonObject
                {
                    ["date"] = c.AllowedFrom.Date is { } date ? Iso(date) : null,
                    ["condition"] = Camel(c.AllowedFrom.Condition.ToString()),
                    ["notBefore"] = Iso(c.AllowedFrom.NotBefore),
                    ["isKnown"] = c.AllowedFrom.IsKnown,
                    ["text"] = c.AllowedFrom.Text,
                },
                ["exercise"] = c.Exercise is { } exercise ? plan.Assessment.Texts.Name(exercise) : null,
                ["muscle"] = c.Muscle?.Id,
            })]),
        });
    }

    /// <summary>The path to a property of a plan entry in the plan's schema.</summary>
    private static string[] Entry(string property) => ["properties", "days", "items", "properties", "blocked", "items", "properties", property];

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);
}
