using System.Text;
using BackPain.Core;
using BackPain.Core.Calendar;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// <c>POST /api/plans/calendar</c>: a plan as returned by <c>POST /api/plans</c> in, the plan as an iCalendar file
/// (<c>text/calendar</c>, BackPain.Core.Calendar) out, to import into the person's calendar. Importing the file
/// again after a check-in updates the events instead of duplicating them. The plan binds like the other bodies, so a
/// bad one gets the same 400 (every bad field with its code), 413 and 415.
/// </summary>
internal static class CalendarApi
{
    /// <summary>The name the browser saves the file under.</summary>
    public const string FileName = "backpain-plan.ics";

    /// <summary>Maps <c>POST /api/plans/calendar</c>; <c>?reminders=true</c> adds an ice or heat reminder with an alarm on each day it is planned.</summary>
    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/plans/calendar", Calendar)
            .WithTags("BackPain.Core")
            .WithName("PlanCalendar")
            .WithSummary("A plan as a calendar file")
            .WithDescription("The body is a plan as returned by POST /api/plans or /api/plans/check-ins; the answer is an RFC 5545 iCalendar file (text/calendar) with an all-day event for each check-in, for the day core work may start (or what it waits for), and for each period something is blocked; reminders=true adds a daily ice or heat reminder with an alarm. Import it again after a check-in: the events are updated, not duplicated. Every event says it is not a diagnosis.")
            .Produces<string>(StatusCodes.Status200OK, PlanCalendar.MediaType)
            .WithBodyProblems();
        return app;
    }

    /// <summary>
    /// Answers the plan's calendar as a download, in the plan's language; a body the plan reader rejects never gets here
    /// (<see cref="BadRequestHandler"/>).
    /// </summary>
    internal static FileContentHttpResult Calendar(RecoveryPlan plan, bool? reminders, HttpContext context)
    {
        Languages.Announce(context, plan.Assessment.Options.Culture);
        var ics = PlanCalendar.ToICalendar(plan, new PlanCalendarOptions { IceAndHeatReminders = reminders ?? false });
        return TypedResults.File(Encoding.UTF8.GetBytes(ics), PlanCalendar.MediaType, FileName);
    }
}
