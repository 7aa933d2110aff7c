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
}
