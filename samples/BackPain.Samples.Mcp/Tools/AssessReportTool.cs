using System.Text.Json.Nodes;
using BackPain.Core;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Mcp.Tools;

/// <summary><c>assess_report</c>: a symptom report in, the assessment out (causes ranked with evidence, red flags, triage, remedies, restrictions).</summary>
internal sealed class AssessReportTool() : BackPainTool(
    "assess_report",
    "Assess back pain after a workout",
    "Assesses what a person reports about back pain that followed a workout: the likely causes ranked with the evidence for and against each, red flags, the triage level (how urgently to see a clinician), remedies with their dose and what must not be done yet. "
    + AskRedFlagsFirst,
    new JsonObject
    {
        ["report"] = Schemas.Document(typeof(SymptomReport), "The person's answers (list_questions gives the questions). Only severity is required; leave out what the person does not know."),
        [Languages.Argument] = Languages.Schema(),
    },
    ["report"],
    new JsonObject { ["assessment"] = Schemas.Document(typeof(Assessment), "The assessment in the library's JSON format. It is not a diagnosis.") })
{
    /// <inheritdoc />
    protected override ToolAnswer? Answer(ToolArguments arguments)
    {
        var report = arguments.Document("report", BackPainJson.DeserializeReport, "the person's answers, a symptom report.");
        var language = arguments.Language();
        if (report is null || language is null || arguments.HasErrors)
        {
            return null;
        }

        var assessment = Languages.Assessor(language).Assess(report);
        return WithSafety(Safety.Of(assessment), new JsonObject { ["assessment"] = Parse(BackPainJson.Serialize(assessment)) });
    }
}
