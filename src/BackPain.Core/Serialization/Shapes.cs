namespace BackPain.Core.Serialization;

// The written shapes of the documents. The public document types carry [JsonConverter], so their own metadata in
// BackPainJsonContext is their converter; each converter writes one of these views, whose properties are the public
// type's serialized properties in the same order, so the output is the same as when the types were written directly.

internal sealed class WorkoutShape(Workout value)
{
    public DateOnly Date => value.Date;

    public IReadOnlyList<Exercise> Exercises => value.Exercises;

    public int? Rpe => value.Rpe;

    public bool IsHard => value.IsHard;
}

internal sealed class TrainingHistoryShape(TrainingHistory value)
{
    public IReadOnlyList<Workout> Workouts => value.Workouts;
}

internal sealed class CheckInReportShape(CheckInReport value)
{
    public DateOnly Date => value.Date;

    public int Pain => value.Pain;

    public Trend Trend => value.Trend;

    public Clearance Clearance => value.Clearance;

    public IReadOnlyList<Symptom> NewSymptoms => value.NewSymptoms;

    public IReadOnlyList<Cause> CausesRuledOut => value.CausesRuledOut;

    public IReadOnlyList<Cause> CausesConfirmed => value.CausesConfirmed;
}

internal sealed class AssessmentShape(Assessment value)
{
    public SymptomReport Report => value.Report;

    public AssessorOptions Options => value.Options;

    public IReadOnlyList<CauseLikelihood> Causes => value.Causes;

    public CauseLikelihood TopCause => value.TopCause;

    public bool IsUnclear => value.IsUnclear;

    public IReadOnlyList<RedFlag> RedFlags => value.RedFlags;

    public TriageResult Triage => value.Triage;

    public IReadOnlyList<RemedyAdvice> Remedies => value.Remedies;

    public IReadOnlyList<Restriction> Restrictions => value.Restrictions;

    public IReadOnlyList<string> Summary => value.Summary;

    public string Disclaimer => value.Disclaimer;
}

internal sealed class RecoveryPlanShape(RecoveryPlan value)
{
    public Assessment Assessment => value.Assessment;

    public TrainingHistory History => value.History;

    public PlanRequest Request => value.Request;

    public PlannerOptions Options => value.Options;

    public IReadOnlyList<CheckInReport> CheckInReports => value.CheckInReports;

    public DateOnly AsOf => value.AsOf;

    public TriageLevel HighestTriage => value.HighestTriage;

    public IReadOnlyList<DayPlan> Days => value.Days;

    public IReadOnlyList<DateOnly> CheckInDates => value.CheckInDates;

    public string Disclaimer => value.Disclaimer;

    public Availability CoreWorkAllowedFrom => value.CoreWorkAllowedFrom;
}
