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
            throw new JsonValueException(ValidationCode.Malformed, $"Expected a {T.CatalogueName} id as a string.");
        }

        var id = reader.GetString();
        return T.TryFromId(id, out var value)
            ? value
            : throw new JsonValueException(ValidationCode.UnknownId, $"'{id}' is not a known {T.CatalogueName} id; known ids are: {string.Join(", ", T.All.Select(e => e.Id))}.", id);
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
                : throw new JsonValueException(ValidationCode.UnknownId, $"'{id}' is not a known exercise id; known ids are: {string.Join(", ", Exercise.All.Select(e => e.Id))}. Write a custom exercise as an object with name, isStrenuousForSpine and primaryMuscles.", id);
        }

        var custom = JsonValueException.ReadNested(ref reader, BackPainJsonContext.Default.CustomExerciseDto)
            ?? throw new JsonValueException(ValidationCode.Required, "Expected an exercise id or a custom exercise object, not null.");
        var name = custom.Name ?? string.Empty;
        List<MuscleGroup> primary = custom.PrimaryMuscles ?? [];
        List<MuscleGroup> secondary = custom.SecondaryMuscles ?? [];
        var errors = new ErrorCollector();
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
            : throw new JsonValueException(ValidationCode.OutOfRange, $"Expected a whole number of days from 0 to {Days.MaxCount}.");

    public override void Write(Utf8JsonWriter writer, Days value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Count);
}

/// <summary>Enums as camelCase strings; numbers are rejected.</summary>
internal sealed class CamelCaseEnumConverter<T> : JsonStringEnumConverter<T>
    where T : struct, Enum
{
    public CamelCaseEnumConverter()
        : base(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    {
    }
}
