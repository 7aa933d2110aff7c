using BackPain.Core.Rules;
using CsCheck;
using static BackPain.Core.Tests.Support.ReportGenerators;

namespace BackPain.Core.Tests.Assessing;

/// <summary>The public description of the assessment's rules: complete, one entry per id, each readable on its own.</summary>
public sealed class AssessmentRulesTests
{
    private static readonly HashSet<string> Ids = [.. AssessmentRules.All.Select(r => r.Id)];

    [Fact]
    public void All_AnyReport_EveryRuleIdTheAssessmentCarriesIsDescribed()
        => TunedAssessor.Select(Reports).Sample(
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
    public void All_IsEveryRuleOfTheAssessorsTablesOnce()
        => AssessmentRules.All.Select(r => r.Id).Should().Equal(
            EvidenceRules.All.Select(r => r.RuleId)
                .Concat(TriageRules.All.Select(r => r.Id))
                .Concat(RemedyRules.All.Select(r => r.Id))
                .Concat(RestrictionRules.All.Select(r => r.Id)));

    [Fact]
    public void All_IdsAreUnique() => AssessmentRules.All.Select(r => r.Id).Should().OnlyHaveUniqueItems();

    [Fact]
    public void All_EveryRuleHasAOneLineTextWithNothingLeftToFillIn()
        => AssessmentRules.All.Where(r => string.IsNullOrWhiteSpace(r.Text) || r.Text.Contains('{') || r.Text.Contains('\n'))
            .Should().BeEmpty();

    [Fact]
    public void All_EveryRuleNamesASource() => AssessmentRules.All.Where(r => !Source.All.Contains(r.Source)).Should().BeEmpty();

    [Theory]
    [InlineData("evidence.pulledMuscle.sharpPain", RuleKind.Evidence)]
    [InlineData("redFlag.fever", RuleKind.Triage)]
    [InlineData("triage.suspectedSlippedDisc", RuleKind.Triage)]
    [InlineData("triage.selfCare", RuleKind.Triage)]
    [InlineData("remedy.ice.inflammation", RuleKind.Remedy)]
    [InlineData("restriction.noCoreWorkUntilHealed", RuleKind.Restriction)]
    public void All_EachRuleOfTheSpec_HasItsKind(string id, RuleKind kind)
        => AssessmentRules.All.Should().ContainSingle(r => r.Id == id).Which.Kind.Should().Be(kind);

    [Fact]
    public void All_AnEvidenceRow_SaysTheCauseTheFindingAndTheWeight()
    {
        // domain.md §1.1: a sharp pain speaks for a pulled muscle with weight +0.5.
        var row = AssessmentRules.All.Single(r => r.Id == "evidence.pulledMuscle.sharpPain");

        row.Text.Should().Contain(Cause.PulledMuscle.Name).And.Contain(Symptom.SharpPain.Text).And.Contain("+0.5");
        row.Source.Should().Be(Source.Article);
    }

    [Fact]
    public void All_ARedFlagRule_ReadsAsItsFinding()
        => AssessmentRules.All.Single(r => r.Id == "redFlag.fever").Text.Should().Be(Symptom.Fever.Text);
}
