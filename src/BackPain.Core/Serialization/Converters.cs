using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using BackPain.Core.Assessment;
using BackPain.Core.Domain;

namespace BackPain.Core.Serialization;

/// <summary>Writes a catalogue entry as its id and reads it back, failing with the list of known ids.</summary>
internal abstract class IdConverter<T> : JsonConverter<T>
    where T : class
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException($"Expected a {Name} id as a string.");
        }

        var id = reader.GetString();
        return TryFromId(id, out var value) ? value! : throw new JsonException($"'{id}' is not a known {Name} id; known ids are: {string.Join(", ", Known())}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Id(value));

    protected abstract string Name { get; }

    protected abstract string Id(T value);

    protected abstract bool TryFromId(string? id, out T? value);

    protected abstract IEnumerable<string> Known();
}

internal sealed class CauseConverter : IdConverter<Cause>
{
    protected override string Name => "cause";

    protected override string Id(Cause value) => value.Id;

    protected override bool TryFromId(string? id, out Cause? value) => Cause.TryFromId(id, out value);

    protected override IEnumerable<string> Known() => Cause.All.Select(c => c.Id);
}

internal sealed class SymptomConverter : IdConverter<Symptom>
{
    protected override string Name => "symptom";

    protected override string Id(Symptom value) => value.Id;

    protected override bool TryFromId(string? id, out Symptom? value) => Symptom.TryFromId(id, out value);

    protected override IEnumerable<string> Known() => Symptom.All.Select(c => c.Id);
}

internal sealed class RemedyConverter : IdConverter<Remedy>
{
    protected override string Name => "remedy";

    protected override string Id(Remedy value) => value.Id;

    protected override bool TryFromId(string? id, out Remedy? value) => Remedy.TryFromId(id, out value);

    protected override IEnumerable<string> Known() => Remedy.All.Select(c => c.Id);
}

internal sealed class MuscleGroupConverter : IdConverter<MuscleGroup>
{
    protected override string Name => "muscle group";

    protected override string Id(MuscleGroup value) => value.Id;

    protected override bool TryFromId(string? id, out MuscleGroup? value) => MuscleGroup.TryFromId(id, out value);

    protected override IEnumerable<string> Known() => MuscleGroup.All.Select(c => c.Id);
}

internal sealed class TriageLevelConverter : IdConverter<TriageLevel>
{
    protected override string Name => "triage level";

    protected override string Id(TriageLevel value) => value.Id;

    protected override bool TryFromId(string? id, out TriageLevel? value) => TriageLevel.TryFromId(id, out value);

    protected override IEnumerable<string> Known() => TriageLevel.All.Select(c => c.Id);
}

internal sealed class SourceConverter : IdConverter<Source>
{
    protected override string Name => "source";

    protected override string Id(Source value) => value.Id;

    protected override bool TryFromId(string? id, out Source? value) => Source.TryFromId(id, out value);

    protected override IEnumerable<string> Known() => Source.All.Select(c => c.Id);
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
                : throw new JsonException($"'{id}' is not a known exercise id; known ids are: {string.Join(", ", Exercise.All.Select(e => e.Id))}. Write a custom exercise as an object with name, isStrenuousForSpine and primaryMuscles.");
        }

        var custom = JsonSerializer.Deserialize(ref reader, BackPainJsonContext.Default.CustomExerciseDto)
            ?? throw new JsonException("Expected an exercise id or a custom exercise object, not null.");
        try
        {
            return Exercise.Custom(custom.Name ?? string.Empty, custom.IsStrenuousForSpine ?? true, custom.PrimaryMuscles ?? [], custom.SecondaryMuscles ?? []);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message);
        }
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

/// <summary>A <see cref="SymptomReport"/> as its answers; read back through the builder, so it is validated.</summary>
internal sealed class SymptomReportConverter : JsonConverter<SymptomReport>
{
    public override SymptomReport Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var answers = JsonSerializer.Deserialize(ref reader, BackPainJsonContext.Default.SymptomReportBuilder)
            ?? throw new JsonException("Expected a symptom report object, not null.");
        var result = answers.Validate();
        return result.IsValid ? answers.Build() : throw new JsonException(string.Join("; ", result.Errors));
    }

    public override void Write(Utf8JsonWriter writer, SymptomReport value, JsonSerializerOptions options)
        => JsonSerializer.Serialize(writer, value.ToBuilder(), BackPainJsonContext.Default.SymptomReportBuilder);
}

internal sealed class DaysConverter : JsonConverter<Days>
{
    public override Days Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        => reader.TryGetInt32(out var count) && count is >= 0 and <= Days.MaxCount
            ? Days.Of(count)
            : throw new JsonException($"Expected a whole number of days from 0 to {Days.MaxCount}.");

    public override void Write(Utf8JsonWriter writer, Days value, JsonSerializerOptions options) => writer.WriteNumberValue(value.Count);
}

internal sealed class CultureConverter : JsonConverter<CultureInfo>
{
    public override CultureInfo Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return CultureInfo.GetCultureInfo(reader.GetString() ?? string.Empty);
        }
        catch (CultureNotFoundException)
        {
            throw new JsonException("Expected a culture name such as \"en-GB\", or \"\" for the invariant culture.");
        }
    }

    public override void Write(Utf8JsonWriter writer, CultureInfo value, JsonSerializerOptions options) => writer.WriteStringValue(value.Name);
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
