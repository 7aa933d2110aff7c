using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackPain.Core.Serialization;

// The wire shapes of the inputs; outputs are written from the public types directly. A reader rejects a field that is
// not a property here (an unknown field, listed with the others by DocumentConverter). The outputs of an assessment or
// a plan are properties of type WrittenOutput: accepted, so a document the library wrote reads back, and skipped.

/// <summary>
/// A value the library writes as an output of a document (scores, triage, days, …) and ignores on reading: readers
/// rebuild the outputs from the inputs, so an edited output cannot change what is read.
/// </summary>
[JsonConverter(typeof(WrittenOutputConverter))]
internal sealed class WrittenOutput
{
    internal static readonly WrittenOutput Ignored = new();

    private WrittenOutput()
    {
    }
}

/// <summary>Skips an output's value without reading it (as fast as System.Text.Json skips a field it does not map).</summary>
internal sealed class WrittenOutputConverter : JsonConverter<WrittenOutput>
{
    public override WrittenOutput Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        reader.Skip();
        return WrittenOutput.Ignored;
    }

    public override void Write(Utf8JsonWriter writer, WrittenOutput value, JsonSerializerOptions options)
        => throw new NotSupportedException("Outputs are written from the documents themselves.");
}

internal sealed class CustomExerciseDto
{
    public string? Name { get; set; }

    public bool? IsStrenuousForSpine { get; set; }

    public List<MuscleGroup>? PrimaryMuscles { get; set; }

    public List<MuscleGroup>? SecondaryMuscles { get; set; }
}

internal sealed class WorkoutDto
{
    public DateOnly? Date { get; set; }

    public List<Exercise>? Exercises { get; set; }

    public int? Rpe { get; set; }

    public bool IsHard { get; set; }
}

internal sealed class TrainingHistoryDto
{
    public List<WorkoutDto>? Workouts { get; set; }
}

internal sealed class CheckInDto
{
    public DateOnly? Date { get; set; }

    public int? Pain { get; set; }

    public Trend? Trend { get; set; }

    public Clearance? Clearance { get; set; }

    public List<Symptom>? NewSymptoms { get; set; }

    public List<Cause>? CausesRuledOut { get; set; }

    public List<Cause>? CausesConfirmed { get; set; }
}

internal sealed class AssessmentDto
{
    public SymptomReportBuilder? Report { get; set; }

    public AssessorOptionsDto? Options { get; set; }

    public WrittenOutput? Causes { get; set; }

    public WrittenOutput? TopCause { get; set; }

    public WrittenOutput? IsUnclear { get; set; }

    public WrittenOutput? RedFlags { get; set; }

    public WrittenOutput? Triage { get; set; }

    public WrittenOutput? Remedies { get; set; }

    public WrittenOutput? Restrictions { get; set; }

    public WrittenOutput? Summary { get; set; }

    public WrittenOutput? Disclaimer { get; set; }
}

/// <summary>
/// Assessor options as read: an option left out (or null) keeps its default. (Read straight into the record, the
/// source-generated reader would set every option left out to null or zero.)
/// </summary>
internal sealed class AssessorOptionsDto
{
    public double? LikelyThreshold { get; set; }

    public System.Globalization.CultureInfo? Culture { get; set; }

    internal AssessorOptions ToOptions()
    {
        var defaults = AssessorOptions.Default;
        return defaults with
        {
            LikelyThreshold = LikelyThreshold ?? defaults.LikelyThreshold,
            Culture = Culture ?? defaults.Culture,
        };
    }
}

/// <summary>Planner options as read: an option left out (or null) keeps its default.</summary>
internal sealed class PlannerOptionsDto
{
    public Days? ExtraRestSmallDays { get; set; }

    public Days? ExtraRestLargeDays { get; set; }

    public int? HardRpeThreshold { get; set; }

    public Days? CheckInIntervalDays { get; set; }

    public Days? IceDays { get; set; }

    public Days? HeatDays { get; set; }

    internal PlannerOptions ToOptions()
    {
        var defaults = PlannerOptions.Default;
        return defaults with
        {
            ExtraRestSmall = ExtraRestSmallDays ?? defaults.ExtraRestSmall,
            ExtraRestLarge = ExtraRestLargeDays ?? defaults.ExtraRestLarge,
            HardRpeThreshold = HardRpeThreshold ?? defaults.HardRpeThreshold,
            CheckInInterval = CheckInIntervalDays ?? defaults.CheckInInterval,
            IceDays = IceDays ?? defaults.IceDays,
            HeatDays = HeatDays ?? defaults.HeatDays,
        };
    }
}

internal sealed class PlanRequestDto
{
    public DateOnly? Start { get; set; }

    public Days? LengthDays { get; set; }

    public WrittenOutput? End { get; set; }
}

internal sealed class RecoveryPlanDto
{
    public AssessmentDto? Assessment { get; set; }

    public TrainingHistoryDto? History { get; set; }

    public PlanRequestDto? Request { get; set; }

    public PlannerOptionsDto? Options { get; set; }

    public List<CheckInDto?>? CheckInReports { get; set; }

    public WrittenOutput? AsOf { get; set; }

    public WrittenOutput? HighestTriage { get; set; }

    public WrittenOutput? Days { get; set; }

    public WrittenOutput? CheckInDates { get; set; }

    public WrittenOutput? Disclaimer { get; set; }

    public WrittenOutput? CoreWorkAllowedFrom { get; set; }
}
