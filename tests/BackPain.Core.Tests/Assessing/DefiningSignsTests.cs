using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Assessing;

/// <summary>
/// domain.md §1 "Defining signs" and "Nothing fits", and decisions D5 and D6: an injury is at least possible only with
/// one of its defining signs, otherwise unlikely (score below <see cref="BackPainAssessor.PossibleThreshold"/>); DOMS is
/// argued against from 7 days of pain and unlikely from 14; when nothing is likely and the pain is 4+, see a doctor.
/// The assessment parts of issue 12's examples 7, 8 and 9, with a few defining signs that do make an injury possible.
/// </summary>
public sealed class DefiningSignsTests
{
    // ------------------------------------------------------------------------------------------------ example 7

    [Fact]
    public void SeverityOnly_EveryCauseIsUnlikelyAndTriageIsSeeDoctor()
    {
        // §1: a severity of 6 and nothing else is no defining sign of any injury and fits neither DOMS nor poor core
        // strength. "Nothing fits" with pain 4+ → see a doctor (D6).
        var assessment = BackPainAssessor.Default.Assess(Reports.WithSeverity(6));

        assessment.Causes.Should().OnlyContain(c => c.Band == LikelihoodBand.Unlikely);
        assessment.IsUnclear.Should().BeTrue();
        assessment.Triage.Level.Should().Be(TriageLevel.SeeDoctor);
    }

    [Theory]
    [InlineData(1, "selfCare")]
    [InlineData(3, "selfCare")]
    [InlineData(4, "seeDoctor")]
    [InlineData(6, "seeDoctor")]
    public void SeverityOnly_NothingFits_SeesADoctorFromModeratePain(int severity, string triage)
    {
        // §1 "Nothing fits": advise seeing a clinician when no cause is likely and the pain is moderate or worse (4+).
        BackPainAssessor.Default.Assess(Reports.WithSeverity(severity)).Triage.Level.Should().Be(TriageLevel.FromId(triage));
    }

    // ------------------------------------------------------------------------------------------------ example 8

    public static TheoryData<int, Trend> AWeekOrMore { get; } = Durations([7, 10, 13, 14, 30, 365, 3650]);

    public static TheoryData<int, Trend> TwoWeeksOrMore { get; } = Durations([14, 30, 365, 3650]);

    [Theory]
    [MemberData(nameof(AWeekOrMore))]
    public void Doms_PainLastingAWeekOrMore_IsArguedAgainstWhateverTheTrend(int days, Trend trend)
    {
        // §1 and D5: pain that has lasted 7 days or more argues against DOMS, whatever the trend.
        var doms = DomsLasting(days, trend).LikelihoodOf(Cause.Doms);

        doms.Against.Should().Contain(f => f.Symptom == Symptom.LastedOverAWeek);
    }

    [Theory]
    [MemberData(nameof(TwoWeeksOrMore))]
    public void Doms_PainLastingTwoWeeksOrMore_IsUnlikelyWhateverTheTrend(int days, Trend trend)
    {
        // §1 and D5: after 14 days (from 14 days on) DOMS is unlikely, however well the rest of the story fits it.
        var doms = DomsLasting(days, trend).LikelihoodOf(Cause.Doms);

        doms.Band.Should().Be(LikelihoodBand.Unlikely);
        doms.Score.Should().BeLessThan(BackPainAssessor.PossibleThreshold);
    }

    [Fact]
    public void Doms_PainLastingSixDays_IsNotArguedAgainstByItsDuration()
    {
        // The boundary of D5: under 7 days the duration says nothing against DOMS, and the story still fits it well.
        var doms = DomsLasting(6, Trend.Better).LikelihoodOf(Cause.Doms);

        doms.Against.Should().NotContain(f => f.Symptom == Symptom.LastedOverAWeek);
        doms.Band.Should().Be(LikelihoodBand.Likely);
    }

    // ------------------------------------------------------------------------------------------------ example 9

    [Fact]
    public void ShootingPainAtFourTheNextDayWithoutAPop_LigamentTearIsUnlikelyAndNothingFits()
    {
        // §1 and D5: a tear's defining signs are a pop, or severe (7+) shooting pain that began during the workout;
        // shooting pain at 4 the next day is neither, so the tear is unlikely and restricts nothing. Nothing is likely
        // and the pain is 4 → see a doctor (D6).
        var assessment = BackPainAssessor.Default.Assess(new SymptomReportBuilder { Severity = 4, Character = PainCharacter.Shooting, Onset = Onset.NextDayOrLater }.Build());

        var tear = assessment.LikelihoodOf(Cause.LigamentTear);
        tear.Band.Should().Be(LikelihoodBand.Unlikely);
        tear.Score.Should().BeLessThan(BackPainAssessor.PossibleThreshold);
        assessment.Restrictions.Should().NotContain(r => r.Cause == Cause.LigamentTear);
        assessment.Restricts(RestrictionKind.NoExercise).Should().BeFalse();
        assessment.Causes.Should().NotContain(c => c.Band == LikelihoodBand.Likely);
        assessment.Triage.Level.Should().Be(TriageLevel.SeeDoctor);
    }

    [Fact]
    public void SuddenJerkAloneAtSeverity1_SlippedDiscIsUnlikelyAndCoreWorkIsNotRestricted()
    {
        // §1 and D5: a sudden jerk is a slipped disc's defining sign only under a heavy squat or deadlift with severe
        // pain or trouble standing up; alone at severity 1 it is not, so the disc is unlikely and rules 1 and 2 do not
        // apply. Pain 1 is below 4, so "nothing fits" does not send the person to a doctor either.
        var assessment = BackPainAssessor.Default.Assess(new SymptomReportBuilder { Severity = 1, SuddenJerk = true }.Build());

        var disc = assessment.LikelihoodOf(Cause.SlippedDisc);
        disc.Band.Should().Be(LikelihoodBand.Unlikely);
        disc.Score.Should().BeLessThan(BackPainAssessor.PossibleThreshold);
        assessment.Restricts(RestrictionKind.NoCoreWork).Should().BeFalse();
        assessment.Restricts(RestrictionKind.NoStrenuousExercise).Should().BeFalse();
        assessment.Triage.Level.Should().Be(TriageLevel.SelfCare);
    }

    [Fact]
    public void SharpSevenDuringASquat_OnlyThePulledMuscleIsPossible()
    {
        // §1 and D5: sharp pain that began during the workout is the pulled muscle's defining sign. Severe pain during a
        // squat, without a jerk, leg pain, trouble standing, a pop or shooting pain, is no defining sign of a slipped
        // disc or a ligament tear: both unlikely, so only the pulled muscle's restrictions apply.
        var assessment = BackPainAssessor.Default.Assess(new SymptomReportBuilder
        {
            Severity = 7,
            Character = PainCharacter.Sharp,
            Onset = Onset.DuringWorkout,
            Exercises = [Exercise.Squat],
        }.Build());

        assessment.LikelihoodOf(Cause.PulledMuscle).IsAtLeastPossible.Should().BeTrue();
        foreach (var cause in new[] { Cause.SlippedDisc, Cause.LigamentTear })
        {
            assessment.LikelihoodOf(cause).Band.Should().Be(LikelihoodBand.Unlikely, $"{cause} has no defining sign");
            assessment.LikelihoodOf(cause).Score.Should().BeLessThan(BackPainAssessor.PossibleThreshold, $"{cause} has no defining sign");
        }

        assessment.Restrictions.Should().OnlyContain(r => r.Cause == Cause.PulledMuscle);
        assessment.Restricts(RestrictionKind.NoStrenuousExercise).Should().BeFalse();
    }

    // ------------------------------------------------------------------------------------------------ signs that do count

    [Fact]
    public void PainDownOneLegInADomsStory_KeepsASlippedDiscAtLeastPossible()
    {
        // D5: pain down a leg keeps a slipped disc at least possible, even in a story that otherwise fits DOMS (the
        // re-assessment of issue 12's example 4: an upper-back DOMS report, pain 6, worse, pain down one leg).
        var assessment = BackPainAssessor.Default.Assess(Reports.Doms(a =>
        {
            a.Area = BackArea.UpperBack;
            a.Severity = 6;
            a.Trend = Trend.Worse;
            a.Legs = LegSymptoms.OneLeg;
        }));

        assessment.LikelihoodOf(Cause.SlippedDisc).IsAtLeastPossible.Should().BeTrue();
        assessment.Restricts(RestrictionKind.NoStrenuousExercise).Should().BeTrue();
        assessment.Restricts(RestrictionKind.NoCoreWork).Should().BeTrue();
        assessment.Triage.Level.Should().BeGreaterThanOrEqualTo(TriageLevel.SeeDoctor);
    }

    [Fact]
    public void SuddenJerkUnderAHeavyDeadliftWithSeverePain_MakesASlippedDiscPossible()
    {
        // D5: a sudden jerk under a squat or deadlift with severe (7+) pain is a slipped disc's defining sign.
        var assessment = BackPainAssessor.Default.Assess(new SymptomReportBuilder { Severity = 7, SuddenJerk = true, Exercises = [Exercise.Deadlift] }.Build());

        assessment.LikelihoodOf(Cause.SlippedDisc).IsAtLeastPossible.Should().BeTrue();
    }

    [Fact]
    public void SevereShootingPainDuringTheWorkout_MakesALigamentTearPossible()
    {
        // D5: severe (7+) shooting pain that began during the workout is a ligament tear's defining sign.
        var assessment = BackPainAssessor.Default.Assess(new SymptomReportBuilder { Severity = 7, Character = PainCharacter.Shooting, Onset = Onset.DuringWorkout }.Build());

        assessment.LikelihoodOf(Cause.LigamentTear).IsAtLeastPossible.Should().BeTrue();
    }

    private static Assessment DomsLasting(int days, Trend trend)
        => BackPainAssessor.Default.Assess(Reports.Doms(a =>
        {
            a.PainDurationDays = days;
            a.Trend = trend;
        }));

    private static TheoryData<int, Trend> Durations(int[] days)
    {
        var data = new TheoryData<int, Trend>();
        foreach (var d in days)
        {
            foreach (var trend in Enum.GetValues<Trend>())
            {
                data.Add(d, trend);
            }
        }

        return data;
    }
}
