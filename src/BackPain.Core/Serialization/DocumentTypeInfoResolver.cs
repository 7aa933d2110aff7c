using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BackPain.Core.Serialization;

/// <summary>
/// Metadata for the six document types only, each read and written by its converter; added in front of a host's
/// resolvers by <see cref="BackPainJson.Configure"/>, so a host whose options know only its own source-generated
/// context can still bind and return the documents. No reflection.
/// </summary>
internal sealed class DocumentTypeInfoResolver : IJsonTypeInfoResolver
{
    public static DocumentTypeInfoResolver Instance { get; } = new();

    /// <summary>The converter of every document type, in the order of <see cref="BackPainJson"/>'s methods.</summary>
    public static IReadOnlyList<JsonConverter> Converters { get; } =
    [
        new SymptomReportJsonConverter(), new WorkoutJsonConverter(), new TrainingHistoryJsonConverter(),
        new CheckInReportJsonConverter(), new AssessmentJsonConverter(), new RecoveryPlanJsonConverter(),
    ];

    public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        => type == typeof(SymptomReport) ? Info<SymptomReport>(options, 0)
        : type == typeof(Workout) ? Info<Workout>(options, 1)
        : type == typeof(TrainingHistory) ? Info<TrainingHistory>(options, 2)
        : type == typeof(CheckInReport) ? Info<CheckInReport>(options, 3)
        : type == typeof(Assessment) ? Info<Assessment>(options, 4)
        : type == typeof(RecoveryPlan) ? Info<RecoveryPlan>(options, 5)
        : null;

    private static JsonTypeInfo<T> Info<T>(JsonSerializerOptions options, int index)
        => JsonMetadataServices.CreateValueInfo<T>(options, Converters[index]);
}
