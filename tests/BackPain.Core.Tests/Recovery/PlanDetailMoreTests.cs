using static BackPain.Core.Tests.Support.PlanExamples;
using static BackPain.Core.Tests.Support.Reports;

namespace BackPain.Core.Tests.Recovery;

/// <summary>
/// Plans where two rules with open conditions hold the same thing at once: each must still hold on its own, so that one
/// lifting cannot hide the other (domain.md §6, §7: nothing may schedule core work or strenuous training early).
/// </summary>
public class PlanDetailMoreTests
{
    [Fact]
    public void CoreWorkAllowedFrom_SlippedDiscThenPulledMuscleConfirmed_StillNeedsTheDiscsClearance()
    {
        // A slipped disc blocks the core until a clinician's clearance; a pulled muscle confirmed at the check-in on day 3
        // blocks it too, until a pain-free check-in on or after its minimum healing time (7 days from day 3). Core work
        // waits for both: the answer names both conditions, not before the pulled muscle's date.
        var plan = Plan(SlippedDiscOnly(), length: 60)
            .CheckIn(new CheckInReport(Day(3), pain: 5, Trend.Same, causesConfirmed: [Cause.PulledMuscle]));

        var allowed = plan.CoreWorkAllowedFrom;

        allowed.IsKnown.Should().BeFalse();
        allowed.Condition.Should().Be(OpenCondition.PainFreeCheckInAndClearance);
        allowed.NotBefore.Should().Be(Day(3).AddDays(SpecMinimumHealingDays(Cause.PulledMuscle)));
    }

    [Fact]
    public void Plan_HeldStrenuousExerciseAndASlippedDiscConfirmedLater_PlansNoStretchingWhileBothHold()
    {
        // Nothing fits at pain 5, so strenuous exercise is held until a pain-free check-in (§1); a slipped disc confirmed
        // on day 3 holds it too, until a clearance. With two holds at once there is still no stretching on the plan.
        var plan = Plan(NothingFits(a => a.Severity = 5))
            .CheckIn(new CheckInReport(Day(3), pain: 5, Trend.Same, causesConfirmed: [Cause.SlippedDisc]));

        var day = plan.DayPlan(4);

        day.Blocked.Count(e => e.Kind == PlanEntryKind.NoStrenuousExercise).Should().Be(2, "both holds are in force on day 4");
        day.Blocked.Should().NotContain(e => e.Kind == PlanEntryKind.NoExercise || e.Kind == PlanEntryKind.SuspendAllTraining);
        day.Planned.Should().NotContain(e => e.Kind == PlanEntryKind.Stretching);
    }
}
