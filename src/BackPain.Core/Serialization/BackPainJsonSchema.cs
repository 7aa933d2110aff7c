using System.Text.Json.Nodes;

namespace BackPain.Core.Serialization;

/// <summary>
/// The JSON Schema (draft 2020-12) of each document <see cref="BackPainJson"/> reads and writes: symptom report,
/// workout, training history, check-in, assessment and recovery plan. For clients in other languages, for request
/// validation before a document is sent, and for OpenAPI documents. The same schemas ship as files in the package's
/// <c>schemas/</c> folder (and in the repository's).
/// </summary>
/// <remarks>
/// <para>
/// A schema describes the field names, JSON kinds, the words allowed for enums and ids, dates as <c>yyyy-MM-dd</c>
/// (<c>format: date</c>), the ranges and list limits the readers check, the required fields, and no other fields
/// (<c>additionalProperties: false</c>). A document the schema rejects, the reader rejects too. The converse does not
/// hold: rules that join several fields (pain 0 with a worsening trend, a check-in before the plan starts, a cause both
/// ruled out and confirmed) are checked only by the readers.
/// </para>
/// <para>
/// In an assessment and a plan, the outputs (causes, triage, days, …) are described and marked <c>readOnly</c>: they
/// are always written, and ignored on reading, since a reader assesses and plans again from the inputs.
/// </para>
/// </remarks>
public static class BackPainJsonSchema
{
    /// <summary>
    /// The document types that have a schema: <see cref="SymptomReport"/>, <see cref="Workout"/>,
    /// <see cref="TrainingHistory"/>, <see cref="CheckInReport"/>, <see cref="Assessment"/>, <see cref="RecoveryPlan"/>.
    /// </summary>
    public static IReadOnlyList<Type> DocumentTypes { get; } = [.. JsonSchemaGenerator.Documents.Select(d => d.Type)];

    /// <summary>
    /// The schema of a document type, a new object at each call (change it freely). Its <c>$id</c> is
    /// <c>urn:backpain-core:schema:</c> followed by the file name without <c>.schema.json</c>, for example
    /// <c>urn:backpain-core:schema:recovery-plan</c>.
    /// </summary>
    /// <param name="documentType">One of <see cref="DocumentTypes"/>, for example <c>typeof(RecoveryPlan)</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="documentType"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="documentType"/> is not a document type; the message lists them.</exception>
    public static JsonObject For(Type documentType)
    {
        ArgumentNullException.ThrowIfNull(documentType);
        return JsonSchemaGenerator.Generate(documentType);
    }

    /// <summary>
    /// The file name of a document type's schema in the package's and the repository's <c>schemas/</c> folder, for
    /// example <c>recovery-plan.schema.json</c>.
    /// </summary>
    /// <param name="documentType">One of <see cref="DocumentTypes"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="documentType"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="documentType"/> is not a document type; the message lists them.</exception>
    public static string FileNameOf(Type documentType)
    {
        ArgumentNullException.ThrowIfNull(documentType);
        return JsonSchemaGenerator.Find(documentType).Name + ".schema.json";
    }
}
