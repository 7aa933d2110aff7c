using BackPain.Core;
using System.Globalization;
using Spectre.Console;

namespace BackPain.Samples.Console.Views;

/// <summary>Draws the title of a run, the answers in one line, and the disclaimer.</summary>
internal static class ReportView
{
    public static void WriteTitle(IAnsiConsole console, BackPainTexts texts, string title, SymptomReport report)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(report);
        console.Write(Look.Heading(console, "BackPain.Core · back pain after a workout", Color.DeepSkyBlue1));
        console.MarkupLine($"[bold]{Markup.Escape(title)}[/]");
        console.MarkupLine($"[grey]{Markup.Escape(Answers(texts, report))}[/]");
        console.WriteLine();
    }

    /// <summary>The answers in a few words, for example "Pain 6 of 10, shooting, started during the workout · Deadlift · 1 day, same · age 41".</summary>
    public static string Answers(BackPainTexts texts, SymptomReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var pain = new List<string> { $"Pain {report.Severity.ToString(CultureInfo.InvariantCulture)} of 10" };
        if (report.Character is { } character)
        {
            pain.Add(character switch
            {
                PainCharacter.DullAche => "a dull ache",
                PainCharacter.Sharp => "sharp",
                _ => "shooting",
            });
        }

        if (report.Onset is { } onset)
        {
            pain.Add(onset switch
            {
                Onset.DuringWorkout => "started during the workout",
                Onset.HoursAfter => "started hours after",
                _ => "started the next day",
            });
        }

        var parts = new List<string> { string.Join(", ", pain) };
        if (report.Exercises.Count > 0)
        {
            parts.Add(string.Join(", ", report.Exercises.Select(texts.Name)));
        }

        if (report.PainDurationDays is { } days)
        {
            var trend = report.Trend is { } t ? $", {t.ToString().ToLowerInvariant()}" : string.Empty;
            parts.Add(days == 0
                ? $"since today{trend}"
                : $"{days.ToString(CultureInfo.InvariantCulture)} day{(days == 1 ? string.Empty : "s")} so far{trend}");
        }

        if (report.Age is { } age)
        {
            parts.Add($"age {age.ToString(CultureInfo.InvariantCulture)}");
        }

        return string.Join(" · ", parts);
    }

    public static void WriteDisclaimer(IAnsiConsole console, string disclaimer)
    {
        ArgumentNullException.ThrowIfNull(console);
        console.WriteLine();
        console.Write(new Panel(new Markup($"[bold]{Markup.Escape(disclaimer)}[/]"))
        {
            Header = new PanelHeader("[bold black on white] Not a diagnosis [/]"),
            Border = BoxBorder.Rounded,
            BorderStyle = new Style(Color.Grey),
            Padding = new Padding(1, 0, 1, 0),
            Width = Look.Width(console),
        });
    }
}
