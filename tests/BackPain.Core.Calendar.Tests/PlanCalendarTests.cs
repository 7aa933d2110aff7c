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
    [Fact]
    public void ToICalendar_WithoutAPlan_NamesTheArgument()
    {
        var act = () => PlanCalendar.ToICalendar(null!);

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("plan");
    }

    [Fact]
    public void ToICalendar_WithABadPlanId_SaysTheCalendarOptionsAreInvalid()
    {
        var act = () => PlanCalendar.ToICalendar(Plans.Story("doms"), new PlanCalendarOptions { PlanId = "a b" });

        act.Should().Throw<BackPainValidationException>().Which.Message.Should().Contain("calendar options");
    }

    [Fact]
    public void ToICalendar_WithAPlanIdOf64Characters_AcceptsIt()
    {
        var planId = new string('a', 64);

        var calendar = Parse(PlanCalendar.ToICalendar(Plans.Story("doms"), new PlanCalendarOptions { PlanId = planId }));

        calendar.Events.Should().OnlyContain(e => e.Uid!.EndsWith("." + planId + "@backpain-core.calendar", StringComparison.Ordinal));
    }

    [Fact]
    public void ToICalendar_IsAPublishedCalendarNamingThisLibraryAndCarryingTheDisclaimer()
    {
        var plan = Plans.Story("doms");

        var calendar = Parse(PlanCalendar.ToICalendar(plan));

        calendar.Method.Should().Be("PUBLISH", "an exported plan is published for import (RFC 5546), not a meeting request");
        calendar.ProductId.Should().Be("-//BackPain.Core//BackPain.Core.Calendar//EN");
        calendar.Properties.Get<string>("X-WR-CALDESC").Should().Be(plan.Disclaimer, "the calendar's own description repeats the disclaimer (README)");
    }

    [Fact]
    public void ToICalendar_EveryEventIsTransparent_SoThePlanNeverShowsThePersonAsBusy()
    {
        var calendar = Parse(PlanCalendar.ToICalendar(Plans.Story("pulled-muscle"), new PlanCalendarOptions { IceAndHeatReminders = true }));

        calendar.Events.Should().OnlyContain(e => e.Transparency == "TRANSPARENT");
    }

    [Fact]
    public void ToICalendar_EveryDescription_SetsTheDisclaimerApartAsItsOwnParagraph()
    {
        var plan = Plans.Story("pulled-muscle");

        var calendar = Parse(PlanCalendar.ToICalendar(plan, new PlanCalendarOptions { IceAndHeatReminders = true }));

        calendar.Events.Should().OnlyContain(e => e.Description!.EndsWith("\n\n" + plan.Disclaimer, StringComparison.Ordinal));
    }

    [Fact]
    public void ToICalendar_RestingTheWholeBack_NamesBothMuscleGroupsAndListsTheirIdsAfterTheKind()
    {
        // domain.md §6.4: a pulled muscle across the whole back rests the upper and the lower back until it has healed.
        var answers = Plans.Story("pulled-muscle").Assessment.Report.ToBuilder();
        answers.Area = BackArea.WholeBack;
        var plan = RecoveryPlanner.Default.Plan(BackPainAssessor.Default.Assess(answers.Build()), TrainingHistory.Empty, new PlanRequest(Plans.Start));
        var texts = plan.Assessment.Texts;

        var rest = Kind(Parse(PlanCalendar.ToICalendar(plan)), "RestMuscles").Should().ContainSingle(e => e.Categories.Count == 3).Subject;

        rest.Categories.Should().BeEquivalentTo(["RestMuscles", "upperBack", "lowerBack"]);
        rest.Categories[0].Should().Be("RestMuscles", "the first category says what the event is about");
        rest.Summary.Should().BeOneOf(
            $"Rest: {texts.Name(MuscleGroup.FromId("upperBack"))}, {texts.Name(MuscleGroup.FromId("lowerBack"))}",
            $"Rest: {texts.Name(MuscleGroup.FromId("lowerBack"))}, {texts.Name(MuscleGroup.FromId("upperBack"))}");
    }

    [Fact]
    public void ToICalendar_ABlockWithTwoCauses_GivesEachReasonAsItsOwnParagraph()
    {
        var plan = Plans.Story("slipped-disc");
        var noCore = plan.Days[0].Blocked.Where(b => b.Kind == PlanEntryKind.NoCoreWork).ToList();
        noCore.Select(b => b.Reason).Distinct().Should().HaveCountGreaterThanOrEqualTo(2, "core work waits for both a possible slipped disc and a possible pulled muscle");

        var description = Kind(Parse(PlanCalendar.ToICalendar(plan)), "NoCoreWork").Should().ContainSingle().Subject.Description!;

        var paragraphs = description.Split("\n\n");
        foreach (var reason in noCore.Select(b => b.Reason).Distinct())
        {
            paragraphs.Should().Contain(p => p.StartsWith(reason + "\n", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void ToICalendar_Reminders_AreDisplayAlarmsAndGiveTheReasonThenTheDose()
    {
        var plan = Plans.Story("doms");
        var ice = plan.Days[0].Planned.First(e => e.Kind is PlanEntryKind.Ice or PlanEntryKind.Heat);

        var reminder = Kind(Parse(PlanCalendar.ToICalendar(plan, new PlanCalendarOptions { IceAndHeatReminders = true })), "Reminder")[0];

        reminder.Alarms.Should().ContainSingle().Which.Action.Should().Be("DISPLAY");
        reminder.Description.Should().StartWith(ice.Reason + " " + ice.Dose!.Text);
    }

    [Fact]
    public void ToICalendar_AReportedCheckIn_SaysItWasReported_AndTheOthersDoNot()
    {
        var plan = Plans.Story("doms").CheckIn(new CheckInReport(new DateOnly(2026, 12, 7), 3, Trend.Better));

        var checkIns = Kind(Parse(PlanCalendar.ToICalendar(plan)), "CheckIn");

        checkIns.Single(e => e.DtStart!.Date == new DateOnly(2026, 12, 7)).Description.Should().Contain("Reported.");
        checkIns.Where(e => e.DtStart!.Date != new DateOnly(2026, 12, 7)).Should().OnlyContain(e => !e.Description!.Contains("Reported.", StringComparison.Ordinal));
    }

    [Fact]
    public void ToICalendar_Uids_SayWhatTheEventIsAboutAndWhichPlan()
    {
        var doms = Parse(PlanCalendar.ToICalendar(Plans.Story("doms")));
        var pulled = Parse(PlanCalendar.ToICalendar(Plans.Story("pulled-muscle")));

        Kind(doms, "CheckIn")[0].Uid.Should().StartWith("checkin-20261202.");
        Kind(pulled, "CoreWorkOpen").Single().Uid.Should().StartWith("corework.");
        var planIds = new[] { doms, pulled }.Select(c => Kind(c, "CheckIn")[0].Uid!.Split('.', '@')[1]).ToList();
        planIds[0].Should().NotBe(planIds[1], "two plans from different reports have different ids");
        planIds.Should().OnlyContain(id => id.Length > 0);
    }

    [Fact]
    public void ToICalendar_WhileCoreWorkIsOpen_PutsItOnTheFirstCheckInAfterTheLastReportedOne()
    {
        // A slipped disc waits for a clinician (domain.md §6.1): after a check-in on day 7 without one, the next check-in
        // that could bring it is day 14.
        var plan = Plans.Story("slipped-disc").CheckIn(new CheckInReport(new DateOnly(2026, 12, 7), 3, Trend.Better));

        var core = Kind(Parse(PlanCalendar.ToICalendar(plan)), "CoreWorkOpen").Should().ContainSingle().Subject;

        core.DtStart!.Date.Should().Be(new DateOnly(2026, 12, 14));
    }

    [Fact]
    public void ToICalendar_PulledMuscleWithDailyCheckIns_PutsOpenCoreWorkOnTheFirstDayItCouldBeLifted()
    {
        // Check-ins on day 2, day 7 and then every day: the pulled muscle's 7-day minimum makes day 8 (2026-12-08) the
        // first check-in that could lift "no core work" (domain.md §6, §6.1).
        var planner = new RecoveryPlanner(PlannerOptions.Default with { CheckInInterval = Days.Of(1) });
        var plan = planner.Plan(Plans.Story("pulled-muscle").Assessment, TrainingHistory.Empty, new PlanRequest(Plans.Start));

        var core = Kind(Parse(PlanCalendar.ToICalendar(plan)), "CoreWorkOpen").Should().ContainSingle().Subject;

        core.DtStart!.Date.Should().Be(new DateOnly(2026, 12, 8));
    }

    [Fact]
    public void ToICalendar_WhenNoCheckInIsLeft_PutsOpenCoreWorkOnTheEarliestDayItCouldBeLifted()
    {
        // A 5-day plan has its only check-in on day 2; a pulled muscle cannot heal before 2026-12-08 (domain.md §6.1),
        // so the open core work note goes on that day, after the plan.
        var plan = RecoveryPlanner.Default.Plan(Plans.Story("pulled-muscle").Assessment, TrainingHistory.Empty, new PlanRequest(Plans.Start, Days.Of(5)));

        Kind(Parse(PlanCalendar.ToICalendar(plan)), "CoreWorkOpen").Should().ContainSingle().Which.DtStart!.Date.Should().Be(new DateOnly(2026, 12, 8));
    }

    [Fact]
    public void ToICalendar_WhenNoCheckInIsLeftAndTheEarliestDateHasPassed_PutsOpenCoreWorkOnTheNextDay()
    {
        // A 10-day plan has check-ins on days 2 and 7. A check-in on day 9, after the earliest date the open condition
        // could be met and after the last check-in, leaves only the next day for the note.
        var plan = RecoveryPlanner.Default.Plan(Plans.Story("slipped-disc").Assessment, TrainingHistory.Empty, new PlanRequest(Plans.Start, Days.Of(10)))
            .CheckIn(new CheckInReport(new DateOnly(2026, 12, 9), 3, Trend.Same));
        plan.CoreWorkAllowedFrom.NotBefore.Should().BeOnOrBefore(plan.AsOf);

        Kind(Parse(PlanCalendar.ToICalendar(plan)), "CoreWorkOpen").Should().ContainSingle().Which.DtStart!.Date.Should().Be(new DateOnly(2026, 12, 10));
    }

    [Fact]
    public void ToICalendar_WhenCoreWorkIsSettled_MovesTheOpenEventInsteadOfCancellingIt()
    {
        var before = Kind(Parse(PlanCalendar.ToICalendar(Plans.Story("pulled-muscle"))), "CoreWorkOpen").Single();

        var after = Parse(PlanCalendar.ToICalendar(Plans.Story("pulled-muscle").CheckIn(Plans.PainFreeCheckIn())));

        var start = Kind(after, "CoreWorkStart").Should().ContainSingle().Subject;
        start.Uid.Should().Be(before.Uid, "one UID for both, so the calendar moves the event");
        after.Events.Should().NotContain(e => e.Status == "CANCELLED" && e.Categories.Contains("CoreWorkOpen"));
    }

    [Fact]
    public void ToICalendar_TwoReportedCheckIns_EachSaysItWasReported_RightAfterWhatTheCheckInIsFor()
    {
        var plan = Plans.Story("doms")
            .CheckIn(new CheckInReport(new DateOnly(2026, 12, 2), 4, Trend.Better))
            .CheckIn(new CheckInReport(new DateOnly(2026, 12, 7), 2, Trend.Better));

        var checkIns = Kind(Parse(PlanCalendar.ToICalendar(plan)), "CheckIn");

        foreach (var date in new[] { new DateOnly(2026, 12, 2), new DateOnly(2026, 12, 7) })
        {
            var reason = plan.Day(date).Planned.Single(e => e.Kind == PlanEntryKind.CheckIn).Reason;
            checkIns.Single(e => e.DtStart!.Date == date).Description.Should().StartWith(reason + " Reported.\n\n");
        }
    }

    [Fact]
    public void ToICalendar_ACheckInNotYetReported_SaysWhatItIsForAndThenTheDisclaimer()
    {
        var plan = Plans.Story("doms");
        var date = plan.CheckInDates[0];
        var reason = plan.Day(date).Planned.Single(e => e.Kind == PlanEntryKind.CheckIn).Reason;

        var checkIn = Kind(Parse(PlanCalendar.ToICalendar(plan)), "CheckIn").Single(e => e.DtStart!.Date == date);

        checkIn.Description.Should().Be(reason + "\n\n" + plan.Disclaimer);
    }

    [Fact]
    public void ToICalendar_PulledMuscleStillPainfulAtADailyCheckIn_PutsOpenCoreWorkOnTheNextCheckInNotTheOneJustReported()
    {
        // Daily check-ins from day 7; a pulled muscle's core work may start from day 8 at the earliest (domain.md §6.1).
        // Pain at the check-in of day 9 leaves it open: the next check-in that could lift it is day 10.
        var planner = new RecoveryPlanner(PlannerOptions.Default with { CheckInInterval = Days.Of(1) });
        var plan = planner.Plan(Plans.Story("pulled-muscle").Assessment, TrainingHistory.Empty, new PlanRequest(Plans.Start))
            .CheckIn(new CheckInReport(new DateOnly(2026, 12, 9), 3, Trend.Better));
        plan.CoreWorkAllowedFrom.NotBefore.Should().BeOnOrBefore(new DateOnly(2026, 12, 9));

        var core = Kind(Parse(PlanCalendar.ToICalendar(plan)), "CoreWorkOpen").Should().ContainSingle().Subject;

        core.DtStart!.Date.Should().Be(new DateOnly(2026, 12, 10));
    }
}
