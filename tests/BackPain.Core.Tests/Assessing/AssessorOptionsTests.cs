using BackPain.Core.Rules;
using System.Globalization;
using static BackPain.Core.Tests.Support.Reports;

namespace BackPain.Core.Tests.Assessing;

/// <summary>The options of the assessor: defaults, validation, and what the likely threshold may and may not change.</summary>
public sealed class AssessorOptionsTests
{
    [Fact]
    public void Default_LikelyThresholdIs0Point6AndCultureIsInvariant()
    {
        AssessorOptions.Default.LikelyThreshold.Should().Be(0.6);
        AssessorOptions.Default.Culture.Should().Be(CultureInfo.InvariantCulture);
        AssessorOptions.Default.Validate().IsValid.Should().BeTrue();
    }

    [Fact]
    public void PossibleThreshold_IsFixedAt0Point3() => BackPainAssessor.PossibleThreshold.Should().Be(0.3);

    [Theory]
    [InlineData(0.4)]
    [InlineData(0.6)]
    [InlineData(0.95)]
    public void Constructor_LikelyThresholdWithinRange_IsAccepted(double threshold)
        => new BackPainAssessor(new AssessorOptions { LikelyThreshold = threshold }).Options.LikelyThreshold.Should().Be(threshold);

    [Theory]
    [InlineData(0.3999)]
    [InlineData(0.9501)]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Constructor_LikelyThresholdOutsideRange_ThrowsNamingLikelyThreshold(double threshold)
    {
        var options = new AssessorOptions { LikelyThreshold = threshold };

        var thrown = FluentActions.Invoking(() => new BackPainAssessor(options)).Should().Throw<BackPainValidationException>().Which;

        thrown.Errors.Should().ContainSingle().Which.Path.Should().Be("likelyThreshold");
        thrown.ParamName.Should().Be("likelyThreshold");
        thrown.Message.Should().Contain("assessor options").And.Contain("0.4 and 0.95");
        options.Validate().Errors.Should().ContainSingle(e => e.Path == "likelyThreshold");
    }

    [Fact]
    public void Constructor_NullCulture_ThrowsNamingCulture()
        => FluentActions.Invoking(() => new BackPainAssessor(new AssessorOptions { Culture = null! }))
            .Should().Throw<BackPainValidationException>().Which.Errors.Should().ContainSingle(e => e.Path == "culture");

    [Fact]
    public void Constructor_TwoBadOptions_ListsBoth()
        => FluentActions.Invoking(() => new BackPainAssessor(new AssessorOptions { LikelyThreshold = 2, Culture = null! }))
            .Should().Throw<BackPainValidationException>().Which.Errors.Select(e => e.Path).Should().BeEquivalentTo(["likelyThreshold", "culture"]);

    [Fact]
    public void LikelyThreshold_Raised_TurnsALikelyCauseIntoAPossibleOne()
    {
        var byDefault = Assess(LigamentTear());
        var stricter = new BackPainAssessor(new AssessorOptions { LikelyThreshold = 0.9 }).Assess(LigamentTear());

        byDefault.TopCause.Band.Should().Be(LikelihoodBand.Likely);
        stricter.TopCause.Cause.Should().Be(Cause.LigamentTear);
        stricter.TopCause.Score.Should().Be(byDefault.TopCause.Score, "the threshold changes the band, not the score");
        stricter.TopCause.Band.Should().Be(LikelihoodBand.Possible);
        stricter.IsUnclear.Should().BeTrue();
    }

    [Fact]
    public void LikelyThreshold_Raised_KeepsEveryRestriction()
    {
        foreach (var (name, report) in All)
        {
            var stricter = new BackPainAssessor(new AssessorOptions { LikelyThreshold = 0.95 }).Assess(report);
            var looser = new BackPainAssessor(new AssessorOptions { LikelyThreshold = 0.4 }).Assess(report);
            var byDefault = Assess(report);

            // A raised threshold can only find "nothing fits" more often, which holds strenuous exercise: stricter.
            var hold = RestrictionRules.HoldStrenuousUntilPainFree.Id;
            stricter.Restrictions.Where(r => r.RuleId != hold).Should().Equal(byDefault.Restrictions.Where(r => r.RuleId != hold), name);
            byDefault.Restrictions.Except(stricter.Restrictions).Should().BeEmpty(name);
            looser.Restrictions.Should().Equal(byDefault.Restrictions, name);
        }
    }

    [Fact]
    public void LikelyThreshold_Lowered_NeverLowersTriage()
    {
        // Poor core strength scores 1 − e^−0.7 ≈ 0.50: possible by default, likely at 0.4. The pain has lasted ten days.
        var report = NothingFits(a => (a.PostureBrokeDown, a.PainDurationDays) = (true, 10));

        var byDefault = Assess(report);
        var looser = new BackPainAssessor(new AssessorOptions { LikelyThreshold = 0.4 }).Assess(report);

        byDefault.Triage.Level.Should().Be(TriageLevel.SeeDoctor);
        looser.Triage.Level.Should().Be(byDefault.Triage.Level);
        looser.Remedies.Select(r => r.Remedy).Should().Contain(Remedy.SeeClinician);
    }

    [Fact]
    public void Options_AreValueEqual()
    {
        new AssessorOptions { LikelyThreshold = 0.7 }.Should().Be(new AssessorOptions { LikelyThreshold = 0.7 });
        new AssessorOptions { LikelyThreshold = 0.7 }.Should().NotBe(AssessorOptions.Default);
    }

    [Fact]
    public void Validate_ThresholdOutOfRangeAndNoCulture_ListsBothWithTheirCodes()
    {
        var options = new AssessorOptions { LikelyThreshold = 2, Culture = null! };

        options.Validate().Errors.Select(e => (e.Path, e.Code, e.AttemptedValue)).Should().Equal(
            ("likelyThreshold", ValidationCode.OutOfRange, 2.0),
            ("culture", ValidationCode.Required, null));
    }
}
