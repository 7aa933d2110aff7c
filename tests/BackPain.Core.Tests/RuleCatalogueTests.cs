using BackPain.Core.Rules;
using BackPain.Core.Tests.Support;
using CsCheck;
using static BackPain.Core.Tests.Support.Generators;

namespace BackPain.Core.Tests;

/// <summary>The public description of the library's rules: complete, one entry per id, each readable on its own.</summary>
public sealed class RuleCatalogueTests
{
    private static readonly HashSet<string> Ids = [.. RuleCatalogue.All.Select(r => r.Id)];

    [Fact]
    public void All_AnyReport_EveryRuleIdTheAssessmentCarriesIsDescribed()
        => TunedAssessor.Select(ValidReports).Sample(
            (assessor, report) =>
            {
                var assessment = assessor.Assess(report);
                var carried = assessment.Causes.SelectMany(c => c.Supporting.Concat(c.Against)).Select(e => e.RuleId)
                    .Concat(assessment.RedFlags.Select(f => f.RuleId))
                    .Append(assessment.Triage.RuleId)
                    .Concat(assessment.Remedies.Select(r => r.RuleId))
                    .Concat(assessment.Restrictions.Select(r => r.RuleId));
                carried.Where(id => !Ids.Contains(id)).Should().BeEmpty();
            },
            iter: Iterations,
            print: x => string.Join(", ", x.Item2.Symptoms));

    [Fact]
    public void ARule_ReadsAsItsIdThenWhatItSays()
    {
        var rule = RuleCatalogue.All.Single(r => r.Id == "plan.checkIn");

        rule.ToString().Should().Be("plan.checkIn: " + rule.Text);
    }

    [Fact]
    public void All_IsEveryRuleOfTheAssessorsAndThePlannersTablesOnce()
        => RuleCatalogue.All.Select(r => r.Id).Should().Equal(
            EvidenceRules.All.Select(r => r.RuleId)
                .Concat(TriageRules.All.Select(r => r.Id))
                .Concat(RemedyRules.All.Select(r => r.Id))
                .Concat(RestrictionRules.All.Select(r => r.Id))
                .Concat(RecoveryRules.All.Select(r => r.Id)));

    [Fact]
    public void All_AnyExampleStoryPlannedAndCheckedIn_EveryRuleIdThePlanCarriesIsDescribed()
    {
        // Each story planned for five weeks, then a worse check-in with a new warning sign, a light clearance and a
        // pain-free full clearance, so the check-in rules, the suspension and the light-activity hold fire too.
        foreach (var (name, report) in Reports.All)
        {
            var plan = PlanExamples.Plan(report, length: 35)
                .CheckIn(new CheckInReport(PlanExamples.Day(3), 8, Trend.Worse, newSymptoms: [Symptom.Fever]))
                .CheckIn(new CheckInReport(PlanExamples.Day(5), 3, Trend.Better, Clearance.LightActivity))
                .CheckIn(new CheckInReport(PlanExamples.Day(14), 0, Trend.Better, Clearance.FullTraining));
            var carried = plan.Days.SelectMany(d => d.Planned.Concat(d.Blocked)).Select(e => e.RuleId).Distinct();

            carried.Where(id => !Ids.Contains(id)).Should().BeEmpty("every rule id of the {0} plan is in the catalogue", name);
        }
    }

    [Fact]
    public void All_IdsAreUnique() => RuleCatalogue.All.Select(r => r.Id).Should().OnlyHaveUniqueItems();

    [Fact]
    public void All_EveryRuleHasAOneLineTextWithNothingLeftToFillIn()
        => RuleCatalogue.All.Where(r => string.IsNullOrWhiteSpace(r.Text) || r.Text.Contains('{') || r.Text.Contains('\n'))
            .Should().BeEmpty();

    [Fact]
    public void All_EveryRuleNamesASource() => RuleCatalogue.All.Where(r => !Source.All.Contains(r.Source)).Should().BeEmpty();

    [Theory]
    [InlineData("evidence.pulledMuscle.sharpPain", RuleKind.Evidence)]
    [InlineData("redFlag.fever", RuleKind.Triage)]
    [InlineData("triage.suspectedSlippedDisc", RuleKind.Triage)]
    [InlineData("triage.selfCare", RuleKind.Triage)]
    [InlineData("remedy.ice.inflammation", RuleKind.Remedy)]
    [InlineData("restriction.noCoreWorkUntilHealed", RuleKind.Restriction)]
    [InlineData("plan.restLarge", RuleKind.Plan)]
    [InlineData("plan.worseAtCheckIn", RuleKind.Plan)]
    public void All_EachRuleOfTheSpec_HasItsKind(string id, RuleKind kind)
        => RuleCatalogue.All.Should().ContainSingle(r => r.Id == id).Which.Kind.Should().Be(kind);

    [Fact]
    public void All_AnEvidenceRow_SaysTheCauseTheFindingAndTheWeight()
    {
        // domain.md §1.1: a sharp pain speaks for a pulled muscle with weight +0.5.
        var row = RuleCatalogue.All.Single(r => r.Id == "evidence.pulledMuscle.sharpPain");

        row.Text.Should().Contain(Cause.PulledMuscle.Name).And.Contain(Symptom.SharpPain.Text).And.Contain("+0.5");
        row.Source.Should().Be(Source.Article);
    }

    [Fact]
    public void All_ARedFlagRule_ReadsAsItsFinding()
        => RuleCatalogue.All.Single(r => r.Id == "redFlag.fever").Text.Should().Be(Symptom.Fever.Text);
}
