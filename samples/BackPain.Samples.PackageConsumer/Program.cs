using BackPain.Core;

// A dull ache that began a few hours after a heavy, unfamiliar deadlift session.
var report = new SymptomReportBuilder
{
    Severity = 4,
    Onset = Onset.HoursAfter,
    Character = PainCharacter.DullAche,
    Exercises = [Exercise.Deadlift],
    HardOrUnaccustomedWorkout = true,
}.Build();

var assessment = BackPainAssessor.Default.Assess(report);
var plan = RecoveryPlanner.Default.Plan(assessment, TrainingHistory.Empty, new PlanRequest(new DateOnly(2026, 12, 1)));

Console.WriteLine(assessment.Triage.Level);           // how urgently to seek care, from self-care to emergency
Console.WriteLine(assessment.Causes[0].Cause.Name);   // the best-supported cause
Console.WriteLine(plan.CoreWorkAllowedFrom);          // when core strengthening may start: a date, or what must happen first
