using System.Text.Json;
using System.Text.Json.Serialization;
using BackPain.Core.Internal;

namespace BackPain.Core.Serialization;

/// <summary>Writes a catalogue entry as its id and reads it back, failing with the list of known ids.</summary>
internal sealed class IdConverter<T> : JsonConverter<T>
    where T : class, ICatalogueEntry<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonValueException(ValidationCode.Malformed, Messages.Format("validation.json.idAsString", Messages.Catalogue(T.CatalogueName)));
        }

        var id = reader.GetString();
        return T.TryFromId(id, out var value)
            ? value
            : throw new JsonValueException(ValidationCode.UnknownId, Messages.Format("validation.unknownId", id, Messages.Catalogue(T.CatalogueName), string.Join(", ", T.All.Select(e => e.Id))), id);
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
}

/// <summary>A catalogue exercise as its id; a custom one as an object with its name, strain and muscles.</summary>
internal sealed class ExerciseConverter : JsonConverter<Exercise>
{
    public override Exercise Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var id = reader.GetString();
            return Exercise.TryFromId(id, out var exercise)
                ? exercise
                : throw new JsonValueException(ValidationCode.UnknownId, Messages.Format("validation.json.unknownExercise", id, string.Join(", ", Exercise.All.Select(e => e.Id))), id);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonValueException(ValidationCode.Malformed, Messages.Get("validation.json.exercise"));
        }

        // Every problem inside a custom exercise is listed, with paths inside it that the outer reader places under the exercise's own.
        var errors = new ErrorCollector();
        var custom = DocumentConverter.ReadTolerantly(ref reader, BackPainJsonContext.Default.CustomExerciseDto, errors) ?? new CustomExerciseDto();
        var name = custom.Name ?? string.Empty;
        List<MuscleGroup> primary = custom.PrimaryMuscles ?? [];
        List<MuscleGroup> secondary = custom.SecondaryMuscles ?? [];
        Exercise.CheckCustom(errors, name, primary, secondary);
        return errors.Count == 0
            ? Exercise.Custom(name, custom.IsStrenuousForSpine ?? true, primary, secondary)
            : throw new JsonValueException(errors.ToResult().Errors);
    }

    public override void Write(Utf8JsonWriter writer, Exercise value, JsonSerializerOptions options)
    {
        if (!value.IsCustom)
        {
            writer.WriteStringValue(value.Id);
            return;
        }

        JsonSerializer.Serialize(writer, new CustomExerciseDto
        {
            Name = value.Name,
            IsStrenuousForSpine = value.IsStrenuousForSpine,
            PrimaryMuscles = [.. value.PrimaryMuscles],
            SecondaryMuscles = [.. value.SecondaryMuscles],
        }, BackPainJsonContext.Default.CustomExerciseDto);
    }
}

internal sealed class DaysConverter : JsonConverter<Days>
{
    public override Days Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var count) && count >= 0 && count <= Days.MaxCount
            ? Days.Of(count)
            : throw new JsonValueException(ValidationCode.OutOfRange, Messages.Format("validation.json.days", Days.MaxCount));

    public override void Write(Utf8JsonWriter writer, Days value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Count);
}

/// <summary>
/// Enums as camelCase strings; numbers are rejected. A value that is not one of the names fails with the names that
/// are allowed, never with a .NET type name. Reading also accepts a name in another case, as System.Text.Json's own
/// enum converter does.
/// </summary>
internal sealed class CamelCaseEnumConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    private static readonly (T Value, string Name)[] Names =
        [.. Enum.GetValues<T>().Select(v => (v, JsonNamingPolicy.CamelCase.ConvertName(v.ToString())))];

    private static readonly string Allowed = string.Join(", ", Names.Select(n => n.Name));

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TokenType == JsonTokenType.String
            ? Parse(reader.GetString()!)
            : throw new JsonValueException(ValidationCode.Malformed, Messages.Format("validation.json.oneOfStrings", Allowed));

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(NameOf(value));

    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Parse(reader.GetString()!);

    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WritePropertyName(NameOf(value));

    private static T Parse(string text)
    {
        foreach (var (value, name) in Names)
        {
            if (string.Equals(name, text, StringComparison.Ordinal))
            {
                return value;
            }
        }

        foreach (var (value, name) in Names)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                return value;
            }
        }

        throw new JsonValueException(ValidationCode.UnknownId, Messages.Format("validation.json.notAllowedHere", text, Allowed), text);
    }

    private static string NameOf(T value)
    {
        foreach (var (known, name) in Names)
        {
            if (EqualityComparer<T>.Default.Equals(known, value))
            {
                return name;
            }
        }

        throw new JsonException($"{value} is not a value this version of BackPain.Core can write.");
    }
}
