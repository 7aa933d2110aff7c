using System.Text.Json;
using System.Text.Json.Serialization;
using BackPain.Core;

namespace BackPain.Samples.Web.Api;

/// <summary>The body of <c>POST /api/plans/check-ins</c>, read and validated: on the wire <c>{ "plan", "checkIn" }</c>.</summary>
/// <param name="Plan">The plan as <c>POST /api/plans</c> returned it; only its inputs are read.</param>
/// <param name="CheckIn">The check-in to record.</param>
[JsonConverter(typeof(Converter))]
internal sealed record CheckInBody(RecoveryPlan Plan, CheckInReport CheckIn)
{
    /// <summary>Reads the body, collecting every problem of both parts into one <see cref="JsonException"/>.</summary>
    internal sealed class Converter : JsonConverter<CheckInBody>
    {
        public override CheckInBody Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var body = Envelope.Read(ref reader, options, "plan", "checkIn");
            var plan = body.Part<RecoveryPlan>("plan");
            if (!body.Has("plan"))
            {
                body.Errors.Add("$.plan", ValidationCode.Required, "is required: the plan as returned by POST /api/plans.");
            }

            var checkIn = body.Part<CheckInReport>("checkIn");
            if (!body.Has("checkIn"))
            {
                body.Errors.Add("$.checkIn", ValidationCode.Required, "is required: the date, pain (0 to 10) and trend (better, same or worse), and optionally clearance (none, lightActivity or fullTraining), newSymptoms, causesRuledOut and causesConfirmed.");
            }

            return plan is not null && checkIn is not null && !body.Errors.Any
                ? new CheckInBody(plan, checkIn)
                : throw body.Errors.ToException("check-in request");
        }

        public override void Write(Utf8JsonWriter writer, CheckInBody value, JsonSerializerOptions options)
            => throw new NotSupportedException("A check-in request is only read.");
    }
}
