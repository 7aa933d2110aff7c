using BackPain.Core;
using BackPain.Core.Calendar;
using BackPain.Core.Extensions.DependencyInjection;
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

Console.WriteLine($"Check-ins every {planner.Options.CheckInInterval}: {string.Join(", ", plan.CheckInDates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))}");
Console.WriteLine($"{file}: {ics.Split("BEGIN:VEVENT").Length - 1} events");
Console.WriteLine(plan.Disclaimer);
