
namespace BackPain.Core.Tests.Domain;

public class DoseTests
{
    [Fact]
    public void PerDay_WithMinutes_KeepsEveryFigure()
    {
        var dose = Dose.PerDay(2, 3, 15, 20, Source.Consensus);

        dose.Kind.Should().Be(DoseKind.TimesPerDay);
        dose.MinTimes.Should().Be(2);
        dose.MaxTimes.Should().Be(3);
        dose.MinMinutesPerSession.Should().Be(15);
        dose.MaxMinutesPerSession.Should().Be(20);
        dose.Source.Should().BeSameAs(Source.Consensus);
    }

    [Fact]
    public void PerDay_WithoutMinutes_PrescribesNoLength()
    {
        var dose = Dose.PerDay(1, 2, Source.Article);

        dose.Kind.Should().Be(DoseKind.TimesPerDay);
        dose.MinMinutesPerSession.Should().BeNull();
        dose.MaxMinutesPerSession.Should().BeNull();
    }

    [Theory]
    [InlineData(0, 3, 15, 20, "minTimes")]
    [InlineData(25, 25, 15, 20, "minTimes")]
    [InlineData(3, 2, 15, 20, "maxTimes")]
    [InlineData(2, 25, 15, 20, "maxTimes")]
    [InlineData(2, 3, 0, 20, "minMinutes")]
    [InlineData(2, 3, 241, 241, "minMinutes")]
    [InlineData(2, 3, 20, 15, "maxMinutes")]
    [InlineData(2, 3, 15, 241, "maxMinutes")]
    public void PerDay_FigureOutOfRangeOrOrder_ThrowsNamingIt(int minTimes, int maxTimes, int minMinutes, int maxMinutes, string parameter)
    {
        var act = () => Dose.PerDay(minTimes, maxTimes, minMinutes, maxMinutes, Source.Consensus);

        act.Should().ThrowExactly<BackPainValidationException>().WithParameterName(parameter);
    }

    [Theory]
    [InlineData(1, 24)]
    [InlineData(24, 24)]
    public void PerDay_TimesAtTheLimits_AreAccepted(int minTimes, int maxTimes)
    {
        var act = () => Dose.PerDay(minTimes, maxTimes, 1, 240, Source.Consensus);

        act.Should().NotThrow();
    }

    [Theory]
    [InlineData(0, 3, "minTimes")]
    [InlineData(15, 15, "minTimes")]
    [InlineData(3, 2, "maxTimes")]
    [InlineData(3, 15, "maxTimes")]
    public void PerWeek_TimesOutsideOneToFourteenOrOutOfOrder_ThrowsNamingThem(int minTimes, int maxTimes, string parameter)
    {
        var act = () => Dose.PerWeek(minTimes, maxTimes, Source.LibraryDefault);

        act.Should().ThrowExactly<BackPainValidationException>().WithParameterName(parameter);
    }

    [Fact]
    public void EveryFactory_NullSource_ThrowsNamingSource()
    {
        Action[] factories =
        [
            () => Dose.PerDay(2, 3, 15, 20, null!),
            () => Dose.PerDay(2, 3, null!),
            () => Dose.PerWeek(3, 3, null!),
            () => Dose.FollowTheLabel(null!),
            () => Dose.NotApplicable(null!),
        ];

        foreach (var factory in factories)
        {
            factory.Should().ThrowExactly<ArgumentNullException>().WithParameterName("source");
        }
    }

    [Fact]
    public void FollowTheLabelAndNotApplicable_CountNoSessions()
    {
        foreach (var dose in new[] { Dose.FollowTheLabel(Source.NiceNG59), Dose.NotApplicable(Source.Article) })
        {
            dose.MinTimes.Should().Be(0);
            dose.MaxTimes.Should().Be(0);
            dose.MinMinutesPerSession.Should().BeNull();
            dose.MaxMinutesPerSession.Should().BeNull();
        }
    }

    [Fact]
    public void Text_IceDose_ReadsTwoToThreeTimesADayFifteenToTwentyMinutesEach()
    {
        Dose.PerDay(2, 3, 15, 20, Source.Consensus).Text.Should().Be("2–3 times a day, 15–20 minutes each");
    }

    [Fact]
    public void Text_SameMinimumAndMaximum_SaysTheNumberOnce()
    {
        Dose.PerDay(2, 3, 15, 15, Source.Article).Text.Should().Be("2–3 times a day, 15 minutes each");
        Dose.PerWeek(3, 3, Source.LibraryDefault).Text.Should().Be("3 times a week");
    }

    [Fact]
    public void Text_FollowTheLabel_SaysFollowTheLabel()
    {
        Dose.FollowTheLabel(Source.NiceNG59).Text.Should().ContainEquivalentOf("follow the label");
    }

    [Fact]
    public void Text_NotApplicable_IsASentence()
    {
        Dose.NotApplicable(Source.Article).Text.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Text_OnceADay_IsGrammatical()
    {
        Dose.PerDay(1, 1, Source.Article).Text.Should().NotContain("1 times").And.ContainEquivalentOf("once a day");
        Dose.PerWeek(1, 1, Source.Article).Text.Should().NotContain("1 times").And.ContainEquivalentOf("once a week");
        Dose.PerDay(1, 1, 10, 10, Source.Article).Text.Should().NotContain("1 times").And.ContainEquivalentOf("once a day").And.Contain("10 minutes");
    }

    [Fact]
    public void ToString_IsTheText()
    {
        var dose = Dose.PerDay(2, 3, 15, 20, Source.Consensus);

        dose.ToString().Should().Be(dose.Text);
    }

    [Fact]
    public void Equality_SameFigures_IsEqualWithSameHashCode()
    {
        var a = Dose.PerDay(2, 3, 15, 20, Source.Consensus);
        var b = Dose.PerDay(2, 3, 15, 20, Source.Consensus);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(Dose.PerDay(2, 3, 15, 19, Source.Consensus));
        a.Should().NotBe(Dose.PerDay(2, 3, 15, 20, Source.Article));
        Dose.FollowTheLabel(Source.Article).Should().NotBe(Dose.NotApplicable(Source.Article));
    }

    [Theory]
    [InlineData(0, 2, "minTimes")]
    [InlineData(25, 25, "minTimes")]
    [InlineData(3, 2, "maxTimes")]
    [InlineData(2, 25, "maxTimes")]
    public void PerDayWithoutMinutes_TimesOutsideOneToTwentyFourOrOutOfOrder_ThrowsNamingThem(int minTimes, int maxTimes, string parameter)
    {
        var act = () => Dose.PerDay(minTimes, maxTimes, Source.Article);

        act.Should().ThrowExactly<BackPainValidationException>().WithParameterName(parameter);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(1, 24)]
    [InlineData(24, 24)]
    public void PerDayWithoutMinutes_TimesAtTheLimits_AreAccepted(int minTimes, int maxTimes)
    {
        var dose = Dose.PerDay(minTimes, maxTimes, Source.Article);

        dose.MinTimes.Should().Be(minTimes);
        dose.MaxTimes.Should().Be(maxTimes);
    }

    [Fact]
    public void PerDay_EveryFigureOutOfRange_ListsAllFourWithTheirRangesAndCodes()
    {
        var act = () => Dose.PerDay(0, 25, 0, 241, Source.Consensus);

        var errors = act.Should().ThrowExactly<BackPainValidationException>().Which.Errors;
        errors.Select(e => (e.Path, e.Code, e.AttemptedValue)).Should().Equal(
            ("minTimes", ValidationCode.OutOfRange, 0),
            ("maxTimes", ValidationCode.OutOfRange, 25),
            ("minMinutes", ValidationCode.OutOfRange, 0),
            ("maxMinutes", ValidationCode.OutOfRange, 241));
        errors[0].Message.Should().Contain("1 and 24");
        errors[3].Message.Should().Contain("1 and 240");
    }

    [Fact]
    public void PerDay_BothMaximumsBelowTheirMinimums_ListsBothAsOutOfOrder()
    {
        var act = () => Dose.PerDay(3, 2, 20, 15, Source.Consensus);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Select(e => (e.Path, e.Code)).Should().Equal(
            ("maxTimes", ValidationCode.OutOfOrder),
            ("maxMinutes", ValidationCode.OutOfOrder));
    }
}
