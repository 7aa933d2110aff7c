
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
}
