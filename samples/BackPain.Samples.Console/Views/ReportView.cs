using BackPain.Core;
using Spectre.Console;

namespace BackPain.Samples.Console.Views;

/// <summary>Draws the title of a run, the answers in one line, and the disclaimer.</summary>
internal static class ReportView
{
    public static void WriteTitle(IAnsiConsole console, BackPainTexts texts, string title, SymptomReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        console.Write(Look.Heading(console, Markup.Escape(Labels.For(texts)["heading"]), Color.DeepSkyBlue1));
        console.MarkupLine($"[bold]{Markup.Escape(title)}[/]");
        console.MarkupLine($"[grey]{Markup.Escape(Answers(texts, report))}[/]");
        console.WriteLine();
    }

    /// <summary>The answers in a few words, for example "Pain 6 of 10, shooting, started during the workout · Deadlift · 1 day, same · age 41".</summary>
    public static string Answers(BackPainTexts texts, SymptomReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var labels = Labels.For(texts);
        var pain = new List<string> { labels.Format("answers.pain", report.Severity) };
        if (report.Character is { } character)
        {
            pain.Add(labels["character." + character]);
        }

        if (report.Onset is { } onset)
        {
            pain.Add(labels["onset." + onset]);
        }

        var parts = new List<string> { string.Join(", ", pain) };
        if (report.Exercises.Count > 0)
        {
            parts.Add(string.Join(", ", report.Exercises.Select(texts.Name)));
        }

        if (report.PainDurationDays is { } days)
        {
            var since = days switch
            {
                0 => labels["answers.sinceToday"],
                1 => labels["answers.oneDay"],
                _ => labels.Format("answers.days", days),
            };
            parts.Add(report.Trend is { } trend ? $"{since}, {labels.Text(trend)}" : since);
        }

        if (report.Age is { } age)
        {
            parts.Add(labels.Format("answers.age", age));
        }

        return string.Join(" · ", parts);
    }

    public static void WriteDisclaimer(IAnsiConsole console, BackPainTexts texts, string disclaimer)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.WriteLine();
        console.Write(new Panel(new Markup($"[bold]{Markup.Escape(disclaimer)}[/]"))
        {
            Header = new PanelHeader($"[bold black on white] {Markup.Escape(Labels.For(texts)["disclaimer.header"])} [/]"),
            Border = BoxBorder.Rounded,
            BorderStyle = new Style(Color.Grey),
            Padding = new Padding(1, 0, 1, 0),
            Width = Look.Width(console),
        });
    }
}
