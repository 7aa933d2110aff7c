
namespace BackPain.Core.Tests.Recovery;

/// <summary>
/// When something becomes allowed: a known date, or a condition still open with the earliest date it could be met
/// (issue 6: "after a pain-free check-in on or after 2026-12-08", "after a clinician clears it").
/// </summary>
public class AvailabilityTests
{
    private static readonly DateOnly Date = new(2026, 12, 8);

    [Fact]
    public void From_IsAKnownDate()
    {
        var availability = Availability.From(Date);

        availability.IsKnown.Should().BeTrue();
        availability.Date.Should().Be(Date);
        availability.NotBefore.Should().Be(Date);
        availability.Condition.Should().Be(OpenCondition.None);
        availability.Text.Should().Contain("2026-12-08");
    }

    [Theory]
    [InlineData(OpenCondition.PainFreeCheckIn)]
    [InlineData(OpenCondition.ClinicianClearance)]
    [InlineData(OpenCondition.PainFreeCheckInAndClearance)]
    public void After_IsAnOpenConditionWithItsEarliestDate(OpenCondition condition)
    {
        var availability = Availability.After(condition, Date);

        availability.IsKnown.Should().BeFalse();
        availability.Date.Should().BeNull();
        availability.Condition.Should().Be(condition);
        availability.NotBefore.Should().Be(Date);
    }

    [Fact]
    public void Text_OfAPainFreeCheckIn_ReadsAsTheIssueWritesIt()
    {
        // A full clearance lifts every wait for a pain-free check-in too (§6b.3), so the text says so.
        Availability.After(OpenCondition.PainFreeCheckIn, Date).Text.Should().Be("after a pain-free check-in on or after 2026-12-08, or a clinician's full clearance");
        Availability.After(OpenCondition.PainFreeCheckIn, Date).ToString().Should().Be(Availability.After(OpenCondition.PainFreeCheckIn, Date).Text);
    }

    [Fact]
    public void Text_OfAClearance_SaysAClinicianMustClearIt()
    {
        Availability.After(OpenCondition.ClinicianClearance, Date).Text.Should().StartWith("after a clinician clears you for full training");
        Availability.After(OpenCondition.PainFreeCheckInAndClearance, Date).Text.Should().Contain("pain-free check-in").And.Contain("clinician");
    }

    [Theory]
    [InlineData(OpenCondition.None)]
    [InlineData((OpenCondition)42)]
    public void After_WithoutAnOpenCondition_ThrowsNamingCondition(OpenCondition notOpen)
    {
        var act = () => Availability.After(notOpen, Date);

        act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("condition");
    }

    [Fact]
    public void Latest_OfTwoKnownDates_IsTheLaterDate()
    {
        Availability.Latest(Availability.From(Date), Availability.From(Date.AddDays(3))).Should().Be(Availability.From(Date.AddDays(3)));
        Availability.Latest(Availability.From(Date.AddDays(3)), Availability.From(Date)).Should().Be(Availability.From(Date.AddDays(3)));
    }

    [Fact]
    public void Latest_OfAKnownDateAndAnOpenCondition_IsOpen()
    {
        var open = Availability.After(OpenCondition.ClinicianClearance, Date);

        Availability.Latest(Availability.From(Date.AddDays(-5)), open).IsKnown.Should().BeFalse();
        Availability.Latest(open, Availability.From(Date.AddDays(-5))).IsKnown.Should().BeFalse();
        Availability.Latest(open, Availability.From(Date.AddDays(-5))).Condition.Should().Be(OpenCondition.ClinicianClearance);
    }

    [Fact]
    public void Latest_KnownDateAndOpenCondition_KeepsTheLaterDateAsNotBefore()
    {
        var known = Availability.From(Date.AddDays(5));
        var open = Availability.After(OpenCondition.PainFreeCheckIn, Date.AddDays(2));

        Availability.Latest(known, open).NotBefore.Should().Be(Date.AddDays(5), "it cannot be allowed before the known date");
        Availability.Latest(open, known).NotBefore.Should().Be(Date.AddDays(5));
    }

    [Fact]
    public void Latest_OfTwoOpenConditions_KeepsTheStricterConditionAndTheLaterDate()
    {
        var painFree = Availability.After(OpenCondition.PainFreeCheckIn, Date.AddDays(7));
        var clearance = Availability.After(OpenCondition.ClinicianClearance, Date);

        var latest = Availability.Latest(painFree, clearance);

        latest.Condition.Should().Be(OpenCondition.PainFreeCheckInAndClearance, "both must still happen");
        latest.NotBefore.Should().Be(Date.AddDays(7));
        Availability.Latest(clearance, painFree).Should().Be(latest);
    }

    [Fact]
    public void Latest_OfTheSameOpenCondition_KeepsItWithTheLaterDate()
    {
        var latest = Availability.Latest(
            Availability.After(OpenCondition.PainFreeCheckIn, Date),
            Availability.After(OpenCondition.PainFreeCheckIn, Date.AddDays(4)));

        latest.Should().Be(Availability.After(OpenCondition.PainFreeCheckIn, Date.AddDays(4)));
    }

    [Fact]
    public void Latest_WithNull_Throws()
    {
        FluentActions.Invoking(() => Availability.Latest(null!, Availability.From(Date))).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Availability.Latest(Availability.From(Date), null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Availabilities_WithEqualValues_AreEqual()
    {
        Availability.From(Date).Should().Be(Availability.From(Date));
        Availability.From(Date).Should().NotBe(Availability.After(OpenCondition.PainFreeCheckIn, Date));
        Availability.After(OpenCondition.ClinicianClearance, Date).GetHashCode()
            .Should().Be(Availability.After(OpenCondition.ClinicianClearance, Date).GetHashCode());
    }

    [Theory]
    [InlineData(OpenCondition.None, ValidationCode.NotAllowed)]
    [InlineData((OpenCondition)42, ValidationCode.UnknownId)]
    public void After_WithoutAnOpenCondition_GivesTheCodeAndTheValue(OpenCondition notOpen, ValidationCode code)
        => FluentActions.Invoking(() => Availability.After(notOpen, Date)).Should().ThrowExactly<BackPainValidationException>()
            .Which.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Path == "condition" && e.Code == code && Equals(e.AttemptedValue, notOpen));
}
