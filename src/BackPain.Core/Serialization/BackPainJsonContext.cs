using System.Text.Json.Serialization;

namespace BackPain.Core.Serialization;

/// <summary>The source-generated System.Text.Json metadata: no reflection, trimming- and AOT-safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    AllowDuplicateProperties = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    MaxDepth = 32,
    Converters =
    [
        typeof(IdConverter<Cause>), typeof(IdConverter<Symptom>), typeof(IdConverter<Remedy>), typeof(IdConverter<MuscleGroup>),
        typeof(IdConverter<TriageLevel>), typeof(IdConverter<Source>), typeof(ExerciseConverter),
        typeof(DaysConverter), typeof(CultureNameJsonConverter),
        typeof(CamelCaseEnumConverter<Onset>), typeof(CamelCaseEnumConverter<PainCharacter>),
        typeof(CamelCaseEnumConverter<LegSymptoms>), typeof(CamelCaseEnumConverter<BackArea>),
        typeof(CamelCaseEnumConverter<Trend>), typeof(CamelCaseEnumConverter<LikelihoodBand>),
        typeof(CamelCaseEnumConverter<RestrictionKind>), typeof(CamelCaseEnumConverter<LiftCondition>),
        typeof(CamelCaseEnumConverter<PlanEntryKind>), typeof(CamelCaseEnumConverter<OpenCondition>), typeof(CamelCaseEnumConverter<Clearance>),
        typeof(CamelCaseEnumConverter<DoseKind>), typeof(CamelCaseEnumConverter<MuscleSize>),
    ])]
[JsonSerializable(typeof(SymptomReportBuilder))]
[JsonSerializable(typeof(SymptomReport))]
[JsonSerializable(typeof(CustomExerciseDto))]
[JsonSerializable(typeof(Workout))]
[JsonSerializable(typeof(WorkoutDto))]
[JsonSerializable(typeof(TrainingHistory))]
[JsonSerializable(typeof(TrainingHistoryDto))]
[JsonSerializable(typeof(CheckInReport))]
[JsonSerializable(typeof(CheckInDto))]
[JsonSerializable(typeof(Assessment))]
[JsonSerializable(typeof(AssessmentDto))]
[JsonSerializable(typeof(RecoveryPlan))]
[JsonSerializable(typeof(RecoveryPlanDto))]
[JsonSerializable(typeof(WorkoutShape))]
[JsonSerializable(typeof(TrainingHistoryShape))]
[JsonSerializable(typeof(CheckInReportShape))]
[JsonSerializable(typeof(AssessmentShape))]
[JsonSerializable(typeof(RecoveryPlanShape))]
internal sealed partial class BackPainJsonContext : JsonSerializerContext;
