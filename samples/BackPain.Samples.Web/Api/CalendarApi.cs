using BackPain.Core;
using System.Text;
using BackPain.Core.Calendar;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// <c>POST /api/plans/calendar</c>: a plan as returned by <c>POST /api/plans</c> in, the plan as an iCalendar file
/// (<c>text/calendar</c>, BackPain.Core.Calendar) out, to import into the person's calendar. Importing the file
/// again after a check-in updates the events instead of duplicating them.
/// </summary>
internal static class CalendarApi
{
    /// <summary>The name the browser saves the file under.</summary>
    public const string FileName = "recovery-plan.ics";

    /// <summary>Maps <c>POST /api/plans/calendar</c>; <c>?reminders=true</c> adds an ice or heat reminder with an alarm on each day it is planned.</summary>
    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/plans/calendar", CalendarAsync)
            .WithTags("BackPain.Core")
            .WithName("PlanCalendar")
            .WithSummary("A plan as a calendar file")
            .WithDescription("The body is a plan as returned by POST /api/plans or /api/plans/check-ins; the answer is an RFC 5545 iCalendar file (text/calendar) with an all-day event for each check-in, for the day core work may start (or what it waits for), and for each period something is blocked; reminders=true adds a daily ice or heat reminder with an alarm. Import it again after a check-in: the events are updated, not duplicated. Every event says it is not a diagnosis.")
            .Accepts<RecoveryPlan>("application/json")
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status200OK, contentType: PlanCalendar.MediaType)
;
        return app;
    }

    /// <summary>Reads the plan with <see cref="BackPainJson"/> (400 with every bad field by path) and answers its calendar as a download.</summary>
    private static async Task<IResult> CalendarAsync(HttpRequest request, bool? reminders, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body, Encoding.UTF8);
        var json = await reader.ReadToEndAsync(cancellationToken);
        RecoveryPlan plan;
        try
        {
            plan = BackPainJson.DeserializePlan(json);
        }
        catch (BackPainValidationException e)
        {
            return Results.ValidationProblem(e.Errors.GroupBy(error => error.Path).ToDictionary(g => g.Key, g => g.Select(error => error.Message).ToArray()));
        }

        var ics = PlanCalendar.ToICalendar(plan, new PlanCalendarOptions { IceAndHeatReminders = reminders ?? false });
        return Results.File(Encoding.UTF8.GetBytes(ics), PlanCalendar.MediaType, FileName);
    }
}
