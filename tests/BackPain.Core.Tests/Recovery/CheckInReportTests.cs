using BackPain.Core.Domain;
using BackPain.Core.Recovery;

namespace BackPain.Core.Tests.Recovery;

/// <summary>
/// A check-in (domain.md §6): date, pain 0–10, better/same/worse, clinician clearance, and any new red flag. Bad
/// values are rejected in one exception naming every field; worse pain requires at least see-a-doctor.
/// </summary>
public class CheckInReportTests
{
    private static readonly DateOnly Date = new(2026, 3, 9);

    [Fact]
    public void Constructor_ValidValues_KeepsThem()
    {
        var checkIn = new CheckInReport(Date, 3, Trend.Better, clinicianCleared: true, [Symptom.Fever]);

        checkIn.Date.Should().Be(Date);
        checkIn.Pain.Should().Be(3);
        checkIn.Trend.Should().Be(Trend.Better);
        checkIn.ClinicianCleared.Should().BeTrue();
        checkIn.NewRedFlags.Should().Equal(Symptom.Fever);
    }

    [Fact]
    public void Constructor_WithoutOptionalValues_IsNotClearedAndHasNoRedFlag()
    {
        var checkIn = new CheckInReport(Date, 0, Trend.Same);

        checkIn.ClinicianCleared.Should().BeFalse();
        checkIn.NewRedFlags.Should().BeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Constructor_PainAtTheEndsOfTheScale_IsAccepted(int pain)
    {
        new CheckInReport(Date, pain, Trend.Same).Pain.Should().Be(pain);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    [InlineData(int.MinValue)]
    public void Constructor_PainOutside0To10_IsRejectedNamingPain(int pain)
    {
        var act = () => new CheckInReport(Date, pain, Trend.Same);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Select(e => e.Path).Should().Equal("pain");
    }

    [Fact]
    public void Constructor_UndefinedTrend_IsRejectedNamingTrend()
    {
        var act = () => new CheckInReport(Date, 2, (Trend)3);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Select(e => e.Path).Should().Equal("trend");
    }

    [Fact]
    public void Constructor_FindingThatIsNotARedFlag_IsRejectedNamingItsIndex()
    {
        var act = () => new CheckInReport(Date, 2, Trend.Same, newRedFlags: [Symptom.Fever, Symptom.DullAche]);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Select(e => e.Path).Should().Equal("newRedFlags[1]");
    }

    [Fact]
    public void Constructor_NullRedFlag_IsRejectedNamingItsIndex()
    {
        var act = () => new CheckInReport(Date, 2, Trend.Same, newRedFlags: [null!]);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Select(e => e.Path).Should().Equal("newRedFlags[0]");
    }

    [Fact]
    public void Constructor_BadValues_SayWhatIsWrongWithEachAndThatItIsTheCheckIn()
    {
        var act = () => new CheckInReport(Date, 11, Trend.Same, newRedFlags: [null!, Symptom.DullAche]);

        var exception = act.Should().ThrowExactly<BackPainValidationException>().Which;
        exception.Message.Should().Contain("check-in");
        exception.Errors.Single(e => e.Path == "pain").Message.Should().Contain("0 and 10");
        exception.Errors.Single(e => e.Path == "newRedFlags[0]").Message.Should().Contain("null");
        exception.Errors.Single(e => e.Path == "newRedFlags[1]").Message.Should().Contain("'dullAche'").And.Contain("not a red flag");
    }

    [Fact]
    public void Constructor_SeveralBadValues_NamesEveryOne()
    {
        var act = () => new CheckInReport(Date, 12, (Trend)(-1), newRedFlags: [Symptom.SharpPain]);

        act.Should().ThrowExactly<BackPainValidationException>()
            .Which.Errors.Select(e => e.Path).Should().BeEquivalentTo("pain", "trend", "newRedFlags[0]");
    }

    [Fact]
    public void Constructor_RedFlagsRepeatedOrUnordered_AreKeptOnceInCatalogueOrder()
    {
        var checkIn = new CheckInReport(Date, 2, Trend.Same, newRedFlags: [Symptom.Fever, Symptom.SaddleNumbness, Symptom.Fever]);

        checkIn.NewRedFlags.Should().Equal(Symptom.SaddleNumbness, Symptom.Fever);
    }

    [Fact]
    public void Constructor_RedFlagFindingsBeyondTheQuestions_AreAccepted()
    {
        // A check-in may report any red-flag finding, for example severe pain or being unable to stand.
        var checkIn = new CheckInReport(Date, 8, Trend.Worse, newRedFlags: [Symptom.SeverePain, Symptom.UnableToStandOrWalk]);

        checkIn.NewRedFlags.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(Trend.Better)]
    [InlineData(Trend.Same)]
    public void MinimumTriage_NotWorseAndNoRedFlag_IsSelfCare(Trend trend)
    {
        new CheckInReport(Date, 5, trend).MinimumTriage.Should().Be(TriageLevel.SelfCare);
    }

    [Fact]
    public void MinimumTriage_WorsePain_IsSeeDoctor()
    {
        new CheckInReport(Date, 5, Trend.Worse).MinimumTriage.Should().Be(TriageLevel.SeeDoctor);
    }

    [Fact]
    public void MinimumTriage_NewRedFlags_IsTheHighestLevelAmongThem()
    {
        new CheckInReport(Date, 5, Trend.Better, newRedFlags: [Symptom.Fever]).MinimumTriage.Should().Be(TriageLevel.SeeDoctorUrgently);
        new CheckInReport(Date, 5, Trend.Worse, newRedFlags: [Symptom.Fever, Symptom.SaddleNumbness]).MinimumTriage.Should().Be(TriageLevel.Emergency);
        new CheckInReport(Date, 8, Trend.Same, newRedFlags: [Symptom.SeverePain]).MinimumTriage.Should().Be(TriageLevel.SeeDoctor);
    }

    [Fact]
    public void CheckIns_WithEqualValues_AreEqual()
    {
        var first = new CheckInReport(Date, 2, Trend.Same, true, [Symptom.Fever, Symptom.DarkUrine]);
        var second = new CheckInReport(Date, 2, Trend.Same, true, [Symptom.DarkUrine, Symptom.Fever]);

        second.Should().Be(first);
        second.GetHashCode().Should().Be(first.GetHashCode());
        new CheckInReport(Date, 3, Trend.Same, true, [Symptom.Fever, Symptom.DarkUrine]).Should().NotBe(first);
    }
}
