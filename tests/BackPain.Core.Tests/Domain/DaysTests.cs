using BackPain.Core.Tests.Support;
using CsCheck;

namespace BackPain.Core.Tests.Domain;

public class DaysTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3650)]
    public void Constructor_CountWithinZeroToTenYears_IsKept(int count)
    {
        new Days(count).Count.Should().Be(count);
        Days.Of(count).Count.Should().Be(count);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3651)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void Constructor_CountOutsideZeroToTenYears_ThrowsNamingCount(int outside)
    {
        var act = () => new Days(outside);

        act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("count");
    }

    [Fact]
    public void Default_IsZeroDays()
    {
        default(Days).Count.Should().Be(0);
        default(Days).Should().Be(Days.Of(0));
    }

    [Fact]
    public void Plus_OneDayOnNewYearsEve_IsNewYearsDay()
    {
        (new DateOnly(2024, 12, 31) + Days.Of(1)).Should().Be(new DateOnly(2025, 1, 1));
    }

    [Fact]
    public void Plus_TwoDaysFromFebruary28thInALeapYear_IsMarch1st()
    {
        (new DateOnly(2024, 2, 28) + Days.Of(2)).Should().Be(new DateOnly(2024, 3, 1));
        (new DateOnly(2025, 2, 28) + Days.Of(2)).Should().Be(new DateOnly(2025, 3, 2));
    }

    [Fact]
    public void Plus_ZeroDays_IsTheSameDate()
    {
        var date = new DateOnly(2025, 6, 15);

        (date + Days.Of(0)).Should().Be(date);
    }

    [Fact]
    public void Plus_TheSixWeekMinimumOfASlippedDisc_IsFortyTwoDatesLater()
    {
        (new DateOnly(2025, 3, 1) + Days.Of(42)).Should().Be(new DateOnly(2025, 4, 12));
    }

    [Fact]
    public void Add_IsTheSameAsPlus()
    {
        Days.Add(new DateOnly(2025, 1, 30), Days.Of(3)).Should().Be(new DateOnly(2025, 2, 2));
    }

    [Fact]
    public void Plus_AnyDateAndCount_MovesTheDateByExactlyThatManyCalendarDays()
    {
        Gen.Select(Gen.DateOnly[new DateOnly(1900, 1, 1), new DateOnly(2100, 12, 31)], Gen.Int[0, Days.MaxCount])
            .Sample((date, count) => (date + Days.Of(count)).DayNumber - date.DayNumber == count, iter: Generators.Iterations);
    }

    [Fact]
    public void Comparison_FewerDays_IsShorter()
    {
        var two = Days.Of(2);
        var three = Days.Of(3);

        (two < three).Should().BeTrue();
        (two <= three).Should().BeTrue();
        (three > two).Should().BeTrue();
        (three >= two).Should().BeTrue();
        (three < two).Should().BeFalse();
        (two > three).Should().BeFalse();
        (two <= Days.Of(2)).Should().BeTrue();
        (two >= Days.Of(2)).Should().BeTrue();
        two.CompareTo(three).Should().BeNegative();
        three.CompareTo(two).Should().BePositive();
        two.CompareTo(Days.Of(2)).Should().Be(0);
    }

    [Fact]
    public void Sorting_MixedPeriods_OrdersByCount()
    {
        Days[] periods = [Days.Of(7), Days.Of(1), Days.Of(3)];

        periods.Order().Should().Equal(Days.Of(1), Days.Of(3), Days.Of(7));
    }

    [Fact]
    public void Equality_SameCount_IsEqualWithSameHashCode()
    {
        var a = new Days(21);
        var b = Days.Of(21);

        (a == b).Should().BeTrue();
        a.Equals(b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
        (a != Days.Of(22)).Should().BeTrue();
    }

    [Theory]
    [InlineData(0, "0 days")]
    [InlineData(1, "1 day")]
    [InlineData(3, "3 days")]
    public void ToString_SaysTheCountWithTheRightNoun(int count, string expected)
    {
        Days.Of(count).ToString().Should().Be(expected);
    }

    [Fact]
    public void Comparison_EqualPeriods_AreNeitherShorterNorLonger()
    {
        var two = Days.Of(2);
        var alsoTwo = new Days(2);

        (two > alsoTwo).Should().BeFalse();
        (two < alsoTwo).Should().BeFalse();
    }

    [Fact]
    public void Constructor_Negative_GivesTheCodeAndTheValue()
    {
        var act = () => Days.Of(-1);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Match<ValidationError>(e => e.Path == "count" && e.Code == ValidationCode.OutOfRange && Equals(e.AttemptedValue, -1) && e.Message.Contains("0 and 3650"));
    }
}
