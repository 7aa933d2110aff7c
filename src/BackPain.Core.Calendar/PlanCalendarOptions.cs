using System.Globalization;

namespace BackPain.Core.Calendar;

/// <summary>What <see cref="PlanCalendar.ToICalendar"/> puts in the calendar beyond the check-ins, core work and blocks.</summary>
public sealed record PlanCalendarOptions
{
    /// <summary>The default options: no ice and heat reminders, the plan's own id.</summary>
    public static PlanCalendarOptions Default { get; } = new();

    /// <summary>
    /// The plan's id in your app (for example its database key): letters, digits, <c>-</c>, <c>_</c> and <c>.</c>, at
    /// most 64. It makes the events' UIDs, so give the same id each time the same plan is exported. When null (the
    /// default), an id is made from the plan's start date, length and first assessment, which stay the same through
    /// every check-in; two plans from equal reports and the same start date then share it, and it is made from the
    /// library's JSON form of the report, so a library version that changes that format changes it. Give your own id
    /// to keep the UIDs across versions of the library.
    /// </summary>
    public string? PlanId { get; init; }

    /// <summary>
    /// Whether to add an all-day event with an alarm (VALARM) on each day ice or heat is planned, with its dose.
    /// Default <see langword="false"/>.
    /// </summary>
    public bool IceAndHeatReminders { get; init; }

    /// <summary>The local time on the day at which an ice or heat reminder's alarm goes off; default 09:00.</summary>
    public TimeOnly ReminderTime { get; init; } = new(9, 0);

    /// <summary>Lists every problem with these options: <c>planId</c> empty, longer than 64 characters or with another character (<see cref="ValidationCode.Malformed"/>).</summary>
    public ValidationResult Validate()
    {
        if (PlanId is null || (PlanId.Length is > 0 and <= 64 && PlanId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            return ValidationResult.Valid;
        }

        return new ValidationResult([new ValidationError("planId", ValidationCode.Malformed,
            string.Create(CultureInfo.InvariantCulture, $"must be 1 to 64 letters, digits, '-', '_' or '.'; it was '{PlanId}'."), PlanId)]);
    }
}
