using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BackPain.Core;
using BackPain.Core.Serialization;

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
// A host without reflection (as under trimming and Native AOT) plugs in the library's JSON and round-trips a report.
var options = BackPainJson.Configure(new JsonSerializerOptions { TypeInfoResolver = JsonTypeInfoResolver.Combine() });
var typeInfo = (JsonTypeInfo<SymptomReport>)options.GetTypeInfo(typeof(SymptomReport));
var json = JsonSerializer.Serialize(report, typeInfo);
Console.WriteLine($"json: {json.Length} characters");
var roundTrips = JsonSerializer.Deserialize(json, typeInfo) == report && json == BackPainJson.Serialize(report);
return roundTrips && report.Symptoms.Count > 0 && Cause.All.Count > 0 ? 0 : 1;
