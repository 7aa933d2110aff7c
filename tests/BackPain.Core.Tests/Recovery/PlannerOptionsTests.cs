
namespace BackPain.Core.Tests.Recovery;

/// <summary>
/// Options may make the rest rules stricter, never looser (domain.md §6, style.md): rest is written as extra days on
/// top of the spec's minimums, and a <see cref="Days"/> value cannot be negative. Validation names every bad field.
/// </summary>
public class PlannerOptionsTests
{
    [Fact]
    public void Default_PinsTheSpecAndLibraryDefaults()
    {
        var options = PlannerOptions.Default;

        options.ExtraRestSmall.Should().Be(Days.Of(0), "domain.md §5: small muscles rest exactly the minimum by default");
        options.ExtraRestLarge.Should().Be(Days.Of(0));
        options.HardRpeThreshold.Should().Be(8, "domain.md §5: hard = RPE ≥ 8 by default");
        options.CheckInInterval.Should().Be(Days.Of(7), "domain.md §6: weekly check-ins after day 7");
        options.IceDays.Should().Be(Days.Of(3), "library default documented on PlannerOptions");
        options.HeatDays.Should().Be(Days.Of(7), "library default documented on PlannerOptions");
        new PlannerOptions().Should().Be(options);
    }

    [Fact]
    public void Validate_Default_IsValid()
    {
        PlannerOptions.Default.Validate().IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(9)]
    [InlineData(10)]
    public void Validate_HardRpeThresholdOutside1To8_NamesHardRpeThreshold(int threshold)
    {
        // A threshold of 9 or 10 would count fewer sessions as hard: a looser rule, so it is rejected.
        var result = new PlannerOptions { HardRpeThreshold = threshold }.Validate();

        result.Errors.Select(e => e.Path).Should().Equal("hardRpeThreshold");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(8)]
    public void Validate_HardRpeThresholdFrom1To8_IsValid(int threshold)
    {
        new PlannerOptions { HardRpeThreshold = threshold }.Validate().IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(8)]
    [InlineData(14)]
    public void Validate_CheckInIntervalOutside1To7_NamesCheckInInterval(int days)
    {
        var result = new PlannerOptions { CheckInInterval = Days.Of(days) }.Validate();

        result.Errors.Select(e => e.Path).Should().Equal("checkInIntervalDays");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    public void Validate_CheckInIntervalFrom1To7_IsValid(int days)
    {
        new PlannerOptions { CheckInInterval = Days.Of(days) }.Validate().IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_ExtraRestAboveTwoWeeks_NamesTheField()
    {
        new PlannerOptions { ExtraRestSmall = Days.Of(15) }.Validate().Errors.Select(e => e.Path).Should().Equal("extraRestSmallDays");
        new PlannerOptions { ExtraRestLarge = Days.Of(15) }.Validate().Errors.Select(e => e.Path).Should().Equal("extraRestLargeDays");
        new PlannerOptions { ExtraRestSmall = Days.Of(14), ExtraRestLarge = Days.Of(14) }.Validate().IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_IceAndHeatDaysOutsideTheirRanges_NameTheFields()
    {
        new PlannerOptions { IceDays = Days.Of(0) }.Validate().Errors.Select(e => e.Path).Should().Equal("iceDays");
        new PlannerOptions { IceDays = Days.Of(8) }.Validate().Errors.Select(e => e.Path).Should().Equal("iceDays");
        new PlannerOptions { HeatDays = Days.Of(0) }.Validate().Errors.Select(e => e.Path).Should().Equal("heatDays");
        new PlannerOptions { HeatDays = Days.Of(29) }.Validate().Errors.Select(e => e.Path).Should().Equal("heatDays");
    }

    [Fact]
    public void Validate_SeveralBadFields_NamesEveryOne()
    {
        var options = new PlannerOptions
        {
            HardRpeThreshold = 9,
            CheckInInterval = Days.Of(0),
            ExtraRestLarge = Days.Of(20),
            IceDays = Days.Of(30),
        };

        options.Validate().Errors.Select(e => e.Path).Should().BeEquivalentTo("hardRpeThreshold", "checkInIntervalDays", "extraRestLargeDays", "iceDays");
    }

    [Fact]
    public void Planner_WithInvalidOptions_ThrowsOneExceptionNamingEveryBadField()
    {
        var options = new PlannerOptions { HardRpeThreshold = 0, CheckInInterval = Days.Of(8) };

        var act = () => new RecoveryPlanner(options);

        act.Should().ThrowExactly<BackPainValidationException>()
            .Which.Errors.Select(e => e.Path).Should().BeEquivalentTo("hardRpeThreshold", "checkInIntervalDays");
    }

    [Fact]
    public void Planner_WithInvalidOptions_SaysItIsThePlannerOptionsAndTheAllowedRanges()
    {
        var act = () => new RecoveryPlanner(new PlannerOptions { IceDays = Days.Of(8), HeatDays = Days.Of(29) });

        act.Should().ThrowExactly<BackPainValidationException>().Which.Message
            .Should().Contain("planner options").And.Contain("iceDays").And.Contain("1 and 7").And.Contain("heatDays").And.Contain("1 and 28");
    }

    [Fact]
    public void LooserRest_CannotBeWrittenDown()
    {
        // Rest is extra days on top of the spec's minimum; a negative number of days does not exist.
        var act = () => Days.Of(-1);

        act.Should().ThrowExactly<BackPainValidationException>();
        FluentActions.Invoking(() => new PlannerOptions { ExtraRestLarge = Days.Of(-1) }).Should().ThrowExactly<BackPainValidationException>();
    }

    [Fact]
    public void Planner_WithValidOptions_KeepsThem()
    {
        var options = new PlannerOptions { ExtraRestSmall = Days.Of(1), HardRpeThreshold = 7, CheckInInterval = Days.Of(3) };

        new RecoveryPlanner(options).Options.Should().Be(options);
    }

    [Fact]
    public void Validate_SeveralOptionsOutOfRange_ListsEachWithItsCodeAndValue()
    {
        var options = new PlannerOptions { HardRpeThreshold = 9, CheckInInterval = Days.Of(8), HeatDays = Days.Of(0) };

        options.Validate().Errors.Select(e => (e.Path, e.Code, e.AttemptedValue)).Should().Equal(
            ("hardRpeThreshold", ValidationCode.OutOfRange, 9),
            ("checkInIntervalDays", ValidationCode.OutOfRange, 8),
            ("heatDays", ValidationCode.OutOfRange, 0));
    }
}
