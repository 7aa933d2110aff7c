using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace BackPain.Core.Calendar;

/// <summary>
/// The events of a plan's calendar: one per check-in date, one for core work, one per period a block holds, and, if
/// asked for, one per day of ice or heat. Each is keyed so that the same thing on the same dates has the same key in
/// every version of the plan (the days before a check-in never change), and each description ends with the disclaimer.
/// </summary>
internal static class PlanEvents
{
    internal static List<PlanEvent> Of(RecoveryPlan plan, PlanCalendarOptions options)
    {
        var culture = plan.Assessment.Options.Culture;
        var events = new List<PlanEvent>();
        AddCheckIns(plan, culture, events);
        AddCoreWork(plan, culture, events);
        AddBlocks(plan, culture, events);
        if (options.IceAndHeatReminders)
        {
            AddReminders(plan, culture, options.ReminderTime, events);
        }

        return events;
    }

    /// <summary>Every earlier version of <paramref name="plan"/>: as planned, then after each of its check-ins but the last.</summary>
    internal static IEnumerable<RecoveryPlan> EarlierVersions(RecoveryPlan plan)
    {
        if (plan.CheckInReports.Count == 0)
        {
            yield break;
        }

        var version = new RecoveryPlanner(plan.Options).Plan(plan.Assessment, plan.History, plan.Request);
        yield return version;
        for (var i = 0; i < plan.CheckInReports.Count - 1; i++)
        {
            version = version.CheckIn(plan.CheckInReports[i]);
            yield return version;
        }
    }

    /// <summary>The plan's own id: a hash of what stays the same through its check-ins (start, length, first assessment's report, history).</summary>
    internal static string DefaultPlanId(RecoveryPlan plan)
    {
        var identity = string.Join('\n',
            Iso(plan.Request.Start),
            plan.Request.Length.Count.ToString(CultureInfo.InvariantCulture),
            Serialization.BackPainJson.Serialize(plan.Assessment.Report),
            Serialization.BackPainJson.Serialize(plan.History));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..16];
    }

    internal static string Iso(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static void AddCheckIns(RecoveryPlan plan, CultureInfo culture, List<PlanEvent> events)
    {
        foreach (var date in plan.CheckInDates)
        {
            var day = plan.Day(date);
            var what = day.Planned.First(e => e.Kind == PlanEntryKind.CheckIn).Reason;
            var reported = plan.CheckInReports.Any(c => c.Date == date) ? " " + Texts.Get("checkIn.reported", culture) : "";
            events.Add(new PlanEvent("checkin-" + Iso(date), date, date.AddDays(1), PlanEventKind.CheckIn, [],
                Texts.Format("checkIn.summary", culture, day.DayNumber), Describe(plan, what + reported)));
        }
    }

    /// <summary>
    /// Core work: on the day it may start, or while a condition is open, on the next check-in that could meet it,
    /// saying what it waits for. One key for both, so the event moves when a check-in settles the date.
    /// </summary>
    private static void AddCoreWork(RecoveryPlan plan, CultureInfo culture, List<PlanEvent> events)
    {
        var allowed = plan.CoreWorkAllowedFrom;
        if (allowed.Date is { } date)
        {
            events.Add(new PlanEvent("corework", date, date.AddDays(1), PlanEventKind.CoreWorkStart, [],
                Texts.Get("coreWork.summary", culture), Describe(plan, Texts.Format("coreWork.from", culture, allowed.Text))));
            return;
        }

        // The next check-in still to come: after the last one reported (AsOf is its date), or from the start.
        var checkedIn = plan.CheckInReports.Count > 0;
        var next = plan.CheckInDates.Where(d => d >= allowed.NotBefore && (checkedIn ? d > plan.AsOf : d >= plan.AsOf)).Cast<DateOnly?>().FirstOrDefault()
            ?? (allowed.NotBefore > plan.AsOf ? allowed.NotBefore : plan.AsOf.AddDays(1));
        events.Add(new PlanEvent("corework", next, next.AddDays(1), PlanEventKind.CoreWorkOpen, [],
            Texts.Get("coreWork.open.summary", culture), Describe(plan, Texts.Format("coreWork.open", culture, allowed.Text))));
    }

    /// <summary>
    /// One event per run of consecutive days on which the same rule blocks the same thing for the same muscles. When
    /// the rule blocks it for two causes at once (core work while both a pulled muscle and a slipped disc are
    /// possible), the event gives each reason.
    /// </summary>
    private static void AddBlocks(RecoveryPlan plan, CultureInfo culture, List<PlanEvent> events)
    {
        var open = new Dictionary<string, BlockRun>(StringComparer.Ordinal);
        foreach (var day in plan.Days)
        {
            foreach (var same in day.Blocked.GroupBy(BlockKey, StringComparer.Ordinal))
            {
                if (open.TryGetValue(same.Key, out var run) && run.Last.AddDays(1) == day.Date)
                {
                    run.Last = day.Date;
                    continue;
                }

                if (run is not null)
                {
                    events.Add(Block(plan, culture, same.Key, run));
                }

                open[same.Key] = new BlockRun(day.Date, [.. same]);
            }
        }

        events.AddRange(open.Select(o => Block(plan, culture, o.Key, o.Value)));
    }

    private static string BlockKey(PlanEntry entry)
        => $"block-{entry.Kind}-{entry.RuleId}-{string.Join('.', entry.Muscles.Select(m => m.Id))}".ToLowerInvariant();

    private static PlanEvent Block(RecoveryPlan plan, CultureInfo culture, string key, BlockRun run)
    {
        var entry = run.Entries[0];
        var kind = Enum.Parse<PlanEventKind>(entry.Kind.ToString());
        var summary = kind == PlanEventKind.RestMuscles
            ? Texts.Format("block.RestMuscles", culture, string.Join(", ", entry.Muscles.Select(plan.Assessment.Texts.Name)))
            : Texts.Get("block." + entry.Kind, culture);
        var text = string.Join("\n\n", run.Entries.Select(e => string.Join('\n',
            e.Reason, Texts.Format("block.allowed", culture, e.AllowedFrom!.Text), Texts.Format("source", culture, e.Source.Citation))).Distinct(StringComparer.Ordinal));
        return new PlanEvent($"{key}-{Iso(run.Start)}", run.Start, run.Last.AddDays(1), kind, entry.Muscles, summary, Describe(plan, text));
    }

    /// <summary>A block's days so far: the first, the last, and the entries of the first day that make it.</summary>
    private sealed class BlockRun(DateOnly start, PlanEntry[] entries)
    {
        public DateOnly Start { get; } = start;

        public DateOnly Last { get; set; } = start;

        public PlanEntry[] Entries { get; } = entries;
    }

    private static void AddReminders(RecoveryPlan plan, CultureInfo culture, TimeOnly time, List<PlanEvent> events)
    {
        foreach (var day in plan.Days)
        {
            foreach (var entry in day.Planned.Where(e => e.Kind is PlanEntryKind.Ice or PlanEntryKind.Heat && e.Dose is not null))
            {
                var dose = entry.Dose!.Text;
                events.Add(new PlanEvent($"{entry.Kind}-{Iso(day.Date)}".ToLowerInvariant(), day.Date, day.Date.AddDays(1), PlanEventKind.Reminder, [],
                    Texts.Format("reminder." + entry.Kind, culture, dose), Describe(plan, entry.Reason + " " + dose), time));
            }
        }
    }

    /// <summary>Every description ends with the plan's disclaimer: each event is read on its own in a calendar app.</summary>
    private static string Describe(RecoveryPlan plan, string text) => text + "\n\n" + plan.Disclaimer;
}
