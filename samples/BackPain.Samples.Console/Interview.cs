using BackPain.Core;
using System.Globalization;
using Spectre.Console;
using Prompted = Spectre.Console.ValidationResult;

namespace BackPain.Samples.Console;

/// <summary>
/// The interactive questions: the symptom report, asked with prompts and choices, and a check-in. Each answer is
/// checked as it is typed, so the report it builds is always valid.
/// </summary>
internal sealed class Interview(IAnsiConsole console)
{
    /// <summary>A choice in a selection prompt: the words shown, and the value (<see langword="null"/> for "not sure").</summary>
    private sealed record Choice<T>(string Label, T? Value)
        where T : struct
    {
        public override string ToString() => Label;
    }

    /// <summary>The answers to "have you seen a clinician?": not seen, or seen and what they cleared.</summary>
    private enum ClinicianAnswer
    {
        NotSeen,
        NotCleared,
        LightActivity,
        FullTraining,
    }

    /// <summary>Asks every question of the report.</summary>
    public SymptomReportBuilder AskReport()
    {
        var answers = new SymptomReportBuilder
        {
            Severity = AskNumber("How bad is the pain now, from [green]0[/] (none) to [red]10[/] (the worst you can imagine)?", 0, 10, null),
        };
        answers.Onset = Select(
            "When did the pain start?",
            new Choice<Onset>("During the workout", Onset.DuringWorkout),
            new Choice<Onset>("Within a few hours after it", Onset.HoursAfter),
            new Choice<Onset>("The next day or later", Onset.NextDayOrLater),
            new Choice<Onset>("Not sure", null));
        if (answers.Severity > 0)
        {
            answers.Character = Select(
                "What does it feel like?",
                new Choice<PainCharacter>("A dull, sore ache", PainCharacter.DullAche),
                new Choice<PainCharacter>("Sharp", PainCharacter.Sharp),
                new Choice<PainCharacter>("Shooting through the back", PainCharacter.Shooting),
                new Choice<PainCharacter>("Not sure", null));
        }

        answers.Area = Select(
            "Where is it?",
            new Choice<BackArea>("Lower back", BackArea.LowerBack),
            new Choice<BackArea>("Upper back", BackArea.UpperBack),
            new Choice<BackArea>("All over the back", BackArea.WholeBack));
        answers.Legs = Select(
            "Does pain, numbness or tingling run into your legs?",
            new Choice<LegSymptoms>("No", LegSymptoms.None),
            new Choice<LegSymptoms>("Into one leg", LegSymptoms.OneLeg),
            new Choice<LegSymptoms>("Into both legs", LegSymptoms.BothLegs));
        answers.Exercises = SelectMany("Which exercises did the workout include?", "Exercises:", Exercise.All, e => e.Name);
        answers.HardOrUnaccustomedWorkout = Confirm("Was the workout harder or newer to you than usual?");
        answers.SuddenJerk = Confirm("Did it start with a sudden, jerking movement?");
        answers.PopHeard = Confirm("Did you hear a pop when it happened?");
        answers.PostureBrokeDown = Confirm("Did your form or posture break down during the workout?");
        answers.MusclesTight = Confirm("Do your back muscles feel tight?");
        answers.PainOnBothSides = Confirm("Is the ache on both sides of your back?");
        answers.UnableToStandOrWalk = Confirm("Are you unable to stand or walk?");
        answers.HardToStandUp = answers.UnableToStandOrWalk || Confirm("Is standing up hard?");
        answers.RecursAfterSessions = Confirm("Does this pain come back after many sessions, with no single moment of injury?");
        answers.PainDurationDays = AskNumber("How many days ago did it start? ([grey]0 for today[/])", 0, SymptomReport.MaxPainDurationDays, 0);
        answers.Trend = Select(
            "Is it getting better, staying the same or getting worse?",
            new Choice<Trend>("Better", Trend.Better),
            new Choice<Trend>("The same", Trend.Same),
            new Choice<Trend>("Worse", Trend.Worse),
            new Choice<Trend>("Too early to say", null));
        answers.RedFlags = SelectMany(
            "[bold red]Warning signs:[/] do any of these apply? [grey](they matter more than anything else)[/]",
            "[bold red]Warning signs:[/]",
            Symptom.RedFlagQuestions,
            s => s.Text);
        answers.Age = AskOptionalNumber("Your age in years? [grey](optional: press enter to skip)[/]", 0, 130);
        return answers;
    }

    /// <summary>The workout the answers describe, dated from how long ago the pain started, so the plan rests its muscles.</summary>
    public static TrainingHistory Workout(SymptomReport report, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Exercises.Count == 0)
        {
            return TrainingHistory.Empty;
        }

        var daysAgo = (report.PainDurationDays ?? 0) + (report.Onset == Onset.NextDayOrLater ? 1 : 0);
        return TrainingHistory.Of(new Workout(start.AddDays(-daysAgo), report.Exercises, isHard: report.HardOrUnaccustomedWorkout));
    }

    /// <summary>Offers a check-in and, if the person takes it, asks its questions; <see langword="null"/> when declined.</summary>
    public CheckInReport? AskCheckIn(RecoveryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var last = plan.CheckInReports.Count > 0 ? plan.CheckInReports[^1].Date : (DateOnly?)null;
        var earliest = last ?? plan.Request.Start;
        var suggested = plan.CheckInDates.Where(d => last is null || d > last).DefaultIfEmpty(earliest).First();
        console.WriteLine();
        if (!console.Confirm($"Record a check-in? [grey](the next one is due on {suggested.ToString("ddd d MMM", CultureInfo.InvariantCulture)})[/]", defaultValue: true))
        {
            return null;
        }

        var date = console.Prompt(
            new TextPrompt<string>("Date of the check-in [grey](yyyy-mm-dd)[/]")
                .DefaultValue(suggested.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
                .Validate(text => !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? Prompted.Error("Write the date as yyyy-mm-dd.")
                    : d < earliest || d > plan.Request.End
                        ? Prompted.Error($"Choose a date from {earliest:yyyy-MM-dd} to {plan.Request.End:yyyy-MM-dd}.")
                        : Prompted.Success()));
        var pain = AskNumber("How bad is the pain now, from 0 to 10?", 0, 10, null);
        var trend = AskTrend(pain);
        var (clearance, seen) = AskClinician();
        List<Cause> ruledOut = [];
        List<Cause> confirmed = [];
        if (seen)
        {
            ruledOut = SelectMany("Did the clinician [bold]rule out[/] any of these causes?", "Ruled out:", Cause.All, c => c.Name);
            var left = Cause.All.Except(ruledOut).ToList();
            if (left.Count > 0)
            {
                confirmed = SelectMany("Did the clinician [bold]confirm[/] any of these causes?", "Confirmed:", left, c => c.Name);
            }
        }

        var findings = SelectMany(
            "Anything [bold]new[/] since the last check-in? [grey](a [bold red]warning sign[/] matters more than anything else)[/]",
            "New since the last check-in:",
            CheckInReport.SymptomsAllowed,
            s => s.IsRedFlag ? $"{s.Text} (warning sign)" : s.Text);
        return new CheckInReport(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), pain, trend, clearance, findings, ruledOut, confirmed);
    }

    /// <summary>How the pain is changing; "worse" is not offered when there is no pain, since pain that has gone cannot be getting worse.</summary>
    private Trend AskTrend(int pain)
    {
        Choice<Trend>[] choices = pain == 0
            ? [new("Better", Trend.Better), new("The same", Trend.Same)]
            : [new("Better", Trend.Better), new("The same", Trend.Same), new("Worse", Trend.Worse)];
        return Select("Compared with before, is it", choices)!.Value;
    }

    /// <summary>What a clinician said since the last check-in: the scope of a clearance, and whether one was seen at all.</summary>
    private (Clearance Clearance, bool Seen) AskClinician()
    {
        var answer = Select(
            "Have you seen a clinician since the last check-in?",
            new Choice<ClinicianAnswer>("No", ClinicianAnswer.NotSeen),
            new Choice<ClinicianAnswer>("Yes, and they did not clear me to train", ClinicianAnswer.NotCleared),
            new Choice<ClinicianAnswer>("Yes, and they cleared me for light activity only", ClinicianAnswer.LightActivity),
            new Choice<ClinicianAnswer>("Yes, and they cleared me for full training", ClinicianAnswer.FullTraining))!.Value;
        return answer switch
        {
            ClinicianAnswer.NotCleared => (Clearance.None, true),
            ClinicianAnswer.LightActivity => (Clearance.LightActivity, true),
            ClinicianAnswer.FullTraining => (Clearance.FullTraining, true),
            _ => (Clearance.None, false),
        };
    }

    private int AskNumber(string question, int min, int max, int? defaultValue)
    {
        var prompt = new TextPrompt<int>(question)
            .ValidationErrorMessage($"[red]Enter a whole number from {min} to {max}.[/]")
            .Validate(n => n >= min && n <= max ? Prompted.Success() : Prompted.Error($"[red]Enter a whole number from {min} to {max}.[/]"));
        if (defaultValue is { } value)
        {
            prompt.DefaultValue(value);
        }

        return console.Prompt(prompt);
    }

    private int? AskOptionalNumber(string question, int min, int max)
    {
        var text = console.Prompt(
            new TextPrompt<string>(question)
                .AllowEmpty()
                .Validate(t => string.IsNullOrWhiteSpace(t)
                    || (int.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
                        ? Prompted.Success()
                        : Prompted.Error($"[red]Enter a whole number from {min} to {max}, or nothing.[/]")));
        return string.IsNullOrWhiteSpace(text) ? null : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    private bool Confirm(string question) => console.Confirm(question, defaultValue: false);

    /// <summary>Asks for one of <paramref name="choices"/> and echoes the answer, which the selection list does not leave on screen.</summary>
    private T? Select<T>(string question, params Choice<T>[] choices)
        where T : struct
    {
        var choice = console.Prompt(new SelectionPrompt<Choice<T>>().Title(question).AddChoices(choices));
        console.MarkupLine($"{question} [blue]{Markup.Escape(choice.Label)}[/]");
        return choice.Value;
    }

    /// <summary>Asks for any of <paramref name="choices"/> and echoes the answer.</summary>
    private List<T> SelectMany<T>(string title, string echo, IEnumerable<T> choices, Func<T, string> label)
        where T : notnull
    {
        var chosen = console.Prompt(
            new MultiSelectionPrompt<T>()
                .Title(title)
                .NotRequired()
                .PageSize(12)
                .MoreChoicesText("[grey](move up and down to see more)[/]")
                .InstructionsText("[grey](press [blue]<space>[/] to choose, [green]<enter>[/] when done)[/]")
                .UseConverter(choice => Markup.Escape(label(choice)))
                .AddChoices(choices));
        var answer = chosen.Count == 0 ? "none" : string.Join(", ", chosen.Select(label));
        console.MarkupLine($"{echo} [blue]{Markup.Escape(answer)}[/]");
        return chosen;
    }
}
