using BackPain.Core;
using System.Text;
using System.Text.Json;
using BackPain.Core.Calendar;
using BackPain.Core.Serialization;
using BackPain.Samples.Console.Views;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BackPain.Samples.Console;

/// <summary>
/// The sample's one command. In a terminal with no report named it asks the questions; otherwise it assesses the
/// example or file it was given (the <c>doms</c> example when none, as in CI). Then it shows the assessment and the
/// plan, or prints the plan as JSON.
/// </summary>
/// <remarks>Created by Spectre.Console.Cli, which passes the console and the <see cref="SampleEnvironment"/>.</remarks>
internal sealed class BackPainCommand(IAnsiConsole console, SampleEnvironment environment) : Command<BackPainSettings>
{
    public override int Execute(CommandContext context, BackPainSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var interactive = !settings.HasReport && !settings.Json && environment.CanPrompt;
        return interactive ? Interactive(settings, cancellationToken) : Once(settings);
    }

    /// <summary>Assesses and plans from the options alone, without a question.</summary>
    private int Once(BackPainSettings settings)
    {
        var loader = new InputLoader();
        var demonstration = !settings.HasReport;
        var start = loader.LoadStart(settings, demonstration ? SampleEnvironment.DemoStart : environment.Today());
        var assessor = loader.LoadAssessor(settings);
        var labels = assessor is null ? Labels.English : Labels.For(assessor.Texts);
        var input = loader.LoadReport(settings, start, labels);
        var planInput = loader.LoadPlan(settings, start);
        loader.ThrowIfInvalid();

        var assessment = assessor!.Assess(input!.Report);
        var plan = RecoveryPlanner.Default.Plan(assessment, planInput!.History ?? input.History ?? TrainingHistory.Empty, planInput.Request);
        plan = loader.CheckIn(plan, planInput.CheckIns, settings.CheckIns);
        loader.ThrowIfInvalid();

        WriteCalendar(settings, plan, quiet: settings.Json);
        if (settings.Json)
        {
            // Machine-readable: the plan (which holds its assessment) and nothing else on standard output.
            console.Profile.Out.Writer.WriteLine(Indent(BackPainJson.Serialize(plan)));
            return ExitCodes.Success;
        }

        ReportView.WriteTitle(console, assessment.Texts, input.Title, input.Report);
        AssessmentView.Write(console, assessment);
        console.WriteLine();
        PlanView.Write(console, plan);
        ReportView.WriteDisclaimer(console, assessment.Texts, plan.Disclaimer);
        if (demonstration)
        {
            console.MarkupLine($"[grey]{labels.Markup("demonstration", $"[bold]{Examples.Doms.Name}[/]", labels.Date(plan.Request.Start))}[/]");
        }

        return ExitCodes.Success;
    }

    /// <summary>Asks the questions, shows the assessment and the plan, then offers check-ins until declined.</summary>
    private int Interactive(BackPainSettings settings, CancellationToken cancellationToken)
    {
        var loader = new InputLoader();
        var start = loader.LoadStart(settings, environment.Today());
        var assessor = loader.LoadAssessor(settings);
        var planInput = loader.LoadPlan(settings, start);
        loader.ThrowIfInvalid();

        var labels = Labels.For(assessor!.Texts);
        console.Write(Look.Heading(console, Markup.Escape(labels["heading"]), Color.DeepSkyBlue1));
        console.MarkupLine($"{Markup.Escape(labels["interview.intro"])} [grey]{Markup.Escape(labels["interview.private"])}[/]");
        console.WriteLine();
        var interview = new Interview(console, assessor.Texts);
        var report = interview.AskReport().Build();
        var history = planInput!.History ?? Interview.Workout(report, start);
        var assessment = assessor.Assess(report);
        var plan = RecoveryPlanner.Default.Plan(assessment, history, planInput.Request);
        plan = loader.CheckIn(plan, planInput.CheckIns, settings.CheckIns);
        loader.ThrowIfInvalid();

        console.WriteLine();
        ReportView.WriteTitle(console, assessment.Texts, labels.Format("title.interview", labels.Date(start)), report);
        AssessmentView.Write(console, assessment);
        console.WriteLine();
        PlanView.Write(console, plan);
        ReportView.WriteDisclaimer(console, assessment.Texts, plan.Disclaimer);

        while (!cancellationToken.IsCancellationRequested && interview.AskCheckIn(plan) is { } checkIn)
        {
            var before = plan;
            plan = plan.CheckIn(checkIn);
            console.WriteLine();
            PlanView.WriteCheckIn(console, before, plan);
            ReportView.WriteDisclaimer(console, assessment.Texts, plan.Disclaimer);
        }

        WriteCalendar(settings, plan, quiet: false);
        return ExitCodes.Success;
    }

    /// <summary>With <c>--ics FILE</c>, writes the plan as an iCalendar file (BackPain.Core.Calendar) with ice and heat reminders.</summary>
    private void WriteCalendar(BackPainSettings settings, RecoveryPlan plan, bool quiet)
    {
        if (settings.Ics is not { } path)
        {
            return;
        }

        File.WriteAllText(path, PlanCalendar.ToICalendar(plan, new PlanCalendarOptions { IceAndHeatReminders = true }));
        if (!quiet)
        {
            console.MarkupLine($"[grey]{Markup.Escape(Labels.For(plan.Assessment.Texts).Format("calendar.written", path))}[/]");
        }
    }

    private static string Indent(string json)
    {
        using var document = JsonDocument.Parse(json);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
