using BackPain.Core.Rules;
using BackPain.Core.Internal;
using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Rules;

/// <summary>The evidence table against domain.md §1: what points to each cause and what argues against it.</summary>
public sealed class EvidenceRulesTests
{
    /// <summary>§1 "What points to it", one row per cause and finding.</summary>
    public static TheoryData<string, string> PointsTo { get; } = new()
    {
        { "doms", "dullAche" },
        { "doms", "onsetHoursAfter" },
        { "doms", "onsetNextDayOrLater" },
        { "doms", "hardOrUnaccustomedWorkout" },
        { "doms", "painOnBothSides" },
        { "doms", "mildPain" },
        { "doms", "moderatePain" },
        { "poorCoreStrength", "postureBrokeDown" },
        { "poorCoreStrength", "recursAfterSessions" },
        { "poorCoreStrength", "liftingOrRunning" },
        { "pulledMuscle", "sharpPain" },
        { "pulledMuscle", "onsetDuringWorkout" },
        { "pulledMuscle", "postureBrokeDown" },
        { "pulledMuscle", "squatOrDeadlift" },
        { "slippedDisc", "severePain" },
        { "slippedDisc", "hardToStandUp" },
        { "slippedDisc", "squatOrDeadlift" },
        { "slippedDisc", "suddenJerk" },
        { "slippedDisc", "painDownOneLeg" },
        { "ligamentTear", "popHeard" },
        { "ligamentTear", "shootingPain" },
        { "ligamentTear", "severePain" },
    };

    /// <summary>§1 "What argues against it", one row per cause and finding.</summary>
    public static TheoryData<string, string> ArguesAgainst { get; } = new()
    {
        { "doms", "onsetDuringWorkout" }, // "sharp pain during the workout": DOMS only starts hours later
        { "doms", "sharpPain" },
        { "doms", "popHeard" },
        { "doms", "shootingPain" },
        { "doms", "painDownOneLeg" },
        { "doms", "severePain" },
        { "doms", "lastedOverAWeek" },
        { "poorCoreStrength", "sharpPain" },
        { "poorCoreStrength", "popHeard" },
        { "poorCoreStrength", "suddenJerk" },
        { "pulledMuscle", "onsetHoursAfter" },
        { "pulledMuscle", "onsetNextDayOrLater" }, // "onset only hours later": the next day is later still
        { "pulledMuscle", "dullAche" },
        { "pulledMuscle", "painDownOneLeg" },
        { "slippedDisc", "onsetHoursAfter" },
        { "slippedDisc", "onsetNextDayOrLater" }, // "pain only hours later": the next day is later still
        { "slippedDisc", "dullAche" },
        { "ligamentTear", "mildPain" },
        { "ligamentTear", "dullAche" }, // "mild ache only": the ache as well as the mildness
    };

    [Theory]
    [MemberData(nameof(PointsTo))]
    public void Table_WhatPointsToACauseInTheSpec_HasAPositiveWeight(string cause, string symptom)
        => Row(cause, symptom).Weight.Should().BePositive();

    [Theory]
    [MemberData(nameof(ArguesAgainst))]
    public void Table_WhatArguesAgainstACauseInTheSpec_HasANegativeWeight(string cause, string symptom)
        => Row(cause, symptom).Weight.Should().BeNegative();

    [Fact]
    public void Table_EveryCause_HasEvidenceForAndAgainst()
    {
        foreach (var cause in Cause.All)
        {
            EvidenceRules.For(cause).Should().Contain(f => f.Supports, cause.Id);
            EvidenceRules.For(cause).Should().Contain(f => !f.Supports, cause.Id);
        }
    }

    [Fact]
    public void Table_EveryRow_HasANonZeroWeightBetweenMinusOneAndOneExceptTheSignsThatKeepAnInjuryPossible()
    {
        // Two kinds of row go beyond ±1: a leg sign must outweigh everything against a slipped disc (at most -0.7) to keep
        // it possible (1.1), and a week of pain must keep DOMS below likely whatever else supports it (-1.1).
        EvidenceRules.All.Where(f => !(f.Weight != 0 && f.Weight >= -1 && f.Weight <= 1)).Should().OnlyContain(
            f => (f.Cause == Cause.SlippedDisc && (f.Symptom == Symptom.PainDownOneLeg || f.Symptom == Symptom.NumbnessBothLegs) && f.Weight <= 1.5)
                || (f.Cause == Cause.Doms && f.Symptom == Symptom.LastedOverAWeek && f.Weight >= -1.5));
        var domsAtBest = EvidenceRules.For(Cause.Doms).Where(f => f.Supports && f.Symptom != Symptom.OnsetNextDayOrLater && f.Symptom != Symptom.ModeratePain).Sum(f => f.Weight);
        EvidenceRules.Score(domsAtBest + EvidenceRules.All.Single(f => f.Cause == Cause.Doms && f.Symptom == Symptom.LastedOverAWeek).Weight).Should().BeLessThan(AssessorOptions.Default.LikelyThreshold);
        var against = EvidenceRules.For(Cause.SlippedDisc).Where(f => !f.Supports).ToList();
        var worst = against.Where(f => f.Symptom != Symptom.OnsetNextDayOrLater).Sum(f => f.Weight);
        EvidenceRules.Score(EvidenceRules.All.Single(f => f.Cause == Cause.SlippedDisc && f.Symptom == Symptom.PainDownOneLeg).Weight + worst).Should().BeGreaterThanOrEqualTo(BackPainAssessor.PossibleThreshold);
    }

    [Fact]
    public void Table_EveryRow_NamesASourceFromTheCatalogue()
        => EvidenceRules.All.Where(f => !(f.Source != null && Source.All.Contains(f.Source))).Should().BeEmpty();

    [Fact]
    public void Table_EachCauseAndFinding_AppearsOnce()
        => EvidenceRules.All.Select(f => (f.Cause, f.Symptom)).Should().OnlyHaveUniqueItems();

    [Fact]
    public void RuleIds_AreUniqueAndNameCauseAndFinding()
    {
        EvidenceRules.All.Select(f => f.RuleId).Should().OnlyHaveUniqueItems();
        EvidenceRules.All.Where(f => !(f.RuleId == $"evidence.{f.Cause.Id}.{f.Symptom.Id}")).Should().BeEmpty();
    }

    [Fact]
    public void RuleIds_AreDocumentedByTheirCauseAndFindingTexts()
        => EvidenceRules.All.Where(f => !(Texts.Has("cause." + f.Cause.Id) && Texts.Has("symptom." + f.Symptom.Id))).Should().BeEmpty();

    [Fact]
    public void RuleIds_EachIsUsedByAnExampleAssessment()
    {
        var fired = Reports.All
            .Select(e => Reports.Assess(e.Report))
            .SelectMany(a => a.Causes.SelectMany(c => c.Supporting.Concat(c.Against)))
            .Select(f => f.RuleId)
            .ToHashSet();

        EvidenceRules.All.Select(f => f.RuleId).Should().BeSubsetOf(fired);
    }

    [Fact]
    public void Table_NoRowIsARedFlagQuestion()
        => EvidenceRules.All.Where(f => f.Symptom.IsRedFlagQuestion).Should().BeEmpty("red-flag questions decide triage, not which cause fits");

    [Fact]
    public void For_EachCause_ReturnsExactlyItsRowsInTableOrder()
    {
        foreach (var cause in Cause.All)
        {
            EvidenceRules.For(cause).Should().Equal(EvidenceRules.All.Where(f => f.Cause == cause));
        }
    }

    [Fact]
    public void For_Null_Throws() => FluentActions.Invoking(() => EvidenceRules.For(null!).ToList()).Should().Throw<ArgumentNullException>();

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.5)]
    [InlineData(-10.0)]
    public void Score_RawAtMostZero_IsZero(double raw) => EvidenceRules.Score(raw).Should().Be(0);

    [Fact]
    public void Score_RawOne_IsOneMinusOneOverE() => EvidenceRules.Score(1).Should().BeApproximately(1 - (1 / Math.E), 1e-12);

    [Fact]
    public void Score_EveryFindingOfACauseTogether_StaysBelowOne()
    {
        foreach (var cause in Cause.All)
        {
            EvidenceRules.Score(EvidenceRules.For(cause).Where(f => f.Supports).Sum(f => f.Weight)).Should().BeLessThan(1, cause.Id);
        }
    }

    [Fact]
    public void Score_IsStrictlyIncreasingForPositiveRaw()
    {
        var raws = Enumerable.Range(1, 40).Select(i => i * 0.1).ToArray();

        raws.Select(EvidenceRules.Score).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
    }

    [Fact]
    public void Finding_ToString_ShowsRuleIdAndSignedWeight()
    {
        var row = Row("ligamentTear", "popHeard");

        row.ToString().Should().StartWith("evidence.ligamentTear.popHeard (+");
    }

    private static Evidence Row(string cause, string symptom)
        => EvidenceRules.All.Should().ContainSingle(f => f.Cause.Id == cause && f.Symptom.Id == symptom, $"§1 names {symptom} for {cause}").Subject;
}
