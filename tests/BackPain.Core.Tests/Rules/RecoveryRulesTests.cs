
using BackPain.Core.Rules;
namespace BackPain.Core.Tests.Rules;

/// <summary>Pins the planner's rule catalogue: every rule with its stable id and the source domain.md gives for it.</summary>
public class RecoveryRulesTests
{
    public static TheoryData<string, string> RulesAndSources => new()
    {
        { "plan.restSmall", "article" }, // §5, from the article
        { "plan.restLarge", "article" },
        { "plan.restLargeAfterHard", "article" },
        { "plan.ice", "article" }, // §3
        { "plan.heat", "article" },
        { "plan.iceThenHeat", "consensus" },
        { "plan.stretching", "article" },
        { "plan.stayActive", "niceNg59" }, // §3 rest: stay gently active
        { "plan.coreWork", "article" },
        { "plan.training", "article" },
        { "plan.checkIn", "libraryDefault" }, // day 2, day 7, then weekly is the library's choice
        { "plan.seeClinician", "niceCksRedFlags" },
        { "plan.worseAtCheckIn", "niceCksRedFlags" }, // §4: worse at any check-in
        { "plan.notBetterAfterAWeek", "niceCksRedFlags" }, // §4: not better after 1 week of self-care
        { "plan.redFlagAtCheckIn", "niceCksRedFlags" },
        { "plan.lightActivityOnly", "libraryDefault" },
    };

    [Theory]
    [MemberData(nameof(RulesAndSources))]
    public void All_HoldsTheRuleWithItsSource(string id, string source)
    {
        RecoveryRules.All.Should().ContainSingle(r => r.Id == id).Which.Source.Id.Should().Be(source);
    }

    [Fact]
    public void All_HoldsExactlyThePinnedRules()
    {
        RecoveryRules.All.Select(r => r.Id).Should().BeEquivalentTo(RulesAndSources.Select(row => (string)row[0]));
        RecoveryRules.All.Select(r => r.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void RestRules_AreTheOnesThePlanCitesForRestBySize()
    {
        var plan = Support.PlanExamples.Plan(
            Support.Reports.NoPain(),
            TrainingHistory.Of(Support.PlanExamples.Session(0, 6, Exercise.BenchPress), Support.PlanExamples.Session(0, 9, Exercise.LegCurl)));

        var blocked = plan.Days[0].Blocked;

        blocked.Should().Contain(e => e.RuleId == RecoveryRules.RestSmall.Id && e.Muscles.Contains(MuscleGroup.Triceps));
        blocked.Should().Contain(e => e.RuleId == RecoveryRules.RestLarge.Id && e.Muscles.Contains(MuscleGroup.Chest));
        blocked.Should().Contain(e => e.RuleId == RecoveryRules.RestLargeAfterHard.Id && e.Muscles.Contains(MuscleGroup.Hamstrings));
        blocked.Should().OnlyContain(e => e.Source == Source.Article);
    }

    // The numbers the planner reads from its rules, each pinned to domain.md.

    [Fact]
    public void RestRules_PinTheRestDaysOfDomainSection5()
    {
        RecoveryRules.RestSmall.Rest.Should().Be(Days.Of(1), "§5: a small muscle rests 1 full day (trainable from D+2)");
        RecoveryRules.RestLarge.Rest.Should().Be(Days.Of(2), "§5: a large muscle rests 2 days (trainable from D+3)");
        RecoveryRules.RestLargeAfterHard.Rest.Should().Be(Days.Of(3), "§5: 3 days after a hard session (trainable from D+4)");
    }

    [Theory]
    [InlineData("biceps", false, "plan.restSmall")]
    [InlineData("core", true, "plan.restSmall")] // §5: a hard session changes only the large muscles' rest
    [InlineData("lowerBack", false, "plan.restLarge")]
    [InlineData("hamstrings", true, "plan.restLargeAfterHard")]
    public void RestFor_PicksTheRuleBySizeAndHardness(string muscle, bool hard, string rule)
    {
        RecoveryRules.RestFor(MuscleGroup.FromId(muscle), hard).Id.Should().Be(rule);
    }

    [Fact]
    public void CheckIn_PinsDay2AndDay7()
    {
        // §3.1 and "Numbers at a glance": day 2, day 7, then every PlannerOptions.CheckInInterval days (7 by default).
        RecoveryRules.CheckIn.FirstDay.Should().Be(2);
        RecoveryRules.CheckIn.SecondDay.Should().Be(7);
    }

    [Fact]
    public void IceThenHeat_PinsIceForTheFirst48Hours()
    {
        RecoveryRules.IceThenHeat.IceFor.Should().Be(Days.Of(2), "§3.1: ice on days 1–2 (the first 48 hours), heat from day 3");
    }

    [Fact]
    public void CoreWork_PinsAtMostThreeSessionsInAPlanWeekOfSevenDays()
    {
        RecoveryRules.CoreWork.SessionsPerWeek.Should().Be(3, "§6.6: up to 3 sessions in each plan week, the dose of strengthenCore");
        RecoveryRules.CoreWork.Dose.Should().Be(Remedy.StrengthenCore.Dose);
        RecoveryRules.CoreWork.Week.Should().Be(Days.Of(7), "§6.6: plan weeks are days 1–7, 8–14, …");
    }

    [Fact]
    public void SeeClinician_PinsSeeDoctorAsTheLowestLevel()
    {
        RecoveryRules.SeeClinician.From.Should().Be(TriageLevel.SeeDoctor, "§3.1: day 1, when the assessment's triage is SeeDoctor or higher");
    }

    [Fact]
    public void All_DescribesEveryRuleInOneLine()
    {
        RecoveryRules.All.Should().OnlyContain(r => r.Description.Length > 0 && !r.Description.Contains('\n'));
        RecoveryRules.All.Select(r => r.Description).Should().OnlyHaveUniqueItems();
    }
}
