
namespace BackPain.Core.Tests.Recovery;

/// <summary>
/// A check-in (domain.md §6b): date, pain 0–10, better/same/worse, what a clinician said (clearance scope, causes ruled
/// out or confirmed) and any new finding. Bad values are rejected in one exception naming every field.
/// </summary>
public class CheckInReportTests
{
    private static readonly DateOnly Date = new(2026, 3, 9);

    [Fact]
    public void Constructor_ValidValues_KeepsThem()
    {
        var checkIn = new CheckInReport(Date, 3, Trend.Better, Clearance.LightActivity, [Symptom.Fever], [Cause.SlippedDisc], [Cause.PulledMuscle]);

        checkIn.Date.Should().Be(Date);
        checkIn.Pain.Should().Be(3);
        checkIn.Trend.Should().Be(Trend.Better);
        checkIn.Clearance.Should().Be(Clearance.LightActivity);
        checkIn.NewSymptoms.Should().Equal(Symptom.Fever);
        checkIn.CausesRuledOut.Should().Equal(Cause.SlippedDisc);
        checkIn.CausesConfirmed.Should().Equal(Cause.PulledMuscle);
    }

    [Fact]
    public void ToString_ShowsItsListsItemByItem_SoALogLineSaysWhatWasReported()
    {
        // A record prints its lists with the list's own ToString; a log line must show the findings, not a type name.
        var checkIn = new CheckInReport(Date, 3, Trend.Worse, newSymptoms: [Symptom.NumbnessBothLegs, Symptom.Fever]);

        checkIn.ToString().Should().Contain("NewSymptoms = [numbnessBothLegs, fever]").And.Contain("CausesRuledOut = []");
    }

    [Fact]
    public void Constructor_WithoutOptionalValues_IsNotClearedAndReportsNothingNew()
    {
        var checkIn = new CheckInReport(Date, 0, Trend.Same);

        checkIn.Clearance.Should().Be(Clearance.None);
        checkIn.NewSymptoms.Should().BeEmpty();
        checkIn.CausesRuledOut.Should().BeEmpty();
        checkIn.CausesConfirmed.Should().BeEmpty();
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
    public void Constructor_UndefinedTrendOrClearance_IsRejectedNamingEach()
    {
        var act = () => new CheckInReport(Date, 2, (Trend)3, (Clearance)7);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Select(e => e.Path).Should().Equal("trend", "clearance");
    }

    [Fact]
    public void Constructor_NoPainButWorse_IsRejectedAsAContradictionNamingTrend()
    {
        var act = () => new CheckInReport(Date, 0, Trend.Worse);

        var error = act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Should().ContainSingle().Which;
        error.Path.Should().Be("trend");
        error.Message.Should().Contain("pain is 0");
    }

    [Fact]
    public void Constructor_SomePainAndWorse_IsAccepted()
    {
        new CheckInReport(Date, 1, Trend.Worse).Trend.Should().Be(Trend.Worse);
    }

    [Fact]
    public void Constructor_FindingThatFollowsFromTheCheckInsOwnAnswers_IsRejectedListingTheAllowedOnes()
    {
        // Severity and trend are the check-in's own fields, and the onset belongs to the original workout.
        var act = () => new CheckInReport(Date, 2, Trend.Same, newSymptoms: [Symptom.Fever, Symptom.SeverePain, Symptom.OnsetDuringWorkout]);

        var errors = act.Should().ThrowExactly<BackPainValidationException>().Which.Errors;
        errors.Select(e => e.Path).Should().Equal("newSymptoms[1]", "newSymptoms[2]");
        errors[0].Message.Should().Contain("'severePain'").And.Contain("painDownOneLeg").And.Contain("fever");
    }

    [Fact]
    public void FindingsAllowed_HoldEveryRedFlagQuestionAndTheSignsOfAnInjury()
    {
        CheckInReport.SymptomsAllowed.Should().Contain(Symptom.RedFlagQuestions);
        CheckInReport.SymptomsAllowed.Should().Contain([Symptom.PainDownOneLeg, Symptom.NumbnessBothLegs, Symptom.PopHeard, Symptom.HardToStandUp, Symptom.UnableToStandOrWalk]);
        CheckInReport.SymptomsAllowed.Should().NotContain([Symptom.MildPain, Symptom.ModeratePain, Symptom.SeverePain, Symptom.GettingWorse, Symptom.GettingBetter, Symptom.LastedOverAWeek, Symptom.NotBetterAfterAWeek]);
    }

    [Fact]
    public void Constructor_EveryAllowedFinding_IsAccepted()
    {
        new CheckInReport(Date, 2, Trend.Same, newSymptoms: CheckInReport.SymptomsAllowed).NewSymptoms.Should().Equal(CheckInReport.SymptomsAllowed.OrderBy(s => Symptom.All.ToList().IndexOf(s)));
    }

    [Fact]
    public void Constructor_NullsInTheLists_AreRejectedNamingTheirIndex()
    {
        var act = () => new CheckInReport(Date, 2, Trend.Same, newSymptoms: [null!], causesRuledOut: [Cause.Doms, null!], causesConfirmed: [null!]);

        act.Should().ThrowExactly<BackPainValidationException>()
            .Which.Errors.Select(e => e.Path).Should().Equal("newSymptoms[0]", "causesRuledOut[1]", "causesConfirmed[0]");
    }

    [Fact]
    public void Constructor_CauseBothRuledOutAndConfirmed_IsRejectedNamingTheConfirmation()
    {
        var act = () => new CheckInReport(Date, 2, Trend.Same, causesRuledOut: [Cause.SlippedDisc], causesConfirmed: [Cause.PulledMuscle, Cause.SlippedDisc]);

        var error = act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Should().ContainSingle().Which;
        error.Path.Should().Be("causesConfirmed[1]");
        error.Message.Should().Contain("'slippedDisc'").And.Contain("ruled out");
    }

    [Fact]
    public void Constructor_SeveralBadValues_NamesEveryOneAndSaysItIsTheCheckIn()
    {
        var act = () => new CheckInReport(Date, 12, (Trend)(-1), newSymptoms: [Symptom.MildPain]);

        var exception = act.Should().ThrowExactly<BackPainValidationException>().Which;
        exception.Message.Should().Contain("check-in");
        exception.Errors.Select(e => e.Path).Should().BeEquivalentTo("pain", "trend", "newSymptoms[0]");
        exception.Errors.Single(e => e.Path == "pain").Message.Should().Contain("0 and 10");
    }

    [Fact]
    public void Constructor_ListsRepeatedOrUnordered_AreKeptOnceInCatalogueOrder()
    {
        var checkIn = new CheckInReport(Date, 2, Trend.Same, newSymptoms: [Symptom.Fever, Symptom.SaddleNumbness, Symptom.Fever],
            causesRuledOut: [Cause.LigamentTear, Cause.Doms, Cause.LigamentTear]);

        checkIn.NewSymptoms.Should().Equal(Symptom.SaddleNumbness, Symptom.Fever);
        checkIn.CausesRuledOut.Should().Equal(Cause.Doms, Cause.LigamentTear);
    }

    [Fact]
    public void CheckIns_WithEqualValues_AreEqual()
    {
        var first = new CheckInReport(Date, 2, Trend.Same, Clearance.FullTraining, [Symptom.Fever, Symptom.DarkUrine]);
        var second = new CheckInReport(Date, 2, Trend.Same, Clearance.FullTraining, [Symptom.DarkUrine, Symptom.Fever]);

        second.Should().Be(first);
        second.GetHashCode().Should().Be(first.GetHashCode());
        new CheckInReport(Date, 2, Trend.Same, Clearance.LightActivity, [Symptom.Fever, Symptom.DarkUrine]).Should().NotBe(first);
    }

    [Fact]
    public void Constructor_EveryKindOfProblem_GivesEachItsCodeAndTheValueGiven()
    {
        var act = () => new CheckInReport(Date, 0, Trend.Worse, (Clearance)9, newSymptoms: [Symptom.MildPain, null!],
            causesRuledOut: [Cause.Doms], causesConfirmed: [Cause.Doms]);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Select(e => (e.Path, e.Code, e.AttemptedValue)).Should().Equal(
            ("trend", ValidationCode.Contradiction, Trend.Worse),
            ("clearance", ValidationCode.UnknownId, (Clearance)9),
            ("newSymptoms[0]", ValidationCode.NotAllowed, Symptom.MildPain),
            ("newSymptoms[1]", ValidationCode.Required, null),
            ("causesConfirmed[0]", ValidationCode.Contradiction, Cause.Doms));
    }
}
