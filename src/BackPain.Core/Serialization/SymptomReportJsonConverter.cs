using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackPain.Core.Serialization;

/// <summary>
/// Reads and writes a symptom report (its answers) in the library's JSON shape, the same text as
/// <see cref="BackPainJson"/>. It is on <see cref="SymptomReport"/> as a <see cref="JsonConverterAttribute"/>, so plain
/// <see cref="JsonSerializer"/> calls, ASP.NET Core model binding and <c>HttpClient</c> JSON calls use it with any
/// options; <see cref="BackPainJson.Configure"/> also registers it for hosts whose options use only source-generated
/// metadata.
/// </summary>
/// <remarks>
/// Reading validates the document as <see cref="BackPainJson"/> does. A bad document throws one
/// <see cref="JsonException"/> whose message lists every problem, each with its path inside the document; its
/// <see cref="JsonException.Path"/> is where the document starts. Trimming- and AOT-safe: it uses only the library's
/// source-generated metadata.
/// </remarks>
public sealed class SymptomReportJsonConverter : JsonConverter<SymptomReport>
{
    /// <summary>Reads the document and validates it.</summary>
    /// <exception cref="JsonException">The JSON is malformed or a value is invalid; the message names every problem.</exception>
    public override SymptomReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => DocumentConverter.Read(ref reader, BackPainJsonContext.Default.SymptomReportBuilder, BackPainJson.ToReport);

    /// <summary>Writes the document.</summary>
    public override void Write(Utf8JsonWriter writer, SymptomReport value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, value.ToBuilder(), BackPainJsonContext.Default.SymptomReportBuilder);
    }
}
