using static BackPain.Core.Tests.Support.Reports;

namespace BackPain.Core.Tests.Assessing;

/// <summary>The shape of an <see cref="Assessment"/>: ranked causes with their evidence, queries, equality, disclaimer.</summary>
public sealed class AssessmentTests
{
    [Fact]
    public void Causes_AnyReport_AreAllFiveCausesOnce()
    {
        foreach (var (name, report) in All)
        {
            Assess(report).Causes.Select(c => c.Cause.Id).Should().BeEquivalentTo(["doms", "poorCoreStrength", "pulledMuscle", "slippedDisc", "ligamentTear"], name);
        }
    }

    [Fact]
    public void Causes_AnyReport_AreSortedByScoreDescending()
    {
        foreach (var (name, report) in All)
        {
            Assess(report).Causes.Select(c => c.Score).Should().BeInDescendingOrder(name);
        }
    }

    [Fact]
    public void Causes_TiedScores_PutTheMoreSeriousCauseFirst()
    {
        var assessment = Assess(Build(new() { Severity = 0 }));

        assessment.Causes.Where(c => c.Score != 0).Should().BeEmpty("nothing in the report points to any cause");
        assessment.Causes.Select(c => c.Cause).Should().Equal(Cause.LigamentTear, Cause.SlippedDisc, Cause.PulledMuscle, Cause.PoorCoreStrength, Cause.Doms);
    }

    [Fact]
    public void Causes_SupportingFindings_HavePositiveWeightForThatCauseAndAreInTheReport()
    {
        foreach (var (name, report) in All)
        {
            foreach (var likelihood in Assess(report).Causes)
            {
                likelihood.Supporting.Where(f => !(f.Weight > 0 && f.Supports && f.Cause == likelihood.Cause && report.Symptoms.Contains(f.Symptom))).Should().BeEmpty(name);
            }
        }
    }

    [Fact]
    public void Causes_AgainstFindings_HaveNegativeWeightForThatCauseAndAreInTheReport()
    {
        foreach (var (name, report) in All)
        {
            foreach (var likelihood in Assess(report).Causes)
            {
                likelihood.Against.Where(f => !(f.Weight < 0 && !f.Supports && f.Cause == likelihood.Cause && report.Symptoms.Contains(f.Symptom))).Should().BeEmpty(name);
            }
        }
    }

    [Fact]
    public void Causes_PulledMuscleExample_ExplainsItsRankWithTheSharpPainDuringTheSquat()
    {
        var likelihood = Assess(PulledMuscle()).LikelihoodOf(Cause.PulledMuscle);

        likelihood.Supporting.Select(f => f.Symptom.Id).Should().BeEquivalentTo(["onsetDuringWorkout", "sharpPain", "squatOrDeadlift"]);
        likelihood.Against.Should().BeEmpty();
    }

    [Fact]
    public void Causes_DomsExample_ArguesAgainstThePulledMuscleWithTheLateDullAche()
    {
        var likelihood = Assess(Doms()).LikelihoodOf(Cause.PulledMuscle);

        likelihood.Against.Select(f => f.Symptom).Should().Contain([Symptom.OnsetNextDayOrLater, Symptom.DullAche], "§1: onset only the next day with a dull ache argues against it");
        likelihood.Band.Should().Be(LikelihoodBand.Unlikely);
    }

    [Fact]
    public void Causes_Scores_AreBetweenZeroAndOne()
    {
        foreach (var (name, report) in All)
        {
            Assess(report).Causes.Where(c => !(c.Score >= 0 && c.Score < 1)).Should().BeEmpty(name);
        }
    }

    [Fact]
    public void IsAtLeastPossible_IsTrueExactlyForLikelyAndPossible()
    {
        foreach (var (name, report) in All)
        {
            Assess(report).Causes.Where(c => !(c.IsAtLeastPossible == (c.Band != LikelihoodBand.Unlikely))).Should().BeEmpty(name);
        }
    }

    [Fact]
    public void TopCause_IsTheFirstRankedCause()
    {
        var assessment = Assess(SlippedDisc());

        assessment.TopCause.Should().BeSameAs(assessment.Causes[0]);
    }

    [Fact]
    public void IsUnclear_IsTrueExactlyWhenTheTopCauseIsNotLikely()
    {
        foreach (var (name, report) in All)
        {
            var assessment = Assess(report);
            assessment.IsUnclear.Should().Be(!assessment.Causes.Any(c => c.Band == LikelihoodBand.Likely), name);
        }
    }

    [Fact]
    public void LikelihoodOf_EachCause_ReturnsItsRankedEntry()
    {
        var assessment = Assess(Doms());

        foreach (var cause in Cause.All)
        {
            assessment.LikelihoodOf(cause).Should().BeSameAs(assessment.Causes.Single(c => c.Cause == cause));
        }
    }

    [Fact]
    public void LikelihoodOf_Null_Throws()
        => FluentActions.Invoking(() => Assess(Doms()).LikelihoodOf(null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Restricts_IsTrueExactlyForTheKindsInRestrictions()
    {
        var assessment = Assess(SlippedDisc());

        foreach (var kind in Enum.GetValues<RestrictionKind>())
        {
            assessment.Restricts(kind).Should().Be(assessment.Restrictions.Any(r => r.Kind == kind), kind.ToString());
        }

        assessment.Restricts(RestrictionKind.NoStrenuousExercise).Should().BeTrue();
        assessment.Restricts(RestrictionKind.SuspendAllTraining).Should().BeFalse();
    }

    [Fact]
    public void Disclaimer_EveryExample_SaysItIsNotADiagnosis()
    {
        foreach (var (name, report) in All)
        {
            Assess(report).Disclaimer.Should().ContainEquivalentOf("not a diagnosis", name);
        }
    }

    [Fact]
    public void Summary_EveryExample_HasTheTopCauseSentenceAndTheTriageText()
    {
        foreach (var (name, report) in All)
        {
            var assessment = Assess(report);
            assessment.Summary.Should().Contain(assessment.Triage.Level.Text, name);
            assessment.Summary.Where(s => string.IsNullOrWhiteSpace(s) || s.Contains('{', StringComparison.Ordinal)).Should().BeEmpty(name);
        }
    }

    [Fact]
    public void Equals_SameReportAssessedTwice_IsEqualWithEqualHashCode()
    {
        var first = Assess(SlippedDisc());
        var second = Assess(SlippedDisc());

        first.Should().NotBeSameAs(second);
        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void Equals_DifferentReports_AreNotEqual() => Assess(Doms()).Should().NotBe(Assess(Doms(a => a.Severity = 6)));

    [Fact]
    public void Equals_SameReportWithDifferentOptions_AreNotEqual()
        => new BackPainAssessor(new AssessorOptions { LikelyThreshold = 0.7 }).Assess(Doms()).Should().NotBe(Assess(Doms()));

    [Fact]
    public void Equals_LikelihoodsOfDifferentCausesWithTheSameScoreAndNoEvidence_AreNotEqual()
    {
        var causes = Assess(Build(new() { Severity = 0 })).Causes;

        causes.Should().OnlyContain(c => c.Score == 0 && c.Supporting.Count == 0 && c.Against.Count == 0);
        foreach (var likelihood in causes)
        {
            causes.Where(other => other.Equals(likelihood)).Should().ContainSingle().Which.Cause.Should().Be(likelihood.Cause);
            likelihood.Equals(null).Should().BeFalse();
        }
    }

    [Fact]
    public void Equals_SameCauseAndScoreButDifferentEvidence_AreNotEqual()
    {
        // A mild pain argues against a ligament tear, whose score stays 0 either way; only the second report lists it.
        var withoutEvidence = Assess(Build(new() { Severity = 0 })).LikelihoodOf(Cause.LigamentTear);
        var withEvidenceAgainst = Assess(Build(new() { Severity = 2 })).LikelihoodOf(Cause.LigamentTear);

        withEvidenceAgainst.Score.Should().Be(withoutEvidence.Score);
        withEvidenceAgainst.Against.Should().NotBeEmpty();
        withEvidenceAgainst.Should().NotBe(withoutEvidence);
    }

    [Fact]
    public void Band_ScoreExactlyAtTheLikelyThreshold_IsLikelyAndTheReportIsNotUnclear()
    {
        // A tear with a pop and a shooting pain, lasting over a week: the top score is above the default 0.6.
        var report = LigamentTear(a => { a.PainDurationDays = 10; a.Trend = Trend.Better; });
        var top = Assess(report).TopCause.Score;
        top.Should().BeInRange(0.6, 0.95, "the threshold must be one the options accept");

        var atThreshold = new BackPainAssessor(new AssessorOptions { LikelyThreshold = top }).Assess(report);
        var justAbove = new BackPainAssessor(new AssessorOptions { LikelyThreshold = Math.BitIncrement(top) }).Assess(report);

        atThreshold.TopCause.Band.Should().Be(LikelihoodBand.Likely);
        atThreshold.IsUnclear.Should().BeFalse();
        justAbove.TopCause.Band.Should().Be(LikelihoodBand.Possible);
        justAbove.IsUnclear.Should().BeTrue();
        justAbove.Summary.Count.Should().Be(atThreshold.Summary.Count + 1, "only the unclear report adds the advice to see a clinician");
    }
}
