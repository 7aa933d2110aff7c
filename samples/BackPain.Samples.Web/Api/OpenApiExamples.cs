using BackPain.Core;
using System.Text.Json.Nodes;
using BackPain.Core.Serialization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// Describes the request bodies in the OpenAPI document: the framework names each body's type from the endpoint's
/// parameter, and each body gets a description and an example built from the
/// repository's example stories (<c>examples/*.json</c>, copied beside the program): the slipped-disc report, the
/// example training history and the clinician's check-in, read and written back by <see cref="BackPainJson"/>, so the
/// examples can drift neither from the format nor from the stories the samples and tests use.
/// </summary>
internal static class OpenApiExamples
{
    private static readonly DateOnly ExampleStart = new(2026, 12, 1);

    // The examples are made once, on first use: the check-in example plans 28 days, which is worth doing only once.
    private static readonly Lazy<SymptomReport> ExampleReport = new(() => BackPainJson.DeserializeReport(ReadExample("slipped-disc.json")));
    private static readonly Lazy<string> AssessExample = new(() => BackPainJson.Serialize(ExampleReport.Value));
    private static readonly Lazy<string> PlanExample = new(MakePlanExample);
    private static readonly Lazy<string> CheckInExample = new(MakeCheckInExample);

    public static Task Assess(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        Describe(operation, "A symptom report in BackPainJson's format (severity is required; every other answer is optional).", AssessExample.Value);
        return Task.CompletedTask;
    }

    public static Task Plan(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        Describe(operation, "report (or assessment), history (optional), start (yyyy-MM-dd) and lengthDays (1 to 365, default 28).", PlanExample.Value);
        return Task.CompletedTask;
    }

    public static Task CheckIn(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        Describe(operation, "plan (as returned by POST /api/plans; only its inputs are read, so its days may be left out) and checkIn: date, pain (0 to 10), trend (better, same or worse; not worse when pain is 0), clearance (none, lightActivity or fullTraining: what a clinician cleared the person for), newSymptoms (ids from the catalogue's checkInSymptoms), causesRuledOut and causesConfirmed (cause ids; not both for one cause).", CheckInExample.Value);
        return Task.CompletedTask;
    }

    private static string MakePlanExample()
    {
        var example = new JsonObject
        {
            ["report"] = JsonNode.Parse(AssessExample.Value),
            ["history"] = JsonNode.Parse(BackPainJson.Serialize(BackPainJson.DeserializeHistory(ReadExample("history.json")))),
            ["start"] = ExampleStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["lengthDays"] = 28,
        };
        return example.ToJsonString();
    }

    private static string MakeCheckInExample()
    {
        var assessment = BackPainAssessor.Default.Assess(ExampleReport.Value);
        var history = BackPainJson.DeserializeHistory(ReadExample("history.json"));
        var plan = RecoveryPlanner.Default.Plan(assessment, history, new PlanRequest(ExampleStart, Days.Of(28)));
        var planJson = JsonNode.Parse(BackPainJson.Serialize(plan))!.AsObject();

        // Only the plan's inputs are read back; leave its outputs out of the example to keep it short.
        var inputs = new JsonObject
        {
            ["assessment"] = new JsonObject
            {
                ["report"] = planJson["assessment"]!["report"]!.DeepClone(),
                ["options"] = planJson["assessment"]!["options"]!.DeepClone(),
            },
            ["history"] = planJson["history"]!.DeepClone(),
            ["request"] = planJson["request"]!.DeepClone(),
            ["options"] = planJson["options"]!.DeepClone(),
            ["checkInReports"] = planJson["checkInReports"]!.DeepClone(),
        };
        // A clinician seen a week in: the disc confirmed, a ligament tear ruled out, light activity allowed; the muscles feel tight.
        var checkIn = BackPainJson.DeserializeCheckIn(ReadExample("check-in-clinician.json"));
        var example = new JsonObject
        {
            ["plan"] = inputs,
            ["checkIn"] = JsonNode.Parse(BackPainJson.Serialize(checkIn)),
        };
        return example.ToJsonString();
    }

    private static string ReadExample(string fileName) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", fileName));

    /// <summary>Adds the body's description and example to the request body the framework described from the endpoint's parameter.</summary>
    private static void Describe(OpenApiOperation operation, string description, string exampleJson)
    {
        var body = operation.RequestBody as OpenApiRequestBody
            ?? throw new InvalidOperationException("The endpoint binds no body.");
        body.Required = true;
        body.Description = description + $" At most {ApiLimits.MaxRequestBodyBytes} bytes.";
        body.Content!["application/json"].Example = JsonNode.Parse(exampleJson);
    }
}
