using BackPain.Core;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace BackPain.Samples.Console.Views;

/// <summary>
/// Draws an <see cref="Assessment"/>: warning signs first and loud, then the triage level in a coloured panel, the
/// summary, the causes ranked with a bar per score and their evidence, the remedies with their dose, and what to avoid.
/// </summary>
internal static class AssessmentView
{
    private const int BarWidth = 16;

    public static void Write(IAnsiConsole console, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(assessment);
        var labels = Labels.For(assessment.Texts);
        if (assessment.RedFlags.Count > 0)
        {
            console.Write(RedFlags(console, assessment));
        }

        console.Write(Triage(console, assessment.Texts, assessment.Triage.Level, assessment.Triage.Reason, labels["triage.label"]));
        console.Write(Summary(assessment));
        console.WriteLine();
        console.Write(Look.Heading(console, Markup.Escape(labels["causes.heading"]), Color.Orange1));
        console.Write(Causes(assessment));
        console.WriteLine();
        console.Write(Look.Heading(console, Markup.Escape(labels["remedies.heading"]), Color.DeepSkyBlue1));
        console.Write(Remedies(assessment));
        if (assessment.Restrictions.Count > 0)
        {
            console.WriteLine();
            console.Write(Look.Heading(console, Markup.Escape(labels["restrictions.heading"]), Color.Red));
            console.Write(Restrictions(assessment));
        }
    }

    /// <summary>The red flags in a double red frame, most urgent first, each with what it asks of the person.</summary>
    public static Panel RedFlags(IAnsiConsole console, Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return WarningSigns(console, assessment.Texts, [.. assessment.RedFlags.Select(f => (f.Reason, f.Level))], null);
    }

    /// <summary>
    /// Warning signs in a double red frame, in the order given, each with what it asks of the person;
    /// <paramref name="where"/>, if any, is the key of the label that says where they come from in the header
    /// (for example "NEW AT A CHECK-IN").
    /// </summary>
    public static Panel WarningSigns(IAnsiConsole console, BackPainTexts texts, IReadOnlyList<(string Reason, TriageLevel Level)> flags, string? where)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var labels = Labels.For(texts);
        var rows = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        foreach (var (reason, level) in flags)
        {
            rows.AddRow(
                new Markup("[bold red]⚠[/]"),
                new Markup($"[bold]{Markup.Escape(reason)}[/]\n[{Look.Colour(level).ToMarkup()}]→ {Markup.Escape(texts.Text(level))}[/]"));
        }

        var title = flags.Count == 1 ? labels["warnings.one"] : labels.Format("warnings.many", flags.Count);
        if (where is not null)
        {
            title = labels.Format("warnings.where", title, labels[where]);
        }

        return new Panel(rows)
        {
            Header = new PanelHeader($"[bold white on red] ⚠ {Markup.Escape(labels.Format("warnings.header", title))} [/]"),
            Border = BoxBorder.Double,
            BorderStyle = new Style(Color.Red),
            Padding = new Padding(1, 0, 1, 0),
            Width = Look.Width(console),
        };
    }

    /// <summary>The triage level in a panel of its colour, with what to do and why, and <paramref name="note"/> under it if given.</summary>
    public static Panel Triage(IAnsiConsole console, BackPainTexts texts, TriageLevel level, string reason, string label, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(level);
        var labels = Labels.For(texts);
        var colour = Look.Colour(level).ToMarkup();
        var text = $"[bold {colour}]{Markup.Escape(texts.Text(level))}[/]\n[grey]{Markup.Escape(labels["triage.why"])}[/] {Markup.Escape(reason)}";
        if (note is not null)
        {
            text += $"\n{Markup.Escape(note)}";
        }

        return new Panel(new Markup(text))
        {
            Header = new PanelHeader($"[bold black on {colour}] {Markup.Escape(label)}: {Markup.Escape(labels.Title(level))} [/]"),
            Border = level.Rank >= TriageLevel.SeeDoctorUrgently.Rank ? BoxBorder.Heavy : BoxBorder.Rounded,
            BorderStyle = new Style(Look.Colour(level)),
            Padding = new Padding(1, 0, 1, 0),
            Width = Look.Width(console),
        };
    }

    /// <summary>The assessment's summary sentences, less the one the triage panel already shows.</summary>
    private static Rows Summary(Assessment assessment)
        => new(assessment.Summary
            .Where(line => line != assessment.Texts.Text(assessment.Triage.Level))
            .Select(line => (IRenderable)new Markup($" [grey]•[/] {Markup.Escape(line)}")));

    /// <summary>All five causes, most likely first, each with a bar for its score and the findings for and against it.</summary>
    public static Table Causes(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var labels = Labels.For(assessment.Texts);
        var table = new Table { Border = TableBorder.Rounded, BorderStyle = new Style(Color.Grey35), ShowRowSeparators = true }
            .AddColumn(new TableColumn("[bold]#[/]").RightAligned())
            .AddColumn($"[bold]{Markup.Escape(labels["causes.cause"])}[/]")
            .AddColumn(new TableColumn($"[bold]{Markup.Escape(labels["causes.fit"])}[/]").NoWrap())
            .AddColumn($"[bold green]{Markup.Escape(labels["causes.for"])}[/]")
            .AddColumn($"[bold red]{Markup.Escape(labels["causes.against"])}[/]");
        var rank = 0;
        foreach (var likelihood in assessment.Causes)
        {
            rank++;
            var colour = Look.Colour(likelihood.Band);
            var name = likelihood.Band == LikelihoodBand.Unlikely
                ? $"[grey]{Markup.Escape(assessment.Texts.Name(likelihood.Cause))}[/]"
                : $"[bold]{Markup.Escape(assessment.Texts.Name(likelihood.Cause))}[/]";
            var score = likelihood.Score.ToString("0.00", labels.Culture);
            table.AddRow(
                new Markup(labels.Number(rank)),
                new Markup(name),
                new Markup($"{Look.Bar(likelihood.Score, BarWidth, colour)} {score}\n[{colour.ToMarkup()}]{Markup.Escape(labels.Text(likelihood.Band))}[/]"),
                Findings(assessment.Texts, likelihood.Supporting, "green", "+"),
                Findings(assessment.Texts, likelihood.Against, "red", "−"));
        }

        return table;
    }

    private static Markup Findings(BackPainTexts texts, IReadOnlyList<Evidence> findings, string colour, string sign)
        => findings.Count == 0
            ? new Markup("[grey]–[/]")
            : new Markup(string.Join('\n', findings.Select(f => $"[{colour}]{sign}[/] {Markup.Escape(texts.Text(f.Symptom))}")));

    /// <summary>The remedies, most important first, with their dose, why, and what to take care with.</summary>
    public static Table Remedies(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var labels = Labels.For(assessment.Texts);
        var table = new Table { Border = TableBorder.Rounded, BorderStyle = new Style(Color.Grey35) }
            .AddColumn($"[bold]{Markup.Escape(labels["remedies.remedy"])}[/]")
            .AddColumn($"[bold]{Markup.Escape(labels["remedies.dose"])}[/]")
            .AddColumn($"[bold]{Markup.Escape(labels["remedies.why"])}[/]");
        foreach (var advice in assessment.Remedies)
        {
            var cautions = advice.Cautions.Select(c => $"\n[yellow]![/] [grey]{Markup.Escape(c)}[/]");
            table.AddRow(
                new Markup($"[bold deepskyblue1]{Markup.Escape(assessment.Texts.Name(advice.Remedy))}[/]"),
                new Markup(Markup.Escape(advice.Dose.Text)),
                new Markup(Markup.Escape(advice.Reason) + string.Concat(cautions)));
        }

        return table;
    }

    /// <summary>What must not be done yet, what lifts it, and why; one row per distinct restriction.</summary>
    public static Table Restrictions(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var labels = Labels.For(assessment.Texts);
        var table = new Table { Border = TableBorder.Rounded, BorderStyle = new Style(Color.Grey35) }
            .AddColumn($"[bold]{Markup.Escape(labels["restrictions.avoid"])}[/]")
            .AddColumn($"[bold]{Markup.Escape(labels["restrictions.howLong"])}[/]")
            .AddColumn($"[bold]{Markup.Escape(labels["restrictions.why"])}[/]");
        foreach (var restriction in assessment.Restrictions.DistinctBy(r => (r.Kind, r.Reason)))
        {
            var what = $"[bold red]✖[/] [bold]{Markup.Escape(labels.Text(restriction.Kind))}[/]";
            if (restriction.Muscles.Count > 0)
            {
                what += $"\n  [grey]{Markup.Escape(string.Join(", ", restriction.Muscles.Select(m => Look.Short(assessment.Texts, m))))}[/]";
            }

            table.AddRow(new Markup(what), new Markup(Markup.Escape(labels.Text(restriction.LiftedWhen))), new Markup(Markup.Escape(restriction.Reason)));
        }

        return table;
    }
}
