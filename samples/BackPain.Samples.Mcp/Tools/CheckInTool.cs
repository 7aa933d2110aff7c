using System.Text.Json.Nodes;
using BackPain.Core;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Mcp.Tools;

/// <summary><c>check_in</c>: a plan and a check-in in, the updated plan out, with the triage in force on the check-in's date.</summary>
internal sealed class CheckInTool() : BackPainTool(
    "check_in",
    "Check in on a recovery plan",
    "Records how the person is doing on a check-in date (pain 0 to 10, trend, a clinician's clearance, new symptoms) and returns the updated plan. "
    + "The texts come in the plan's language (the language given to plan_recovery). "
    + "Ask the red-flag questions again at every check-in and put each \"yes\" in checkIn.newSymptoms: a new red flag raises triage and suspends training. "
    + AskRedFlagsFirst,
    new JsonObject
    {
        ["plan"] = Schemas.Document(typeof(RecoveryPlan), "The plan as plan_recovery or an earlier check_in returned it, unchanged."),
        ["checkIn"] = Schemas.Document(typeof(CheckInReport), "What the person reports at this check-in."),
    },
    ["plan", "checkIn"],
    new JsonObject { ["plan"] = Schemas.Document(typeof(RecoveryPlan), "The updated plan; pass it unchanged to later calls.") })
{
    /// <inheritdoc />
    protected override ToolAnswer? Answer(ToolArguments arguments)
    {
        var plan = arguments.Document("plan", BackPainJson.DeserializePlan, "the plan as plan_recovery returned it.");
        var checkIn = arguments.Document("checkIn", BackPainJson.DeserializeCheckIn, "the check-in: date, pain and trend at least.");
        if (plan is null || checkIn is null || arguments.HasErrors)
        {
            return null;
        }

        var updated = arguments.Run(() => plan.CheckIn(checkIn), "$.checkIn");
        return updated is null
            ? null
            : WithSafety(Safety.Of(updated, checkIn.Date), new JsonObject { ["plan"] = Parse(BackPainJson.Serialize(updated)) });
    }
}
