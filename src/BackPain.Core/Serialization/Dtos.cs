using BackPain.Core.Domain;

namespace BackPain.Core.Serialization;

/// <summary>The wire shapes of the inputs; outputs are written from the public types directly.</summary>
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

    public bool ClinicianCleared { get; set; }

    public List<Symptom>? NewRedFlags { get; set; }
}

internal sealed class AssessmentDto
{
    public Assessment.SymptomReportBuilder? Report { get; set; }

    public Assessment.AssessorOptions? Options { get; set; }
}

internal sealed class PlanRequestDto
{
    public DateOnly? Start { get; set; }

    public Days? Length { get; set; }
}

internal sealed class RecoveryPlanDto
{
    public AssessmentDto? Assessment { get; set; }

    public TrainingHistoryDto? History { get; set; }

    public PlanRequestDto? Request { get; set; }

    public Recovery.PlannerOptions? Options { get; set; }

    public List<CheckInDto>? CheckInsReported { get; set; }
}
