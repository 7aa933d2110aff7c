using CsCheck;
using IcalCalendar = Ical.Net.Calendar;

namespace BackPain.Core.Calendar.Tests;

/// <summary>Properties of the calendar over generated plans (reports, lengths, check-in intervals, check-ins).</summary>
public sealed class PlanCalendarPropertyTests
{
    [Fact]
    public void EveryCheckInDate_AppearsOnce()
    {
        Plans.Generated.Sample(plan =>
        {
            var live = Live(plan);
            var checkIns = live.Where(e => e.Categories.Contains("CheckIn")).Select(e => e.DtStart!.Date).ToList();
            checkIns.Should().Equal(plan.CheckInDates);
        }, iter: 300);
    }

    [Fact]
    public void NoBlockEvent_OverlapsADayOnWhichThePlanAllowsWhatItForbids()
    {
        Plans.Generated.Sample(plan =>
        {
            foreach (var e in Live(plan).Where(e => e.Categories[0] is "NoCoreWork" or "RestMuscles" or "NoStrenuousExercise" or "NoExercise" or "SuspendAllTraining"))
            {
                for (var day = e.DtStart!.Date; day < e.DtEnd!.Date; day = day.AddDays(1))
                {
                    var blocked = plan.Day(day).Blocked;
                    switch (e.Categories[0])
                    {
                        case "NoCoreWork":
                            plan.MayDoCoreWork(day).IsAllowed.Should().BeFalse($"{e.Summary} covers {day}");
                            break;
                        case "RestMuscles":
                            foreach (var id in e.Categories.Skip(1))
                            {
                                plan.MayTrain(MuscleGroup.FromId(id), day).IsAllowed.Should().BeFalse($"{e.Summary} covers {day}");
                            }

                            break;
                        case "NoStrenuousExercise":
                        case "NoExercise":
                        case "SuspendAllTraining":
                            blocked.Select(b => b.Kind.ToString()).Should().Contain(e.Categories[0], $"{e.Summary} covers {day}");
                            break;
                    }
                }
            }
        }, iter: 300);
    }

    [Fact]
    public void EveryUidOfEveryEarlierVersion_IsInTheLatestCalendar()
    {
        // The plan as first made, then after each of its check-ins: whatever any of them put in the calendar is updated
        // or cancelled by the latest export, never left behind.
        Plans.Generated.Where(p => p.CheckInReports.Count > 0).Sample(plan =>
        {
            var latest = IcalCalendar.Load(PlanCalendar.ToICalendar(plan))!.Events.Select(e => e.Uid!).ToHashSet();
            var version = new RecoveryPlanner(plan.Options).Plan(plan.Assessment, plan.History, plan.Request);
            foreach (var checkIn in plan.CheckInReports)
            {
                IcalCalendar.Load(PlanCalendar.ToICalendar(version))!.Events.Select(e => e.Uid!).Should().BeSubsetOf(latest);
                version = version.CheckIn(checkIn);
            }
        }, iter: 200);
    }

    [Fact]
    public void EveryBlockedDay_IsInALiveEventOfItsKind()
    {
        Plans.Generated.Sample(plan =>
        {
            var live = Live(plan);
            foreach (var day in plan.Days)
            {
                foreach (var kind in day.Blocked.Select(b => b.Kind.ToString()).Distinct())
                {
                    live.Should().Contain(e => e.Categories[0] == kind && e.DtStart!.Date <= day.Date && day.Date < e.DtEnd!.Date, $"{kind} is blocked on {day.Date}");
                }
            }
        }, iter: 300);
    }

    private static Ical.Net.CalendarComponents.CalendarEvent[] Live(RecoveryPlan plan)
        => [.. IcalCalendar.Load(PlanCalendar.ToICalendar(plan))!.Events.Where(e => e.Status != "CANCELLED")];
}
