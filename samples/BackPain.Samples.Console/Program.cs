using BackPain.Core.Assessment;
using BackPain.Core.Domain;

// A dull ache that began a few hours after a hard deadlift session: the typical picture of muscle soreness.
var report = new SymptomReportBuilder
{
    Severity = 4,
    Onset = Onset.HoursAfter,
    Character = PainCharacter.DullAche,
    Exercises = [Exercise.Deadlift],
    HardOrUnaccustomedWorkout = true,
}.Build();

Console.WriteLine("BackPain.Core sample: what a symptom report implies");
Console.WriteLine();
Console.WriteLine($"Severity {report.Severity} of 10, after: {string.Join(", ", report.Exercises.Select(e => e.Name))}");
Console.WriteLine();
Console.WriteLine($"Findings ({report.Symptoms.Count}):");
foreach (var symptom in report.Symptoms)
{
    var flag = symptom.IsRedFlag ? $"  [red flag: {symptom.RedFlagLevel.Text}]" : string.Empty;
    Console.WriteLine($"  - {symptom.Text}{flag}");
}

Console.WriteLine();
Console.WriteLine("This is not a diagnosis. If the pain is severe, not improving, or comes with numbness, weakness,");
Console.WriteLine("fever or trouble with the bladder or bowel, see a clinician.");
