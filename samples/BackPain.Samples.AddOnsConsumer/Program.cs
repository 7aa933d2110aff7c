using BackPain.Core;
using BackPain.Core.Calendar;
using BackPain.Core.Extensions.DependencyInjection;
using BackPain.Core.Fhir;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

// The app's configuration, as appsettings.json would give it: check in every 3 days instead of weekly.
var configuration = new ConfigurationBuilder()
    .AddInMemoryCollection(new Dictionary<string, string?> { ["BackPain:Planner:CheckInIntervalDays"] = "3" })
    .Build();

// BackPain.Core.Extensions.DependencyInjection: the engines, built once from the "BackPain" section.
using var services = new ServiceCollection()
    .AddSingleton<IConfiguration>(configuration)
    .AddBackPain()
    .BuildServiceProvider();
var assessor = services.GetRequiredService<IBackPainAssessor>();
var planner = services.GetRequiredService<IRecoveryPlanner>();

var report = new SymptomReportBuilder
{
    Severity = 5,
    Onset = Onset.DuringWorkout,
    Character = PainCharacter.Sharp,
    Exercises = [Exercise.Squat],
    MusclesTight = true,
}.Build();
var plan = planner.Plan(assessor.Assess(report), TrainingHistory.Empty, new PlanRequest(new DateOnly(2026, 12, 1)));

// BackPain.Core.Calendar: the plan as an iCalendar file, to import into a calendar app.
var ics = PlanCalendar.ToICalendar(plan, new PlanCalendarOptions { IceAndHeatReminders = true });
var file = Path.Combine(AppContext.BaseDirectory, "recovery-plan.ics");
File.WriteAllText(file, ics);

// BackPain.Core.Fhir: the questions as a FHIR Questionnaire, the report as a clinic system would send the answers (and
// read back), and the plan as a Bundle (RiskAssessment, CarePlan …) to store in the patient's record.
var questionnaire = BackPainQuestionnaires.SymptomReport();
var patient = new ResourceReference("Patient/example");
var answers = QuestionnaireResponses.FromSymptomReport(report);
answers.Subject = patient;
if (QuestionnaireResponses.ToSymptomReport(answers) != report)
{
    throw new InvalidOperationException("The questionnaire response did not read back as the report it was written from.");
}

var bundle = BackPainFhir.ToBundle(plan, new FhirOutputOptions(patient));
var bundleFile = Path.Combine(AppContext.BaseDirectory, "recovery-plan.fhir.json");
File.WriteAllText(bundleFile, bundle.ToJson(pretty: true));

Console.WriteLine($"Check-ins every {planner.Options.CheckInInterval}: {string.Join(", ", plan.CheckInDates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}");
Console.WriteLine($"{file}: {ics.Split("BEGIN:VEVENT").Length - 1} events");
Console.WriteLine($"{questionnaire.Url}|{questionnaire.Version}: {questionnaire.Item.Count} questions; {answers.Item.Count} answered, read back equal");
Console.WriteLine($"{bundleFile}: {string.Join(", ", bundle.Entry.Select(e => e.Resource!.TypeName).Distinct())}");
Console.WriteLine(plan.Disclaimer);
