using static BackPain.Core.Tests.Support.PlanExamples;
using static BackPain.Core.Tests.Support.Reports;

namespace BackPain.Core.Tests.Recovery;

/// <summary>What a day plan shows in a log or a debugger.</summary>
public class DayPlanTests
{
    [Fact]
    public void ToString_NamesTheDayItsDateAndWhatIsPlannedAndBlocked()
    {
        var day = Plan(PulledMuscle()).Day(Day(1));

        var text = day.ToString();

        text.Should().StartWith("Day 1 (2026-03-02").And.NotContain("\n");
        text.Should().Contain("StayActive", "§3.1: stay active every day unless training is suspended");
        text.Should().Contain("NoCoreWork", "§6.1: no core work while a pulled muscle heals");
        text.Should().Contain($"RestMuscles ×{day.Blocked.Count(e => e.Kind == PlanEntryKind.RestMuscles)}", "each muscle group's rest is counted, not repeated");
        text.Length.Should().BeLessThan(200);
    }

    [Fact]
    public void ToString_OnDay2_SaysItIsACheckInDay()
    {
        Plan(PulledMuscle()).Day(Day(2)).ToString().Should().StartWith("Day 2 (2026-03-03, check-in,");
    }

    [Fact]
    public void ToString_OfADayWithNothingBlocked_ListsEachKindOnceAndSaysBlockedNothing()
    {
        // No pain and no history: day 1 is no check-in day, self-care, nothing is blocked, and each kind appears once.
        var text = Plan(NoPain()).Day(Day(1)).ToString();

        text.Should().StartWith("Day 1 (2026-03-02, triage selfCare): planned StayActive, ");
        text.Should().EndWith("; blocked nothing");
        text.Should().NotContain("×", "a kind planned once has no count");
    }
}
