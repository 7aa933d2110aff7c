using IcalCalendar = Ical.Net.Calendar;

namespace BackPain.Samples.Console.Tests;

/// <summary><c>--ics FILE</c>: the plan also written as a calendar file (BackPain.Core.Calendar).</summary>
public sealed class CalendarOptionTests
{
    [Fact]
    public void Ics_WritesTheFinalPlanAsACalendarWithItsCheckInsAndReminders()
    {
        var file = Path.Combine(Path.GetTempPath(), $"backpain-{Guid.NewGuid():N}.ics");
        try
        {
            var result = SampleRun.Run("--example", "doms", "--start", "2026-12-01", "--check-in", Path.Combine(AppContext.BaseDirectory, "examples", "check-in.json"), "--ics", file);

            result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
            result.Output.Should().Contain("Calendar written to");
            var calendar = IcalCalendar.Load(File.ReadAllText(file))!;
            // A 28-day plan from 2026-12-01 checks in on days 2, 7, 14, 21 and 28 (domain.md §6); the calendar is of the
            // plan after the check-in on 2026-12-08, so every event's SEQUENCE is 1.
            calendar.Events.Where(e => e.Categories.Contains("CheckIn")).Should().HaveCount(5);
            calendar.Events.Should().OnlyContain(e => e.Sequence == 1);
            calendar.Events.Where(e => e.Categories.Contains("Reminder")).Should().NotBeEmpty("DOMS plans ice or heat");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Ics_WithJson_PrintsOnlyTheJson()
    {
        var file = Path.Combine(Path.GetTempPath(), $"backpain-{Guid.NewGuid():N}.ics");
        try
        {
            var result = SampleRun.Run("--example", "doms", "--start", "2026-12-01", "--json", "--ics", file);

            result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
            result.Output.TrimStart().Should().StartWith("{");
            result.Output.Should().NotContain("Calendar written");
            File.ReadAllText(file).Should().StartWith("BEGIN:VCALENDAR");
        }
        finally
        {
            File.Delete(file);
        }
    }
}
