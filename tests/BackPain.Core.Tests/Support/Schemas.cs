using System.Text.Encodings.Web;
using System.Text.Json;
using BackPain.Core.Serialization;
using Json.Schema;

namespace BackPain.Core.Tests.Support;

/// <summary>
/// The JSON Schemas of the documents as the tests use them: their text as committed in <c>schemas/</c>, each built once
/// for JsonSchema.Net (formats checked, as the readers check dates), and the reader of each document type.
/// </summary>
public static class Schemas
{
    private static readonly JsonSerializerOptions FileFormat = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly EvaluationOptions Evaluation = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    private static readonly Lazy<IReadOnlyDictionary<Type, JsonSchema>> Built = new(() =>
        BackPainJsonSchema.DocumentTypes.ToDictionary(
            type => type,
            type => JsonSchema.FromText(Text(type), new BuildOptions { SchemaRegistry = new SchemaRegistry() })));

    /// <summary>The schema of <paramref name="documentType"/> as the file in <c>schemas/</c> holds it: two-space indents, a final newline.</summary>
    public static string Text(Type documentType)
        => BackPainJsonSchema.For(documentType).ToJsonString(FileFormat).ReplaceLineEndings("\n") + "\n";

    /// <summary>Evaluates <paramref name="json"/> against the schema of <paramref name="documentType"/>.</summary>
    public static EvaluationResults Evaluate(Type documentType, string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
        return Built.Value[documentType].Evaluate(document.RootElement, Evaluation);
    }

    /// <summary>Why the schema rejects the document, one line per failed keyword; empty when it accepts it.</summary>
    public static string Failures(EvaluationResults results)
        => results.IsValid ? string.Empty : string.Join(
            "\n",
            (results.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")));

    /// <summary>The <see cref="BackPainJson"/> reader of <paramref name="documentType"/>.</summary>
    public static Func<string, object> ReaderOf(Type documentType)
        => documentType == typeof(SymptomReport) ? BackPainJson.DeserializeReport
        : documentType == typeof(Workout) ? BackPainJson.DeserializeWorkout
        : documentType == typeof(TrainingHistory) ? BackPainJson.DeserializeHistory
        : documentType == typeof(CheckInReport) ? BackPainJson.DeserializeCheckIn
        : documentType == typeof(Assessment) ? BackPainJson.DeserializeAssessment
        : documentType == typeof(RecoveryPlan) ? BackPainJson.DeserializePlan
        : throw new ArgumentException($"{documentType} is not a document type.", nameof(documentType));
}
