
namespace BackPain.Core.Benchmarks.Tests;

/// <summary>
/// The check-ins the issue-12 benchmarks time are what the benchmarks say they are: valid for the plan, in date order,
/// and realistic (pain going down with worse days, clearances, new findings, now and then several on one date).
/// </summary>
public sealed class CheckInExamplesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(51)]
    [InlineData(101)]
    [InlineData(364)]
    [InlineData(801)]
    public void Spread_check_ins_lie_inside_the_plan_in_date_order_before_its_last_day(int count)
    {
        var checkIns = Examples.CheckIns(count, planDays: 365);

        checkIns.Should().HaveCount(count);
        checkIns.Select(c => c.Date).Should().BeInAscendingOrder()
            .And.OnlyContain(d => d > Examples.Start && d < Examples.Start.AddDays(364));
        Examples.CheckIns(0, planDays: 365).Should().BeEmpty();
    }

    [Fact]
    public void A_hundred_spread_check_ins_look_like_a_recovery()
    {
        var checkIns = Examples.CheckIns(100, planDays: 365);

        checkIns[0].Pain.Should().Be(5);
        checkIns.Skip(20).Count(c => c.Pain == 0).Should().BeGreaterThan(60, "the pain has gone after the first fifth");
        checkIns.Count(c => c.Trend == Trend.Worse).Should().BeInRange(3, 20, "now and then a worse day");
        checkIns.Count(c => c.Clearance == Clearance.LightActivity).Should().Be(1);
        checkIns.Count(c => c.Clearance == Clearance.FullTraining).Should().Be(1);
        checkIns.Count(c => c.NewSymptoms.Contains(Symptom.PainDownOneLeg)).Should().Be(1);
        checkIns.Count(c => c.NewSymptoms.Count > 0).Should().BeGreaterThan(1, "other new findings now and then");
        checkIns.GroupBy(c => c.Date).Should().Contain(g => g.Count() > 1, "sometimes several on one date");
    }

    [Fact]
    public void The_plan_with_them_holds_every_one_and_shows_their_effects()
    {
        var (plan, next) = Examples.PlanWithCheckIns(planDays: 365, checkIns: 100);

        plan.CheckInReports.Should().HaveCount(100);
        next.Date.Should().BeOnOrAfter(plan.AsOf);
        plan.HighestTriage.Should().BeOneOf([TriageLevel.SeeDoctor, TriageLevel.SeeDoctorUrgently, TriageLevel.Emergency], "pain down a leg and worse days raise triage");
        plan.CheckIn(next).CheckInReports.Should().HaveCount(101);
    }

    [Fact]
    public void One_date_check_ins_all_fall_on_day_30()
    {
        var checkIns = Examples.CheckIns(800, planDays: 365, CheckInLayout.OneDate);

        checkIns.Select(c => c.Date).Distinct().Should().Equal(Examples.Start.AddDays(29));
        Examples.PlanWithCheckIns(planDays: 365, checkIns: 800, CheckInLayout.OneDate).Plan.CheckInReports.Should().HaveCount(800);
    }
}
