using BackPain.Core.Rules;
using BackPain.Core.Internal;
using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Rules;

/// <summary>The triage rules against domain.md §4: every red flag at its level, the cause rules, the fallback.</summary>
public sealed class TriageRulesTests
{
    /// <summary>
    /// §4, written out: each red flag, its level, and its source. The see-a-doctor group cites "(Article; NiceCksRedFlags)"
    /// as a whole, so either is right for its members.
    /// </summary>
    public static TheoryData<string, string, string> RedFlagsOfTheSpec { get; } = new()
    {
        { "saddleNumbness", "emergency", "niceCksRedFlags" },
        { "bladderProblems", "emergency", "niceCksRedFlags" },
        { "bowelIncontinence", "emergency", "niceCksRedFlags" },
        { "legWeakness", "emergency", "niceCksRedFlags" },
        { "numbnessBothLegs", "emergency", "niceCksRedFlags" },
        { "darkUrine", "emergency", "consensus" },
        { "extremeMusclePainAndSwelling", "emergency", "consensus" },
        { "fever", "seeDoctorUrgently", "niceCksRedFlags" },
        { "significantTrauma", "seeDoctorUrgently", "niceCksRedFlags" },
        { "cancerHistory", "seeDoctorUrgently", "niceCksRedFlags" },
        { "unexplainedWeightLoss", "seeDoctorUrgently", "niceCksRedFlags" },
        { "constantNightPain", "seeDoctorUrgently", "niceCksRedFlags" },
        { "popWithSeverePain", "seeDoctorUrgently", "article" },
        { "unableToStandOrWalk", "seeDoctorUrgently", "niceCksRedFlags" },
        { "painDownOneLeg", "seeDoctor", "article|niceCksRedFlags" },
        { "severePain", "seeDoctor", "article|niceCksRedFlags" },
        { "notBetterAfterAWeek", "seeDoctor", "article|niceCksRedFlags" },
        { "gettingWorse", "seeDoctor", "article|niceCksRedFlags" },
        { "ageUnder20OrOver50", "seeDoctor", "article|niceCksRedFlags" },
    };

    [Theory]
    [MemberData(nameof(RedFlagsOfTheSpec))]
    public void RedFlags_EachRedFlagOfTheSpec_HasItsLevelAndSource(string symptom, string level, string source)
    {
        var rule = TriageRules.RedFlags.Should().ContainSingle(r => r.RedFlag != null && r.RedFlag.Id == symptom).Subject;

        rule.Id.Should().Be("redFlag." + symptom);
        rule.Level.Should().Be(TriageLevel.FromId(level));
        rule.Source.Id.Should().BeOneOf(source.Split('|'));
        rule.SuspectedCause.Should().BeNull();
        rule.WhenUnclear.Should().BeFalse();
        rule.AnyOf.Should().Equal([rule.RedFlag!], "a red-flag rule holds exactly when its finding is present");
    }

    [Fact]
    public void RedFlags_AreExactlyTheRedFlagsOfTheSpec()
        => TriageRules.RedFlags.Select(r => r.RedFlag!.Id).Should().BeEquivalentTo(RedFlagsOfTheSpec.Select(row => (string)row[0]));

    [Fact]
    public void RedFlags_AreListedMostUrgentFirst()
        => TriageRules.RedFlags.Select(r => r.Level.Rank).Should().BeInDescendingOrder();

    [Fact]
    public void RedFlags_EveryQuestionOfAReport_HasARule()
        => Symptom.RedFlagQuestions.Where(q => !(TriageRules.RedFlags.Any(r => r.RedFlag == q))).Should().BeEmpty();

    [Fact]
    public void RedFlags_NoneIsBelowSeeDoctor() => TriageRules.RedFlags.Where(r => !(r.Level >= TriageLevel.SeeDoctor)).Should().BeEmpty();

    [Fact]
    public void SuspectedCauses_ASlippedDiscOrLigamentTearThatIsPossible_IsSeeDoctor()
    {
        // §4.2: a suspected slipped disc, then a suspected ligament tear, each see-a-doctor when at least possible.
        TriageRules.SuspectedCauses.Select(r => (r.Id, r.SuspectedCause!.Id, r.Level.Id)).Should().Equal(
            ("triage.suspectedSlippedDisc", "slippedDisc", "seeDoctor"),
            ("triage.suspectedLigamentTear", "ligamentTear", "seeDoctor"));
        TriageRules.SuspectedCauses.Should().OnlyContain(r => r.AnyOf.Count == 0 && !r.WhenUnclear);
    }

    [Fact]
    public void SuspectedCauses_AreExactlyTheCausesThatNeedAClinician()
        => TriageRules.SuspectedCauses.Select(r => r.SuspectedCause).Should().Equal(Cause.All.Where(c => c.NeedsClinician));

    [Fact]
    public void UnclearAndLasting_HoldsWhenNoCauseIsLikelyAndThePainHasLastedAWeek()
    {
        TriageRules.UnclearAndLasting.Level.Should().Be(TriageLevel.SeeDoctor);
        TriageRules.UnclearAndLasting.WhenUnclear.Should().BeTrue();
        TriageRules.UnclearAndLasting.AnyOf.Should().Equal(Symptom.LastedOverAWeek);
        TriageRules.UnclearAndLasting.SuspectedCause.Should().BeNull();
    }

    [Fact]
    public void NothingFits_HoldsWhenNoCauseIsLikelyAndThePainIsModerateOrWorse()
    {
        TriageRules.NothingFits.Level.Should().Be(TriageLevel.SeeDoctor);
        TriageRules.NothingFits.WhenUnclear.Should().BeTrue();
        TriageRules.NothingFits.AnyOf.Should().BeEquivalentTo([Symptom.ModeratePain, Symptom.SeverePain], "§1.5: pain of 4 or more of 10");
        TriageRules.NothingFits.SuspectedCause.Should().BeNull();
    }

    [Fact]
    public void SelfCare_HasNoConditionAndIsWalkedLast()
    {
        TriageRules.SelfCare.Level.Should().Be(TriageLevel.SelfCare);
        TriageRules.SelfCare.AnyOf.Should().BeEmpty();
        TriageRules.SelfCare.SuspectedCause.Should().BeNull();
        TriageRules.SelfCare.WhenUnclear.Should().BeFalse();
        TriageRules.All[^1].Should().Be(TriageRules.SelfCare, "the first rule with the highest level wins, so the floor comes last");
    }

    [Fact]
    public void All_IsTheRedFlagsThenTheCauseAndFallbackRules()
        => TriageRules.All.Should().Equal(
            TriageRules.RedFlags.Concat(TriageRules.SuspectedCauses).Concat([TriageRules.UnclearAndLasting, TriageRules.NothingFits, TriageRules.SelfCare]));

    [Fact]
    public void All_IdsAreUnique() => TriageRules.All.Select(r => r.Id).Should().OnlyHaveUniqueItems();

    [Fact]
    public void All_EveryRuleNamesASource() => TriageRules.All.Where(r => !(r.Source != null && Source.All.Contains(r.Source))).Should().BeEmpty();

    [Fact]
    public void All_EveryRuleIsDocumented()
    {
        // A red-flag rule reads its reason from its finding's text; every other rule has a text under its own id.
        TriageRules.RedFlags.Where(r => !(Texts.Has("symptom." + r.RedFlag!.Id))).Should().BeEmpty();
        TriageRules.All.Where(r => r.RedFlag is null).Where(r => !(Texts.Has(r.Id))).Should().BeEmpty();
    }

    [Fact]
    public void All_EveryRuleIsUsedByAnExampleAssessment()
    {
        var assessments = Reports.All.Select(e => Reports.Assess(e.Report)).ToList();
        var fired = assessments.Select(a => a.Triage.RuleId)
            .Concat(assessments.SelectMany(a => a.RedFlags.Select(f => f.RuleId)))
            .ToHashSet();

        TriageRules.All.Select(r => r.Id).Should().BeSubsetOf(fired);
    }

    [Fact]
    public void SuspectedSlippedDisc_FiresWhenNoRedFlagIsPresent()
    {
        // Hard to stand up after a deadlift pulled in a sudden jerk, moderate pain: a defining sign of a slipped disc
        // (domain.md §1), so it is possible; nothing else is a red flag.
        var assessment = Reports.Assess(Reports.Build(new() { Severity = 5, HardToStandUp = true, SuddenJerk = true, Exercises = [Exercise.Deadlift], Age = 30 }));

        assessment.RedFlags.Should().BeEmpty();
        assessment.LikelihoodOf(Cause.SlippedDisc).IsAtLeastPossible.Should().BeTrue();
        assessment.Triage.RuleId.Should().Be(TriageRules.Suspected(Cause.SlippedDisc).Id);
        assessment.Triage.Level.Should().Be(TriageLevel.SeeDoctor);
        assessment.Triage.Source.Should().Be(TriageRules.Suspected(Cause.SlippedDisc).Source);
        assessment.Triage.Reason.Should().Be(Texts.Get(TriageRules.Suspected(Cause.SlippedDisc).Id));
    }

    [Fact]
    public void RedFlagAndCauseRuleAtTheSameLevel_TheRedFlagSetsTriage()
    {
        var assessment = Reports.Assess(Reports.LigamentTear(a => a.Age = 60));

        assessment.Triage.Level.Should().Be(TriageLevel.SeeDoctor);
        assessment.Triage.RuleId.Should().Be("redFlag.ageUnder20OrOver50", "on a tie the red flag wins");
    }

    [Fact]
    public void SelfCare_FiresWhenNoOtherRuleDoes()
    {
        var assessment = Reports.Assess(Reports.Doms());

        assessment.Triage.RuleId.Should().Be(TriageRules.SelfCare.Id);
        assessment.Triage.Source.Should().Be(TriageRules.SelfCare.Source);
    }
}
