using Ical.Net.CalendarComponents;
using IcalCalendar = Ical.Net.Calendar;

namespace BackPain.Core.Calendar.Tests;

public sealed class PlanCalendarTests
{
    private static IcalCalendar Parse(string ics) => IcalCalendar.Load(ics)!;

    private static CalendarEvent[] Kind(IcalCalendar calendar, string category)
        => [.. calendar.Events.Where(e => e.Categories.Contains(category))];

    [Fact]
    public void ToICalendar_RoundTripsThroughIcalNetsParser_WithEveryEventAllDayAndDateOnly()
    {
        var ics = PlanCalendar.ToICalendar(Plans.Story("pulled-muscle"));

        var calendar = Parse(ics);
        calendar.Version.Should().Be("2.0");
        calendar.Events.Should().NotBeEmpty();
        calendar.Events.Should().OnlyContain(e => !e.DtStart!.HasTime && !e.DtEnd!.HasTime && e.DtStart.TzId == null);
        calendar.Events.Should().OnlyContain(e => e.DtEnd!.Date > e.DtStart!.Date);
        ics.Should().Contain("\r\n").And.Contain("DTSTART;VALUE=DATE:");
    }

    [Fact]
    public void ToICalendar_HasOneEventPerCheckInDate_Day2Day7ThenWeekly()
    {
        var calendar = Parse(PlanCalendar.ToICalendar(Plans.Story("doms")));

        // domain.md §6: check-ins on day 2, day 7 and every 7 days after, in a 28-day plan from 2026-12-01.
        Kind(calendar, "CheckIn").Select(e => e.DtStart!.Date).Should().Equal(
            new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 7), new DateOnly(2026, 12, 14), new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 28));
        Kind(calendar, "CheckIn")[0].Summary.Should().Be("Back pain check-in (day 2)");
        Kind(calendar, "CheckIn")[0].Description.Should().StartWith("Check in: rate the pain from 0 to 10");
    }

    [Fact]
    public void ToICalendar_PulledMuscle_PutsTheOpenCoreWorkNoteOnTheFirstCheckInThatCouldLiftIt()
    {
        var calendar = Parse(PlanCalendar.ToICalendar(Plans.Story("pulled-muscle")));

        // A pulled muscle heals in 7 days at the least (domain.md §6.1): core work waits for a pain-free check-in on or
        // after 2026-12-08, and the first check-in on or after that date is day 14, 2026-12-14.
        var core = Kind(calendar, "CoreWorkOpen").Should().ContainSingle().Subject;
        core.DtStart!.Date.Should().Be(new DateOnly(2026, 12, 14));
        core.Description.Should().Contain("after a pain-free check-in on or after 2026-12-08");
        Kind(calendar, "CoreWorkStart").Should().BeEmpty();
    }

    [Fact]
    public void ToICalendar_Blocks_SayWhatIsBlockedWhyUntilWhenAndTheSource()
    {
        var plan = Plans.Story("pulled-muscle");
        var calendar = Parse(PlanCalendar.ToICalendar(plan));

        var noCore = Kind(calendar, "NoCoreWork").Should().ContainSingle().Subject;
        noCore.Summary.Should().Be("No core work");
        noCore.DtStart!.Date.Should().Be(Plans.Start);
        noCore.DtEnd!.Date.Should().Be(plan.Request.End.AddDays(1), "while open, the block holds to the end of the plan");
        noCore.Description.Should().Contain("Allowed after a pain-free check-in on or after 2026-12-08").And.Contain("Source: ");
        Kind(calendar, "RestMuscles").Should().Contain(e => e.Summary!.StartsWith("Rest: ", StringComparison.Ordinal));
    }

    [Fact]
    public void ToICalendar_EveryEventSaysItIsNotADiagnosis()
    {
        foreach (var story in Plans.Stories)
        {
            var plan = Plans.Story(story);
            var calendar = Parse(PlanCalendar.ToICalendar(plan, new PlanCalendarOptions { IceAndHeatReminders = true }));

            calendar.Events.Should().OnlyContain(e => e.Description!.EndsWith(plan.Disclaimer, StringComparison.Ordinal), story);
            plan.Disclaimer.Should().StartWith("This is not a diagnosis.");
        }
    }

    [Fact]
    public void ToICalendar_WithReminders_AddsADailyIceOrHeatEventWithItsDoseAndAnAlarm()
    {
        var plan = Plans.Story("doms");

        var without = Parse(PlanCalendar.ToICalendar(plan));
        var with = Parse(PlanCalendar.ToICalendar(plan, new PlanCalendarOptions { IceAndHeatReminders = true, ReminderTime = new TimeOnly(7, 30) }));

        Kind(without, "Reminder").Should().BeEmpty();
        var reminders = Kind(with, "Reminder");
        var iceDays = plan.Days.Count(d => d.Planned.Any(e => e.Kind == PlanEntryKind.Ice));
        var heatDays = plan.Days.Count(d => d.Planned.Any(e => e.Kind == PlanEntryKind.Heat));
        reminders.Should().HaveCount(iceDays + heatDays).And.NotBeEmpty();
        var first = reminders[0];
        first.Summary.Should().MatchRegex("^(Ice|Heat): ").And.Contain("times a day");
        first.Alarms.Should().ContainSingle().Which.Trigger!.Duration!.Value.ToTimeSpanUnspecified().Should().Be(TimeSpan.FromMinutes(7 * 60 + 30));
    }

    [Fact]
    public void ToICalendar_AfterACheckIn_KeepsTheUidsAndRaisesTheSequence()
    {
        var before = PlanCalendar.ToICalendar(Plans.Story("pulled-muscle"));
        var after = PlanCalendar.ToICalendar(Plans.Story("pulled-muscle").CheckIn(Plans.PainFreeCheckIn()));

        var old = Parse(before).Events.ToDictionary(e => e.Uid!);
        var updated = Parse(after).Events.ToDictionary(e => e.Uid!);
        updated.Keys.Should().Contain(old.Keys, "every event imported before is updated or cancelled, never left behind");
        old.Values.Should().OnlyContain(e => e.Sequence == 0);
        updated.Values.Should().OnlyContain(e => e.Sequence == 1);
        updated.Values.Count(e => e.Categories.Contains("CheckIn")).Should().Be(5, "re-importing must not duplicate the check-ins");
    }

    [Fact]
    public void ToICalendar_AfterAPainFreeCheckIn_MovesTheCoreWorkEventAndCancelsWhatNoLongerApplies()
    {
        var plan = Plans.Story("pulled-muscle").CheckIn(Plans.PainFreeCheckIn());
        var calendar = Parse(PlanCalendar.ToICalendar(plan));

        plan.CoreWorkAllowedFrom.IsKnown.Should().BeTrue("a pain-free check-in on day 8 meets the pulled muscle's 7-day healing minimum");
        var core = calendar.Events.Where(e => e.Uid!.StartsWith("corework.", StringComparison.Ordinal)).Should().ContainSingle().Subject;
        core.Categories.Should().Contain("CoreWorkStart");
        core.DtStart!.Date.Should().Be(plan.CoreWorkAllowedFrom.Date!.Value);
        core.Status.Should().Be("CONFIRMED");

        // The no-core-work block that ran to the end of the plan now ends on the day before core work may start: same
        // UID (same rule, same start), shorter; every event of the new version outranks the old one.
        var noCore = Kind(calendar, "NoCoreWork").Should().ContainSingle().Subject;
        noCore.DtEnd!.Date.Should().Be(plan.CoreWorkAllowedFrom.Date!.Value);
        calendar.Events.Should().OnlyContain(e => e.Sequence == 1);
    }

    [Fact]
    public void ToICalendar_CancelsEventsAnEarlierVersionHad()
    {
        // An urgent red flag reported at the first check-in suspends training from that day: the rest periods planned
        // before are cut, and any event of the first version that the new one lacks comes back cancelled.
        var first = Plans.Story("doms");
        var second = first.CheckIn(new CheckInReport(new DateOnly(2026, 12, 2), 6, Trend.Worse, newSymptoms: [Symptom.FromId("saddleNumbness")]));

        var before = Parse(PlanCalendar.ToICalendar(first)).Events.Select(e => e.Uid!).ToHashSet();
        var after = Parse(PlanCalendar.ToICalendar(second)).Events;

        var cancelled = after.Where(e => e.Status == "CANCELLED").Select(e => e.Uid!).ToList();
        var live = after.Where(e => e.Status != "CANCELLED").Select(e => e.Uid!).ToHashSet();
        cancelled.Should().BeEquivalentTo(before.Except(live), "exactly the events the first version had and the second has not are cancelled");
        Kind(Parse(PlanCalendar.ToICalendar(second)), "SuspendAllTraining").Should().NotBeEmpty();
    }

    [Fact]
    public void ToICalendar_SamePlan_SameText()
    {
        var plan = Plans.Story("slipped-disc").CheckIn(Plans.PainFreeCheckIn());

        PlanCalendar.ToICalendar(plan).Should().Be(PlanCalendar.ToICalendar(plan));
        Parse(PlanCalendar.ToICalendar(plan)).Events.Should().OnlyContain(e => e.DtStamp!.Date == new DateOnly(2026, 12, 8), "DTSTAMP is the plan's as-of date");
    }

    [Fact]
    public void ToICalendar_WithAPlanId_UsesItInEveryUid()
    {
        var calendar = Parse(PlanCalendar.ToICalendar(Plans.Story("doms"), new PlanCalendarOptions { PlanId = "user-42.plan-7" }));

        calendar.Events.Should().OnlyContain(e => e.Uid!.EndsWith(".user-42.plan-7@backpain-core.calendar", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("has space")]
    [InlineData("ünïcode")]
    public void ToICalendar_WithABadPlanId_SaysWhatIsAllowed(string planId)
    {
        var act = () => PlanCalendar.ToICalendar(Plans.Story("doms"), new PlanCalendarOptions { PlanId = planId });

        act.Should().Throw<BackPainValidationException>().Which.Errors.Should().ContainSingle()
            .Which.Path.Should().Be("planId");
    }
}
