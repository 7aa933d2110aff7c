using BackPain.Core;

// Runs a little of the core after trimming, so a trimmed-away resource or catalogue shows up as a failure here.
var report = new SymptomReportBuilder
{
    Severity = 4,
    Onset = Onset.HoursAfter,
    Character = PainCharacter.DullAche,
    Exercises = [Exercise.Deadlift],
}.Build();

Console.WriteLine($"trim check: {report.Symptoms.Count} findings, {Cause.All.Count} causes, {Remedy.All.Count} remedies, {Exercise.All.Count} exercises");
Console.WriteLine($"first finding: {report.Symptoms.First().Text}");
return report.Symptoms.Count > 0 && Cause.All.Count > 0 ? 0 : 1;
