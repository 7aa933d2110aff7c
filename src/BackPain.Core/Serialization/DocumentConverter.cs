using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BackPain.Core.Internal;

namespace BackPain.Core.Serialization;

/// <summary>What the public document converters share: reading a document's wire shape and validating it.</summary>
internal static class DocumentConverter
{
    /// <summary>
    /// Reads the wire shape with <paramref name="typeInfo"/> and converts it with <paramref name="convert"/>, as
    /// <see cref="BackPainJson"/> does; every problem of the document is thrown at once in one <see cref="JsonException"/>
    /// (paths relative to the document, which System.Text.Json's <see cref="JsonException.Path"/> locates).
    /// </summary>
    public static T Read<TDto, T>(ref Utf8JsonReader reader, JsonTypeInfo<TDto> typeInfo, Func<TDto, ErrorCollector, T?> convert)
        where T : class
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonValueException(ValidationCode.Malformed, "Expected a JSON object.");
        }

        var dto = JsonValueException.ReadNested(ref reader, typeInfo)
            ?? throw new JsonValueException(ValidationCode.Required, "must be a JSON object, not null.");
        var errors = new ErrorCollector();
        return convert(dto, errors) ?? throw new JsonValueException(errors.ToResult().Errors);
    }
}
