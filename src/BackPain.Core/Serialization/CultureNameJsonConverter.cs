using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using BackPain.Core.Internal;

namespace BackPain.Core.Serialization;

/// <summary>
/// Writes a culture as its name (<c>"en-GB"</c>, or <c>""</c> for the invariant culture) and reads it back. It is on
/// <see cref="AssessorOptions.Culture"/>, so even plain <see cref="JsonSerializer"/> calls on <see
/// cref="AssessorOptions"/> write the name rather than walking the culture's object graph (which never ends).
/// </summary>
public sealed class CultureNameJsonConverter : JsonConverter<CultureInfo>
{
    /// <summary>Reads a culture name.</summary>
    /// <exception cref="JsonException">The value is not a string, or not the name of a culture this system knows.</exception>
    public override CultureInfo Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var name = reader.GetString() ?? string.Empty;
        try
        {
            return CultureInfo.GetCultureInfo(name);
        }
        catch (CultureNotFoundException)
        {
            throw new JsonValueException(ValidationCode.UnknownId, Messages.Get("validation.json.culture"), name);
        }
    }

    /// <summary>Writes the culture's name.</summary>
    public override void Write(Utf8JsonWriter writer, CultureInfo value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStringValue(value.Name);
    }
}
