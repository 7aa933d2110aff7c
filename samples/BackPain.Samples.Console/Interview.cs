using BackPain.Core;
using System.Globalization;
using Spectre.Console;
using Prompted = Spectre.Console.ValidationResult;

namespace BackPain.Samples.Console;

/// <summary>
/// The interactive questions: the symptom report, asked with prompts and choices, and a check-in. Each answer is
/// checked as it is typed, so the report it builds is always valid. The questions are in the language of
/// <paramref name="texts"/> (the library's names of exercises, warning signs and causes, and the sample's <see cref="Labels"/>).
/// </summary>
internal sealed class Interview(IAnsiConsole console, BackPainTexts texts)
{
    private readonly Labels _labels = Labels.For(texts);

    /// <summary>The questions in English.</summary>
    public Interview(IAnsiConsole console)
        : this(console, BackPainAssessor.Default.Texts)
    {
    }

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
            Severity = AskNumber(_labels.Markup("ask.severity", "[green]0[/]", "[red]10[/]"), 0, 10, null),
        };
        answers.Onset = Select(
            "ask.onset",
            Option("ask.onset.duringWorkout", (Onset?)Onset.DuringWorkout),
            Option("ask.onset.hoursAfter", (Onset?)Onset.HoursAfter),
            Option("ask.onset.nextDayOrLater", (Onset?)Onset.NextDayOrLater),
            Option("ask.notSure", (Onset?)null));
        if (answers.Severity > 0)
        {
            answers.Character = Select(
                "ask.character",
                Option("ask.character.dullAche", (PainCharacter?)PainCharacter.DullAche),
                Option("ask.character.sharp", (PainCharacter?)PainCharacter.Sharp),
                Option("ask.character.shooting", (PainCharacter?)PainCharacter.Shooting),
                Option("ask.notSure", (PainCharacter?)null));
        }

        answers.Area = Select(
            "ask.area",
            Option("ask.area.lowerBack", (BackArea?)BackArea.LowerBack),
            Option("ask.area.upperBack", (BackArea?)BackArea.UpperBack),
            Option("ask.area.wholeBack", (BackArea?)BackArea.WholeBack));
        answers.Legs = Select(
            "ask.legs",
            Option("ask.legs.none", (LegSymptoms?)LegSymptoms.None),
            Option("ask.legs.oneLeg", (LegSymptoms?)LegSymptoms.OneLeg),
            Option("ask.legs.bothLegs", (LegSymptoms?)LegSymptoms.BothLegs));
        answers.Exercises = SelectMany(Plain("ask.exercises"), Plain("ask.exercises.echo"), Exercise.All, texts.Name);
        answers.HardOrUnaccustomedWorkout = Confirm("ask.hardOrUnaccustomedWorkout");
        answers.SuddenJerk = Confirm("ask.suddenJerk");
        answers.PopHeard = Confirm("ask.popHeard");
        answers.PostureBrokeDown = Confirm("ask.postureBrokeDown");
        answers.MusclesTight = Confirm("ask.musclesTight");
        answers.PainOnBothSides = Confirm("ask.painOnBothSides");
        answers.UnableToStandOrWalk = Confirm("ask.unableToStandOrWalk");
        answers.HardToStandUp = answers.UnableToStandOrWalk || Confirm("ask.hardToStandUp");
        answers.RecursAfterSessions = Confirm("ask.recursAfterSessions");
        answers.PainDurationDays = AskNumber(
            $"{Plain("ask.daysAgo")} [grey]{Plain("ask.daysAgo.hint")}[/]", 0, SymptomReport.MaxPainDurationDays, 0);
        answers.Trend = Select(
            "ask.trend",
            Option("ask.trend.better", (Trend?)Trend.Better),
            Option("ask.trend.same", (Trend?)Trend.Same),
            Option("ask.trend.worse", (Trend?)Trend.Worse),
            Option("ask.trend.tooEarly", (Trend?)null));
        var warningSigns = $"[bold red]{Plain("ask.redFlags.label")}[/]";
        answers.RedFlags = SelectMany(
            $"{warningSigns} {Plain("ask.redFlags")} [grey]{Plain("ask.redFlags.hint")}[/]",
            warningSigns,
            Symptom.RedFlagQuestions,
            texts.Text);
        answers.Age = AskOptionalNumber($"{Plain("ask.age")} [grey]{Plain("ask.age.hint")}[/]", 0, 130);
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
        var offer = $"{Plain("checkIn.offer")} [grey]{Markup.Escape(_labels.Format("checkIn.offer.hint", _labels.ShortDate(suggested)))}[/]";
        if (!console.Prompt(YesOrNo(offer, defaultValue: true)))
        {
            return null;
        }

        var range = _labels.Format("checkIn.date.range", Iso(earliest), Iso(plan.Request.End));
        var date = console.Prompt(
            new TextPrompt<string>($"{Plain("checkIn.date")} [grey]{Plain("checkIn.date.hint")}[/]")
                .DefaultValue(Iso(suggested))
                .Validate(text => !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? Prompted.Error(Plain("checkIn.date.format"))
                    : d < earliest || d > plan.Request.End
                        ? Prompted.Error(Markup.Escape(range))
                        : Prompted.Success()));
        var pain = AskNumber(Plain("checkIn.pain"), 0, 10, null);
        var trend = AskTrend(pain);
        var (clearance, seen) = AskClinician();
        List<Cause> ruledOut = [];
        List<Cause> confirmed = [];
        if (seen)
        {
            ruledOut = SelectMany(
                _labels.Markup("checkIn.causes", $"[bold]{Plain("checkIn.ruledOut.verb")}[/]"), Plain("checkIn.ruledOut.echo"), Cause.All, texts.Name);
            var left = Cause.All.Except(ruledOut).ToList();
            if (left.Count > 0)
            {
                confirmed = SelectMany(
                    _labels.Markup("checkIn.causes", $"[bold]{Plain("checkIn.confirmed.verb")}[/]"), Plain("checkIn.confirmed.echo"), left, texts.Name);
            }
        }

        var findings = SelectMany(
            _labels.Markup("checkIn.findings", $"[bold]{Plain("checkIn.findings.new")}[/]")
                + " [grey]" + _labels.Markup("checkIn.findings.hint", $"[bold red]{Plain("checkIn.warningSign")}[/]") + "[/]",
            Plain("checkIn.findings.echo"),
            CheckInReport.SymptomsAllowed,
            s => s.IsRedFlag ? _labels.Format("checkIn.finding.warningSign", texts.Text(s)) : texts.Text(s));
        return new CheckInReport(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), pain, trend, clearance, findings, ruledOut, confirmed);
    }

    /// <summary>How the pain is changing; "worse" is not offered when there is no pain, since pain that has gone cannot be getting worse.</summary>
    private Trend AskTrend(int pain)
    {
        Choice<Trend>[] choices = pain == 0
            ? [Option("ask.trend.better", (Trend?)Trend.Better), Option("ask.trend.same", (Trend?)Trend.Same)]
            : [Option("ask.trend.better", (Trend?)Trend.Better), Option("ask.trend.same", (Trend?)Trend.Same), Option("ask.trend.worse", (Trend?)Trend.Worse)];
        return Select("checkIn.trend", choices)!.Value;
    }

    /// <summary>What a clinician said since the last check-in: the scope of a clearance, and whether one was seen at all.</summary>
    private (Clearance Clearance, bool Seen) AskClinician()
    {
        var answer = Select(
            "checkIn.clinician",
            Option("checkIn.clinician.notSeen", (ClinicianAnswer?)ClinicianAnswer.NotSeen),
            Option("checkIn.clinician.notCleared", (ClinicianAnswer?)ClinicianAnswer.NotCleared),
            Option("checkIn.clinician.lightActivity", (ClinicianAnswer?)ClinicianAnswer.LightActivity),
            Option("checkIn.clinician.fullTraining", (ClinicianAnswer?)ClinicianAnswer.FullTraining))!.Value;
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
        var error = $"[red]{Markup.Escape(_labels.Format("ask.number.error", min, max))}[/]";
        var prompt = new TextPrompt<int>(question)
            .ValidationErrorMessage(error)
            .Validate(n => n >= min && n <= max ? Prompted.Success() : Prompted.Error(error));
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
                        : Prompted.Error($"[red]{Markup.Escape(_labels.Format("ask.optionalNumber.error", min, max))}[/]")));
        return string.IsNullOrWhiteSpace(text) ? null : int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>A yes-or-no question (the label <paramref name="key"/>), "no" unless answered.</summary>
    private bool Confirm(string key) => console.Prompt(YesOrNo(Plain(key), defaultValue: false));

    /// <summary>A yes-or-no prompt answered with the culture's letters for yes and no ("y" or "n"; in German "j" or "n").</summary>
    private ConfirmationPrompt YesOrNo(string question, bool defaultValue)
        => new(question)
        {
            Yes = _labels["ask.yes"][0],
            No = _labels["ask.no"][0],
            DefaultValue = defaultValue,
            InvalidChoiceMessage = $"[red]{Plain("ask.yesOrNo.error")}[/]",
        };

    /// <summary>The label <paramref name="key"/>, escaped for markup.</summary>
    private string Plain(string key) => Markup.Escape(_labels[key]);

    /// <summary>A date as it is typed: yyyy-mm-dd in every language.</summary>
    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A choice labelled with the label <paramref name="key"/>.</summary>
    private Choice<T> Option<T>(string key, T? value)
        where T : struct
        => new(_labels[key], value);

    /// <summary>Asks the question <paramref name="key"/> for one of <paramref name="choices"/> and echoes the answer, which the selection list does not leave on screen.</summary>
    private T? Select<T>(string key, params Choice<T>[] choices)
        where T : struct
    {
        var question = Plain(key);
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
                .MoreChoicesText($"[grey]{Plain("ask.more")}[/]")
                .InstructionsText($"[grey]{_labels.Markup("ask.instructions", $"[blue]{Plain("ask.key.space")}[/]", $"[green]{Plain("ask.key.enter")}[/]")}[/]")
                .UseConverter(choice => Markup.Escape(label(choice)))
                .AddChoices(choices));
        var answer = chosen.Count == 0 ? _labels["ask.none"] : string.Join(", ", chosen.Select(label));
        console.MarkupLine($"{echo} [blue]{Markup.Escape(answer)}[/]");
        return chosen;
    }
}
