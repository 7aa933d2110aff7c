namespace BackPain.Core.Tests.Recovery;

/// <summary>Details of a check-in report: the order of its confirmed causes, and the words of a rejected symptom.</summary>
public class CheckInReportDetailTests
{
    private static readonly DateOnly Date = new(2026, 3, 4);

    [Fact]
    public void CausesConfirmed_GivenOutOfOrder_AreInCatalogueOrder()
    {
        var checkIn = new CheckInReport(Date, pain: 3, Trend.Same, causesConfirmed: [Cause.LigamentTear, Cause.PulledMuscle]);

        var expected = Cause.All.Where(c => c == Cause.PulledMuscle || c == Cause.LigamentTear);
        checkIn.CausesConfirmed.Should().Equal(expected);
        checkIn.CausesConfirmed.Should().Equal(Cause.PulledMuscle, Cause.LigamentTear);
    }

    [Fact]
    public void Constructor_SymptomNotAllowedAtACheckIn_ListsTheAllowedOnesSeparatedByCommas()
    {
        var act = () => new CheckInReport(Date, pain: 3, Trend.Same, newSymptoms: [Symptom.FromId("onsetDuringWorkout")]);

        var allowed = CheckInReport.SymptomsAllowed;
        act.Should().Throw<BackPainValidationException>().Which.Errors.Should().ContainSingle()
            .Which.Message.Should().Contain($"{allowed[0].Id}, {allowed[1].Id}, {allowed[2].Id}");
    }
}
