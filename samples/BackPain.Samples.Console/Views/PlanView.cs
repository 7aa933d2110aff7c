using BackPain.Core;
using System.Globalization;
using System.Text;
using Spectre.Console;

namespace BackPain.Samples.Console.Views;

/// <summary>
/// Draws a <see cref="RecoveryPlan"/>: a calendar of the coming weeks (each day what is allowed, what is blocked
/// with a footnote saying why, and the check-ins), the reasons, a timeline of every muscle group with the date it
/// may be trained again, and when core work is allowed.
/// </summary>
internal static class PlanView
{
    private const string Free = "█";
    private const string Resting = "▒";
    private const string Held = "▓";

    private static readonly PlanEntryKind[] FootnotedKinds =
        [PlanEntryKind.SuspendAllTraining, PlanEntryKind.NoExercise, PlanEntryKind.NoStrenuousExercise, PlanEntryKind.NoCoreWork];

    public static void Write(IAnsiConsole console, RecoveryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(plan);
        var labels = Labels.For(plan.Assessment.Texts);
        var request = plan.Request;
        console.Write(Look.Heading(
            console,
            Markup.Escape(labels.Format("plan.heading", labels.Date(request.Start), labels.Date(request.End), request.Length.Count)),
            Color.Green));
        // As in the assessment: warning signs first, then the triage, then the rest.
        var warnings = plan.CheckInReports
            .SelectMany(c => c.NewSymptoms.Where(s => s.IsRedFlag).Select(s => (Reason: labels.Format("plan.warningAtCheckIn", plan.Assessment.Texts.Text(s), labels.ShortDate(c.Date)), Level: s.RedFlagLevel!)))
            .OrderByDescending(w => w.Level.Rank)
            .ToList();
        if (warnings.Count > 0)
        {
            console.Write(AssessmentView.WarningSigns(console, plan.Assessment.Texts, warnings, "warnings.atACheckIn"));
        }

        if (plan.CheckInReports.Count > 0)
        {
            console.Write(TriageNow(console, plan));
            console.Write(CheckInReports(plan.Assessment.Texts, plan.CheckInReports));
        }
        else
        {
            console.Write(TriageLine(plan));
        }

        var footnotes = Footnotes(plan);
        console.Write(Calendar(console, plan, footnotes));
        console.Write(Legend(labels));
        console.WriteLine();
        if (footnotes.Count > 0)
        {
            console.Write(Reasons(plan, footnotes));
            console.WriteLine();
        }

        console.Write(Look.Heading(console, Markup.Escape(labels["timeline.heading"]), Color.Green));
        console.Write(Timeline(plan));
        console.WriteLine();
        console.Write(Dates(plan));
        console.WriteLine();
    }

    /// <summary>
    /// What a check-in changed, instead of the whole plan again: any warning sign it reported, the triage in force
    /// now, what it recorded, the days whose plan changed (only those, with what is blocked and planned on each), and
    /// when core work is allowed.
    /// </summary>
    public static void WriteCheckIn(IAnsiConsole console, RecoveryPlan before, RecoveryPlan after)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var labels = Labels.For(after.Assessment.Texts);
        var checkIn = after.CheckInReports[^1];
        console.Write(Look.Heading(console, Markup.Escape(labels.Format("checkIn.heading", labels.Date(checkIn.Date))), Color.Green));
        var warnings = checkIn.NewSymptoms.Where(s => s.IsRedFlag).Select(s => (Reason: after.Assessment.Texts.Text(s), Level: s.RedFlagLevel!)).OrderByDescending(w => w.Level.Rank).ToList();
        if (warnings.Count > 0)
        {
            console.Write(AssessmentView.WarningSigns(console, after.Assessment.Texts, warnings, "warnings.atThisCheckIn"));
        }

        console.Write(TriageNow(console, after));
        console.Write(CheckInReports(after.Assessment.Texts, [checkIn]));
        var changed = after.Days.Where((day, i) => i >= before.Days.Count || day != before.Days[i]).ToList();
        if (changed.Count == 0)
        {
            console.MarkupLine($"[bold]{Markup.Escape(labels["checkIn.unchanged"])}[/]");
        }
        else
        {
            var footnotes = Footnotes(after);
            var days = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
            foreach (var day in changed)
            {
                var what = Cell(labels, day, footnotes).Split('\n').Skip(1).ToList();
                days.AddRow(
                    new Markup(day.IsCheckInDay ? $"[bold]{labels.ShortDate(day.Date)}[/] [bold yellow]◆[/]" : $"[bold]{labels.ShortDate(day.Date)}[/]"),
                    new Markup(what.Count > 0 ? string.Join("  ", what) : $"[green]{Markup.Escape(labels["checkIn.nothingBlocked"])}[/]"));
            }

            console.MarkupLine($"[bold]{Markup.Escape(labels.Format("checkIn.daysChanged", changed.Count, after.Days.Count))}[/]");
            console.Write(days);
            if (footnotes.Count > 0)
            {
                console.Write(Reasons(after, footnotes));
            }
        }

        console.WriteLine();
        console.Write(Dates(after));
        console.WriteLine();
    }

    /// <summary>One cell per day, Monday to Sunday, a row per week; days outside the plan are dimmed.</summary>
    public static Table Calendar(IAnsiConsole console, RecoveryPlan plan, IReadOnlyDictionary<PlanEntryKind, int> footnotes)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(footnotes);
        var labels = Labels.For(plan.Assessment.Texts);
        var width = Look.Width(console);
        var cellWidth = Math.Max(8, (width - 8 - (7 * 2)) / 7);
        var table = new Table { Border = TableBorder.Rounded, BorderStyle = new Style(Color.Grey35), ShowRowSeparators = true };
        foreach (var day in labels["calendar.weekdays"].Split(' '))
        {
            table.AddColumn(new TableColumn($"[bold]{Markup.Escape(day)}[/]") { Width = cellWidth });
        }

        var start = plan.Request.Start;
        var end = plan.Request.End;
        var monday = start.AddDays(-DaysFromMonday(start));
        for (var week = monday; week <= end; week = week.AddDays(7))
        {
            var cells = new List<Markup>(7);
            for (var date = week; date < week.AddDays(7); date = date.AddDays(1))
            {
                cells.Add(date < start || date > end ? new Markup($"[grey23]{labels.Day(date)}[/]") : new Markup(Cell(labels, plan.Day(date), footnotes)));
            }

            table.AddRow(cells);
        }

        return table;
    }

    /// <summary>The markup of one day: the date, then what is blocked (with its footnote) and what is planned.</summary>
    public static string Cell(Labels labels, DayPlan day, IReadOnlyDictionary<PlanEntryKind, int> footnotes)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(day);
        ArgumentNullException.ThrowIfNull(footnotes);
        var lines = new List<string>();
        lines.Add(day.IsCheckInDay ? $"[bold black on yellow]{labels.Day(day.Date)}[/] [bold yellow]◆[/]" : $"[bold]{labels.Day(day.Date)}[/]");
        var blocked = day.Blocked.Select(e => e.Kind).ToHashSet();
        var suspended = blocked.Contains(PlanEntryKind.SuspendAllTraining) || blocked.Contains(PlanEntryKind.NoExercise);
        foreach (var kind in FootnotedKinds)
        {
            if (blocked.Contains(kind) && !(suspended && kind is PlanEntryKind.NoStrenuousExercise or PlanEntryKind.NoCoreWork))
            {
                lines.Add($"[red]✖ {Markup.Escape(labels.BlockLabel(kind))}{Look.Superscript(footnotes[kind])}[/]");
            }
        }

        if (!suspended)
        {
            var trainable = day.TrainableMuscles.Count;
            var all = MuscleGroup.All.Count;
            lines.Add($"[{(trainable == 0 ? "red" : "green")}]✔ {labels.Number(trainable)}/{labels.Number(all)}[/]");
        }

        if (day.HasCoreWork)
        {
            lines.Add($"[green]✔ {Markup.Escape(labels["cell.core"])}[/]");
        }

        var care = new List<string>();
        foreach (var entry in day.Planned)
        {
            switch (entry.Kind)
            {
                case PlanEntryKind.Ice:
                    care.Add("[deepskyblue1]❄[/]");
                    break;
                case PlanEntryKind.Heat:
                    care.Add("[orange1]♨[/]");
                    break;
                case PlanEntryKind.Stretching:
                    care.Add("[mediumpurple1]~[/]");
                    break;
                case PlanEntryKind.SeeClinician:
                    care.Add("[bold red]✚[/]");
                    break;
            }
        }

        if (care.Count > 0)
        {
            lines.Add(string.Join(' ', care));
        }

        return string.Join('\n', lines);
    }

    /// <summary>A number per kind of block that the calendar shows, in the order they first appear.</summary>
    public static IReadOnlyDictionary<PlanEntryKind, int> Footnotes(RecoveryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var footnotes = new Dictionary<PlanEntryKind, int>();
        foreach (var entry in plan.Days.SelectMany(d => d.Blocked))
        {
            if (FootnotedKinds.Contains(entry.Kind) && !footnotes.ContainsKey(entry.Kind))
            {
                footnotes[entry.Kind] = footnotes.Count + 1;
            }
        }

        return footnotes;
    }

    private static Markup Legend(Labels labels)
    {
        string L(string key) => Markup.Escape(labels[key]);
        return new(
            $"[bold yellow]◆[/] {L("legend.checkIn")} · [green]✔ {labels.Number(7)}/{labels.Number(12)}[/] {L("legend.muscles")} · "
            + $"[green]✔ {L("cell.core")}[/] {L("legend.core")} · [red]✖[/] {L("legend.blocked")} · "
            + $"[deepskyblue1]❄[/] {L("legend.ice")} · [orange1]♨[/] {L("legend.heat")} · [mediumpurple1]~[/] {L("legend.stretch")} · "
            + $"[bold red]✚[/] {L("legend.clinician")} · [grey]{L("legend.keepMoving")}[/]");
    }

    /// <summary>Each footnote: what is blocked, every distinct reason, and when it will be allowed.</summary>
    private static Grid Reasons(RecoveryPlan plan, IReadOnlyDictionary<PlanEntryKind, int> footnotes)
    {
        var labels = Labels.For(plan.Assessment.Texts);
        var grid = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn();
        foreach (var (kind, number) in footnotes.OrderBy(f => f.Value))
        {
            var reasons = plan.Days
                .SelectMany(d => d.Blocked)
                .Where(e => e.Kind == kind)
                .Select(e => (e.Reason, Allowed: e.AllowedFrom!.Text))
                .Distinct()
                .Select(r => $"{Markup.Escape(r.Reason)} [grey]{Markup.Escape(labels.Format("reasons.allowed", r.Allowed))}[/]");
            grid.AddRow(
                new Markup($"[red]{Look.Superscript(number)}[/]"),
                new Markup($"[bold red]✖ {Markup.Escape(labels.BlockTitle(kind))}[/]\n" + string.Join('\n', reasons)));
        }

        return grid;
    }

    /// <summary>
    /// A row per muscle group: a cell per day (free, resting until a date, or held until a condition is met), when it
    /// is free to train, and a letter for why not yet; the reasons follow, one per letter.
    /// </summary>
    public static Rows Timeline(RecoveryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var labels = Labels.For(plan.Assessment.Texts);
        var start = plan.Request.Start;
        var end = plan.Request.End;
        var monday = start.AddDays(-DaysFromMonday(start));
        var grid = new Grid()
            .AddColumn(new GridColumn().NoWrap().PadRight(2))
            .AddColumn(new GridColumn().NoWrap().PadRight(1))
            .AddColumn(new GridColumn().NoWrap().PadRight(1))
            .AddColumn(new GridColumn());

        var weeks = new StringBuilder();
        var initials = new StringBuilder();
        var checkIns = new StringBuilder();
        for (var week = monday; week <= end; week = week.AddDays(7))
        {
            var day = labels.Day(week);
            weeks.Append((day.Length > 7 ? day[..7] : day).PadRight(8));
            initials.Append(labels["timeline.initials"]).Append(' ');
            for (var date = week; date < week.AddDays(7); date = date.AddDays(1))
            {
                checkIns.Append(plan.CheckInDates.Contains(date) ? '◆' : ' ');
            }

            checkIns.Append(' ');
        }

        grid.AddRow(
            new Markup(string.Empty),
            new Markup($"[grey]{Markup.Escape(weeks.ToString().TrimEnd())}[/]"),
            new Markup($"[bold]{Markup.Escape(labels["timeline.why"])}[/]"),
            new Markup($"[bold]{Markup.Escape(labels["timeline.free"])}[/]"));
        grid.AddRow(new Markup(string.Empty), new Markup($"[grey]{Markup.Escape(initials.ToString(0, Math.Min(initials.Length, Days(monday, end))))}[/]"), new Markup(string.Empty), new Markup(string.Empty));
        grid.AddRow(new Markup($"[yellow]{Markup.Escape(labels["timeline.checkIns"])}[/]"), new Markup($"[bold yellow]{checkIns.ToString().TrimEnd()}[/]"), new Markup(string.Empty), new Markup(string.Empty));
        var reasons = new List<(string RuleId, string Allowed, string Reason, List<string> Others)>();
        foreach (var muscle in MuscleGroup.All)
        {
            var cells = new StringBuilder();
            for (var week = monday; week <= end; week = week.AddDays(7))
            {
                for (var date = week; date < week.AddDays(7) && date <= end; date = date.AddDays(1))
                {
                    cells.Append(date < start ? " " : Glyph(plan, muscle, date));
                }

                cells.Append(' ');
            }

            var earliest = plan.EarliestTrainingDate(muscle);
            var colour = earliest.IsKnown ? (earliest.Date == plan.AsOf ? "green" : "yellow") : "red";
            var binding = plan.MayTrain(muscle, plan.AsOf).Conflicts
                .OrderBy(c => c.AllowedFrom.IsKnown)
                .ThenByDescending(c => c.AllowedFrom.NotBefore)
                .FirstOrDefault();
            var letter = string.Empty;
            if (binding is not null)
            {
                var index = reasons.FindIndex(r => r.RuleId == binding.RuleId && r.Allowed == binding.AllowedFrom.Text);
                if (index < 0)
                {
                    reasons.Add((binding.RuleId, binding.AllowedFrom.Text, binding.Reason, []));
                    index = reasons.Count - 1;
                }
                else if (reasons[index].Reason != binding.Reason)
                {
                    reasons[index].Others.Add(Look.Short(plan.Assessment.Texts, muscle));
                }

                letter = Letter(index);
            }

            grid.AddRow(
                new Markup(Markup.Escape(Look.Short(plan.Assessment.Texts, muscle))),
                new Markup(cells.ToString()),
                new Markup($"[grey]{letter}[/]"),
                new Markup($"[{colour}]{Markup.Escape(labels.Short(earliest, plan.AsOf))}[/]"));
        }

        grid.AddRow(
            new Markup(string.Empty),
            new Markup($"[green]{Free}[/] {Markup.Escape(labels["timeline.free.glyph"])}  [yellow]{Resting}[/] {Markup.Escape(labels["timeline.resting"])}  [red]{Held}[/] {Markup.Escape(labels["timeline.held"])}"),
            new Markup(string.Empty),
            new Markup(string.Empty));

        var legend = new Grid().AddColumn(new GridColumn().NoWrap().PadRight(1)).AddColumn();
        for (var i = 0; i < reasons.Count; i++)
        {
            var others = reasons[i].Others.Count == 0 ? string.Empty : " " + labels.Format("timeline.sameFor", string.Join(", ", reasons[i].Others));
            legend.AddRow(new Markup($"[grey]{Letter(i)}[/]"), new Markup($"[grey]{Markup.Escape(reasons[i].Reason + others)}[/]"));
        }

        return new Rows(grid, legend);
    }

    private static string Glyph(RecoveryPlan plan, MuscleGroup muscle, DateOnly date)
    {
        var decision = plan.MayTrain(muscle, date);
        if (decision.IsAllowed)
        {
            return $"[green]{Free}[/]";
        }

        return decision.Conflicts.All(c => c.AllowedFrom.IsKnown) ? $"[yellow]{Resting}[/]" : $"[red]{Held}[/]";
    }

    private static Markup Dates(RecoveryPlan plan)
    {
        var labels = Labels.For(plan.Assessment.Texts);
        var core = plan.CoreWorkAllowedFrom;
        var coreColour = core.IsKnown ? (core.Date == plan.AsOf ? "green" : "yellow") : "red";
        var checkIns = plan.CheckInDates.Count == 0
            ? $"[grey]{Markup.Escape(labels["dates.noCheckIns"])}[/]"
            : string.Join(", ", plan.CheckInDates.Select(labels.ShortDate));
        return new Markup(
            $"[bold]{Markup.Escape(labels["dates.core"])}[/] [{coreColour}]{Markup.Escape(core.Text)}[/]\n"
            + $"[bold yellow]◆[/] [bold]{Markup.Escape(labels["dates.checkIn"])}[/] {checkIns} [grey]{Markup.Escape(labels["dates.checkInQuestions"])}[/]");
    }

    /// <summary>The triage in force on the plan's date (<see cref="RecoveryPlan.AsOf"/>) and the highest so far, in one line, before any check-in.</summary>
    public static Markup TriageLine(RecoveryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var labels = Labels.For(plan.Assessment.Texts);
        var now = plan.TriageOn(plan.AsOf);
        return new Markup(
            $"[bold]{Markup.Escape(labels["triage.now"])}[/] [{Look.Colour(now).ToMarkup()}]{Markup.Escape(labels.Title(now))}[/] [grey]·[/] "
            + $"[bold]{Markup.Escape(labels["triage.highest"])}[/] [{Look.Colour(plan.HighestTriage).ToMarkup()}]{Markup.Escape(labels.Title(plan.HighestTriage))}[/]\n");
    }

    /// <summary>
    /// The triage in force on the date of the last check-in, in a panel of its colour, with why (the check-in that
    /// changed it, or the assessment's reason) and the highest level reached so far.
    /// </summary>
    public static Panel TriageNow(IAnsiConsole console, RecoveryPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var labels = Labels.For(plan.Assessment.Texts);
        var now = plan.TriageOn(plan.AsOf);
        var highest = plan.HighestTriage;
        var reached = highest == plan.Assessment.Triage.Level
            ? labels["triageNow.atAssessment"]
            : labels.Format("triageNow.atCheckIn", labels.ShortDate(plan.CheckInReports.First(c => plan.TriageOn(c.Date) == highest).Date));
        var still = labels[highest == now ? "triageNow.stillInForce" : "triageNow.noLongerInForce"];
        return AssessmentView.Triage(
            console,
            plan.Assessment.Texts,
            now,
            WhyNow(labels, plan),
            labels.Format("triageNow.label", labels.ShortDate(plan.AsOf)),
            labels.Format("triageNow.highest", labels.Title(highest), reached, still));
    }

    private static Markup CheckInReports(BackPainTexts texts, IEnumerable<CheckInReport> checkIns)
    {
        var labels = Labels.For(texts);
        var lines = checkIns.Select(c =>
        {
            var parts = new List<string> { Markup.Escape(labels.Format("checkIns.pain", c.Pain, labels.Text(c.Trend))) };
            if (c.Clearance != Clearance.None)
            {
                parts.Add(Markup.Escape(labels.Format("checkIns.cleared", labels.Scope(c.Clearance))));
            }

            if (c.CausesRuledOut.Count > 0)
            {
                parts.Add(Markup.Escape(labels.Format("checkIns.ruledOut", string.Join("; ", c.CausesRuledOut.Select(texts.Name)))));
            }

            if (c.CausesConfirmed.Count > 0)
            {
                parts.Add(Markup.Escape(labels.Format("checkIns.confirmed", string.Join("; ", c.CausesConfirmed.Select(texts.Name)))));
            }

            if (c.NewSymptoms.Count > 0)
            {
                parts.Add(labels.Markup("checkIns.new", string.Join("; ", c.NewSymptoms.Select(s => s.IsRedFlag ? $"[bold red]⚠ {Markup.Escape(texts.Text(s))}[/]" : Markup.Escape(texts.Text(s))))));
            }

            return $" [yellow]◆[/] {labels.ShortDate(c.Date)}: {string.Join(", ", parts)}";
        });
        return new Markup($"[bold]{Markup.Escape(labels["checkIns.title"])}[/]\n" + string.Join('\n', lines) + "\n");
    }

    /// <summary>
    /// Why the triage in force now is what it is: the assessment's reason when no check-in changed it; otherwise the
    /// last date it changed, raised or lowered, with the planner's reason for seeing a clinician that day, or else what
    /// the check-ins of that day reported.
    /// </summary>
    private static string WhyNow(Labels labels, RecoveryPlan plan)
    {
        var level = plan.Assessment.Triage.Level;
        var before = level;
        DateOnly? changed = null;
        foreach (var date in plan.CheckInReports.Select(c => c.Date).Distinct())
        {
            var then = plan.TriageOn(date);
            if (then != level)
            {
                changed = date;
                before = level;
                level = then;
            }
        }

        if (changed is not { } day)
        {
            return labels.Format("whyNow.asAtAssessment", plan.Assessment.Triage.Reason);
        }

        var how = labels.Format(level > before ? "whyNow.raised" : "whyNow.lowered", labels.ShortDate(day));
        var reasons = plan.Day(day).Planned.Where(e => e.Kind == PlanEntryKind.SeeClinician).Select(e => e.Reason).Distinct().ToList();
        if (reasons.Count > 0)
        {
            return $"{how}: {string.Join(" ", reasons)}";
        }

        var what = new List<string>();
        foreach (var checkIn in plan.CheckInReports.Where(c => c.Date == day))
        {
            if (checkIn.Clearance != Clearance.None)
            {
                what.Add(labels.Format("whyNow.cleared", labels.Scope(checkIn.Clearance)));
            }

            var flags = checkIn.NewSymptoms.Where(s => s.IsRedFlag).Select(plan.Assessment.Texts.Text).ToList();
            if (flags.Count > 0)
            {
                what.Add(labels.Format("whyNow.newSigns", string.Join("; ", flags)));
            }

            if (checkIn.Trend == Trend.Worse)
            {
                what.Add(labels["whyNow.worse"]);
            }
        }

        return what.Count == 0 ? $"{how}." : $"{how}: {string.Join(", ", what.Distinct())}.";
    }

    private static string Letter(int index) => ((char)('a' + (index % 26))).ToString();

    /// <summary>How many characters the timeline takes from <paramref name="monday"/> to <paramref name="end"/>: a day each, a space after each week.</summary>
    private static int Days(DateOnly monday, DateOnly end)
    {
        var days = end.DayNumber - monday.DayNumber + 1;
        return days + ((days - 1) / 7);
    }

    private static int DaysFromMonday(DateOnly date) => ((int)date.DayOfWeek + 6) % 7;
}
