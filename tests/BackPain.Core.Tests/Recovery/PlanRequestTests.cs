
namespace BackPain.Core.Tests.Recovery;

/// <summary>A plan covers 1 to 365 calendar days from a start date the caller gives (issue 6), 28 by default.</summary>
public class PlanRequestTests
{
    private static readonly DateOnly Start = new(2026, 3, 2);

    [Fact]
    public void Constructor_WithoutLength_CoversFourWeeks()
    {
        var request = new PlanRequest(Start);

        request.Start.Should().Be(Start);
        request.Length.Should().Be(Days.Of(28));
        request.End.Should().Be(new DateOnly(2026, 3, 29));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(90)]
    [InlineData(365)]
    public void Constructor_LengthFrom1To365_IsAccepted(int length)
    {
        var request = new PlanRequest(Start, Days.Of(length));

        request.Length.Count.Should().Be(length);
        request.End.Should().Be(Start.AddDays(length - 1), "the end is the last day the plan covers");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    [InlineData(3650)]
    public void Constructor_LengthOutside1To365_IsRejectedNamingLength(int days)
    {
        var act = () => new PlanRequest(Start, Days.Of(days));

        act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("length");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void Constructor_LengthOutside1To365_SaysTheAllowedRange(int days)
    {
        var act = () => new PlanRequest(Start, Days.Of(days));

        act.Should().ThrowExactly<BackPainValidationException>().Which.Message.Should().Contain("length").And.Contain("1 and 365");
    }

    [Fact]
    public void Constructor_LeapYear_CountsCalendarDays()
    {
        var request = new PlanRequest(new DateOnly(2028, 2, 27), Days.Of(3));

        request.End.Should().Be(new DateOnly(2028, 2, 29));
    }

    [Fact]
    public void Constructor_StartSoCloseToTheEndOfTheCalendarThatDatesWouldOverflow_IsRejectedNamingStart()
    {
        var act = () => new PlanRequest(DateOnly.MaxValue.AddDays(-10));

        act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("start");
    }

    [Fact]
    public void Constructor_EarliestDate_IsAccepted()
    {
        new PlanRequest(DateOnly.MinValue).End.Should().Be(DateOnly.MinValue.AddDays(27));
    }

    [Fact]
    public void Requests_WithEqualStartAndLength_AreEqual()
    {
        new PlanRequest(Start, Days.Of(28)).Should().Be(new PlanRequest(Start));
        new PlanRequest(Start, Days.Of(28)).GetHashCode().Should().Be(new PlanRequest(Start).GetHashCode());
        new PlanRequest(Start, Days.Of(27)).Should().NotBe(new PlanRequest(Start));
        new PlanRequest(Start.AddDays(1)).Should().NotBe(new PlanRequest(Start));
    }

    [Fact]
    public void Constructor_LengthAndStartBothOutOfRange_ListsBothWithTheirCodes()
    {
        var act = () => new PlanRequest(PlanRequest.MaxStart.AddDays(1), Days.Of(0));

        var errors = act.Should().ThrowExactly<BackPainValidationException>().Which.Errors;
        errors.Select(e => (e.Path, e.Code, e.AttemptedValue)).Should().Equal(
            ("length", ValidationCode.OutOfRange, 0),
            ("start", ValidationCode.OutOfRange, PlanRequest.MaxStart.AddDays(1)));
        errors[1].Message.Should().Contain(PlanRequest.MaxStart.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Constructor_StartOnTheLatestAllowedDay_IsAccepted()
        => new PlanRequest(PlanRequest.MaxStart, Days.Of(PlanRequest.MaxLength)).Start.Should().Be(PlanRequest.MaxStart);
}
