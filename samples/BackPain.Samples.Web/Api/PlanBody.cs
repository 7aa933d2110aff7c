using System.Text.Json;
using System.Text.Json.Serialization;
using BackPain.Core;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// The body of <c>POST /api/plans</c>, read and validated: on the wire <c>{ "report" | "assessment", "history",
/// "start", "lengthDays" }</c>.
/// </summary>
/// <param name="Report">The report to assess, or null when an earlier assessment was sent.</param>
/// <param name="Assessment">The earlier assessment to plan from, or null when a report was sent.</param>
/// <param name="History">The training history; empty when left out.</param>
/// <param name="Request">The first day and the length.</param>
[JsonConverter(typeof(Converter))]
internal sealed record PlanBody(SymptomReport? Report, Assessment? Assessment, TrainingHistory History, PlanRequest Request)
{
    /// <summary>Reads the body, collecting every problem of every part into one <see cref="JsonException"/>.</summary>
    internal sealed class Converter : JsonConverter<PlanBody>
    {
        public override PlanBody Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var body = Envelope.Read(ref reader, options, "report", "assessment", "history", "start", "lengthDays");
            SymptomReport? report = null;
            Assessment? assessment = null;
            if (body.Has("report") && body.Has("assessment"))
            {
                body.Errors.Add("$", ValidationCode.Contradiction, "Give either a report or an assessment, not both.");
            }
            else if (body.Has("assessment"))
            {
                assessment = body.Part<Assessment>("assessment");
            }
            else if (body.Has("report"))
            {
                report = body.Part<SymptomReport>("report");
            }
            else
            {
                body.Errors.Add("$.report", ValidationCode.Required, "is required: a symptom report (or give an earlier assessment as assessment).");
            }

            var history = body.Has("history") ? body.Part<TrainingHistory>("history") : TrainingHistory.Empty;
            var start = body.Date("start", "is required: the first day of the plan as yyyy-MM-dd, usually today where the person is.");
            var days = body.Number(
                "lengthDays", 1, PlanRequest.MaxLength, PlanRequest.DefaultLength.Count,
                $"must be a whole number of days from 1 to {PlanRequest.MaxLength}; {PlanRequest.DefaultLength.Count} when left out.");

            // The length is already checked, so PlanRequest can only reject the start, named $.start.
            var request = start is { } first && days is { } length
                ? body.Errors.Read(() => new PlanRequest(first, Days.Of(length)), "$")
                : null;
            return (report ?? (object?)assessment) is not null && history is not null && request is not null && !body.Errors.Any
                ? new PlanBody(report, assessment, history, request)
                : throw body.Errors.ToException("plan request");
        }

        public override void Write(Utf8JsonWriter writer, PlanBody value, JsonSerializerOptions options)
            => throw new NotSupportedException("A plan request is only read.");
    }
}
