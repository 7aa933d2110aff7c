using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using IcalCalendar = Ical.Net.Calendar;

namespace BackPain.Core.Calendar;

/// <summary>
/// Puts a <see cref="RecoveryPlan"/> in a calendar: an RFC 5545 iCalendar text (a <c>.ics</c> file) with an all-day
/// event, date only and in no time zone, for each check-in (what to report), for the day core work may start (or,
/// while that is still open, on the next check-in, saying what it waits for), for each period a block holds (what is
/// blocked, why, until when, and the rule's source), and, if asked for, for each day of ice or heat with its dose and
/// an alarm. Every event's description ends with the plan's disclaimer: it is not a diagnosis.
/// </summary>
/// <remarks>
/// <para>
/// Importing the updated plan after a check-in updates the events already in the calendar instead of adding new ones.
/// Each event's UID is made of the plan's id (<see cref="PlanCalendarOptions.PlanId"/>) and what the event is about,
/// so it stays the same in every version of the plan; its SEQUENCE is the number of check-ins the plan holds, so each
/// version outranks the one before.
/// </para>
/// <para>
/// The caller passes nothing about earlier exports: the plan holds its check-ins, so the earlier versions are made
/// again from it, and every event one of them had that the plan no longer has (a block lifted early, a period cut
/// short, the core work note that became a date) is written with <c>STATUS:CANCELLED</c>, so a calendar that imported
/// it removes it. DTSTAMP is the plan's <see cref="RecoveryPlan.AsOf"/> date at midnight UTC, so the same plan always
/// gives the same text (the library reads no clock).
/// </para>
/// </remarks>
public static class PlanCalendar
{
    /// <summary>The media type of the text <see cref="ToICalendar"/> returns, for an HTTP response: <c>text/calendar</c>.</summary>
    public const string MediaType = "text/calendar";

    private const string UidDomain = "backpain-core.calendar";

    /// <summary>The plan as an iCalendar text (RFC 5545, <c>\r\n</c> line ends), ready to save as a <c>.ics</c> file or serve as <see cref="MediaType"/>.</summary>
    /// <param name="plan">The plan, as of its latest check-in.</param>
    /// <param name="options">What to add; <see cref="PlanCalendarOptions.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The options are invalid; the exception lists every problem.</exception>
    public static string ToICalendar(RecoveryPlan plan, PlanCalendarOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        options ??= PlanCalendarOptions.Default;
        options.Validate().ThrowIfInvalid("calendar options");
        var planId = options.PlanId ?? PlanEvents.DefaultPlanId(plan);
        var sequence = plan.CheckInReports.Count;
        var stamp = new CalDateTime(plan.AsOf, TimeOnly.MinValue, CalDateTime.UtcTzId);

        var calendar = new IcalCalendar { ProductId = "-//BackPain.Core//BackPain.Core.Calendar//EN", Method = "PUBLISH" };
        calendar.AddProperty("X-WR-CALNAME", Texts.Get("calendar.name", plan.Assessment.Options.Culture));
        calendar.AddProperty("X-WR-CALDESC", plan.Disclaimer);

        var current = PlanEvents.Of(plan, options);
        var keys = current.Select(e => e.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var e in current)
        {
            calendar.Events.Add(Event(e, planId, sequence, stamp, cancelled: false));
        }

        // Events an earlier version of the plan had and this one has not, each once (its latest wording), cancelled.
        var gone = new Dictionary<string, PlanEvent>(StringComparer.Ordinal);
        foreach (var version in PlanEvents.EarlierVersions(plan))
        {
            foreach (var e in PlanEvents.Of(version, options).Where(e => !keys.Contains(e.Key)))
            {
                gone[e.Key] = e;
            }
        }

        foreach (var e in gone.Values)
        {
            calendar.Events.Add(Event(e, planId, sequence, stamp, cancelled: true));
        }

        return new CalendarSerializer().SerializeToString(calendar)!;
    }

    /// <summary>The UID of an event: what it is about, the plan's id and this library's domain.</summary>
    internal static string Uid(string key, string planId) => $"{key}.{planId}@{UidDomain}";

    private static CalendarEvent Event(PlanEvent e, string planId, int sequence, CalDateTime stamp, bool cancelled)
    {
        var ev = new CalendarEvent
        {
            Uid = Uid(e.Key, planId),
            DtStamp = stamp,
            Sequence = sequence,
            DtStart = new CalDateTime(e.Start),
            DtEnd = new CalDateTime(e.End),
            Summary = e.Summary,
            Description = e.Description,
            Transparency = "TRANSPARENT",
            Status = cancelled ? "CANCELLED" : "CONFIRMED",
        };
        // The first category says what the event is about; a rest block's muscle groups follow it, by id.
        ev.Categories.Add(e.Kind.ToString());
        foreach (var muscle in e.Muscles)
        {
            ev.Categories.Add(muscle.Id);
        }
        if (e.Alarm is { } time && !cancelled)
        {
            ev.Alarms.Add(new Alarm
            {
                Action = "DISPLAY",
                Description = e.Summary,
                Trigger = new Trigger(Duration.FromTimeSpanExact(time.ToTimeSpan())),
            });
        }

        return ev;
    }
}
