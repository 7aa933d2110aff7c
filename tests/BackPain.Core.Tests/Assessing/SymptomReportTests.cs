using BackPain.Core.Tests.Support;
using CsCheck;

namespace BackPain.Core.Tests.Assessing;

public class SymptomReportTests
{
    // ----- The findings a report implies (domain.md §2 and §4) -----

    [Fact]
    public void Symptoms_SeveritySeven_ImpliesSeverePainWhoseLevelIsSeeDoctor()
    {
        var report = Reports.WithSeverity(7);

        report.Symptoms.Should().Contain(Symptom.SeverePain);
        Symptom.SeverePain.RedFlagLevel.Should().BeSameAs(TriageLevel.SeeDoctor);
    }

    [Fact]
    public void Symptoms_SeveritySix_DoesNotImplySeverePain()
    {
        Reports.WithSeverity(6).Symptoms.Should().NotContain(Symptom.SeverePain);
    }

    [Fact]
    public void Symptoms_OnlySeveritySeven_IsOnlySeverePain_SoUnansweredQuestionsImplyNothing()
    {
        Reports.WithSeverity(7).Symptoms.Should().Equal(Symptom.SeverePain);
    }

    [Fact]
    public void Symptoms_SeverityZero_ImpliesNoPainLevelAtAll()
    {
        Reports.NoPain().Symptoms.Should().NotContain([Symptom.MildPain, Symptom.ModeratePain, Symptom.SeverePain]);
    }

    [Fact]
    public void Symptoms_BothLegs_ImpliesNumbnessBothLegsWhoseLevelIsEmergency()
    {
        var report = Reports.PulledMuscle(a => a.Legs = LegSymptoms.BothLegs);

        report.Symptoms.Should().Contain(Symptom.NumbnessBothLegs).And.NotContain(Symptom.PainDownOneLeg);
        Symptom.NumbnessBothLegs.RedFlagLevel.Should().BeSameAs(TriageLevel.Emergency);
    }

    [Fact]
    public void Symptoms_OneLeg_ImpliesPainDownOneLegWhoseLevelIsSeeDoctor()
    {
        var report = Reports.PulledMuscle(a => a.Legs = LegSymptoms.OneLeg);

        report.Symptoms.Should().Contain(Symptom.PainDownOneLeg).And.NotContain(Symptom.NumbnessBothLegs);
        Symptom.PainDownOneLeg.RedFlagLevel.Should().BeSameAs(TriageLevel.SeeDoctor);
    }

    [Fact]
    public void Symptoms_PopAndSeverityEight_ImpliesPopWithSeverePainWhoseLevelIsSeeDoctorUrgently()
    {
        var report = Reports.LigamentTear(a => a.Severity = 8);

        report.Symptoms.Should().Contain([Symptom.PopHeard, Symptom.SeverePain, Symptom.PopWithSeverePain]);
        Symptom.PopWithSeverePain.RedFlagLevel.Should().BeSameAs(TriageLevel.SeeDoctorUrgently);
    }

    [Fact]
    public void Symptoms_PopAndSeveritySix_ImpliesThePopButNotPopWithSeverePain()
    {
        var report = Reports.LigamentTear(a => a.Severity = 6);

        report.Symptoms.Should().Contain(Symptom.PopHeard).And.NotContain(Symptom.PopWithSeverePain);
    }

    [Fact]
    public void Symptoms_SeverityEightWithoutAPop_DoesNotImplyPopWithSeverePain()
    {
        Reports.PulledMuscle(a => a.Severity = 8).Symptoms.Should().NotContain(Symptom.PopWithSeverePain);
    }

    [Theory]
    [InlineData(55, true)]
    [InlineData(51, true)]
    [InlineData(50, false)]
    [InlineData(35, false)]
    [InlineData(20, false)]
    [InlineData(19, true)]
    [InlineData(0, true)]
    [InlineData(130, true)]
    public void Symptoms_Age_ImpliesAgeUnder20OrOver50OnlyBelow20OrAbove50(int age, bool flagged)
    {
        var report = Reports.Doms(a => a.Age = age);

        report.Symptoms.Contains(Symptom.AgeUnder20OrOver50).Should().Be(flagged);
    }

    [Fact]
    public void Symptoms_NoAge_ImpliesNoAgeFlag()
    {
        Reports.Doms(a => a.Age = null).Symptoms.Should().NotContain(Symptom.AgeUnder20OrOver50);
    }

    [Fact]
    public void Symptoms_EightDaysAndTheSame_ImpliesNotBetterAfterAWeek()
    {
        var report = Reports.PulledMuscle(a => (a.PainDurationDays, a.Trend) = (8, Trend.Same));

        report.Symptoms.Should().Contain([Symptom.LastedOverAWeek, Symptom.NotBetterAfterAWeek]);
        Symptom.NotBetterAfterAWeek.RedFlagLevel.Should().BeSameAs(TriageLevel.SeeDoctor);
    }

    [Fact]
    public void Symptoms_EightDaysAndBetter_DoesNotImplyNotBetterAfterAWeek()
    {
        var report = Reports.PulledMuscle(a => (a.PainDurationDays, a.Trend) = (8, Trend.Better));

        report.Symptoms.Should().Contain([Symptom.LastedOverAWeek, Symptom.GettingBetter]).And.NotContain(Symptom.NotBetterAfterAWeek);
    }

    [Fact]
    public void Symptoms_EightDaysAndWorse_ImpliesGettingWorseAndNotBetterAfterAWeek()
    {
        var report = Reports.PulledMuscle(a => (a.PainDurationDays, a.Trend) = (8, Trend.Worse));

        report.Symptoms.Should().Contain([Symptom.GettingWorse, Symptom.NotBetterAfterAWeek]);
    }

    [Fact]
    public void Symptoms_ExactlyOneWeekAndTheSame_ImpliesNotBetterAfterAWeek()
    {
        Reports.PulledMuscle(a => (a.PainDurationDays, a.Trend) = (7, Trend.Same))
            .Symptoms.Should().Contain(Symptom.NotBetterAfterAWeek);
    }

    [Fact]
    public void Symptoms_SixDaysAndTheSame_IsNotYetAWeek()
    {
        Reports.PulledMuscle(a => (a.PainDurationDays, a.Trend) = (6, Trend.Same))
            .Symptoms.Should().NotContain([Symptom.LastedOverAWeek, Symptom.NotBetterAfterAWeek]);
    }

    [Fact]
    public void Symptoms_WorseAfterTwoDays_ImpliesGettingWorseWhoseLevelIsSeeDoctor()
    {
        // domain.md §4: pain worse at any check-in is a SeeDoctor flag.
        Reports.PulledMuscle(a => a.Trend = Trend.Worse).Symptoms.Should().Contain(Symptom.GettingWorse);
        Symptom.GettingWorse.RedFlagLevel.Should().BeSameAs(TriageLevel.SeeDoctor);
    }

    [Fact]
    public void Symptoms_UnableToStandOrWalk_ImpliesItAtSeeDoctorUrgently_AndThatStandingUpIsHard()
    {
        var report = Reports.SlippedDisc(a => (a.HardToStandUp, a.UnableToStandOrWalk) = (false, true));

        report.Symptoms.Should().Contain([Symptom.UnableToStandOrWalk, Symptom.HardToStandUp]);
        report.HardToStandUp.Should().BeTrue();
        Symptom.UnableToStandOrWalk.RedFlagLevel.Should().BeSameAs(TriageLevel.SeeDoctorUrgently);
    }

    [Fact]
    public void Symptoms_HardToStandUpAlone_IsNoRedFlag()
    {
        var report = Reports.SlippedDisc();

        report.Symptoms.Should().Contain(Symptom.HardToStandUp).And.NotContain(Symptom.UnableToStandOrWalk);
    }

    [Fact]
    public void Symptoms_AnsweredRedFlagQuestion_IsInTheFindings()
    {
        var report = Reports.Doms(a => a.RedFlags = [Symptom.Fever, Symptom.SaddleNumbness]);

        report.Symptoms.Should().Contain([Symptom.Fever, Symptom.SaddleNumbness]);
    }

    [Theory]
    [InlineData(Onset.DuringWorkout, "onsetDuringWorkout")]
    [InlineData(Onset.HoursAfter, "onsetHoursAfter")]
    [InlineData(Onset.NextDayOrLater, "onsetNextDayOrLater")]
    public void Symptoms_Onset_ImpliesItsOnsetFindingOnly(Onset onset, string id)
    {
        var symptoms = Reports.Doms(a => a.Onset = onset).Symptoms;

        symptoms.Where(s => s.Id.StartsWith("onset", StringComparison.Ordinal)).Should().Equal(Symptom.FromId(id));
    }

    [Theory]
    [InlineData(PainCharacter.DullAche, "dullAche")]
    [InlineData(PainCharacter.Sharp, "sharpPain")]
    [InlineData(PainCharacter.Shooting, "shootingPain")]
    public void Symptoms_Character_ImpliesItsCharacterFindingOnly(PainCharacter character, string id)
    {
        Symptom[] characters = [Symptom.DullAche, Symptom.SharpPain, Symptom.ShootingPain];

        var symptoms = Reports.Doms(a => a.Character = character).Symptoms;

        symptoms.Where(characters.Contains).Should().Equal(Symptom.FromId(id));
    }

    [Theory]
    [InlineData("squat")]
    [InlineData("frontSquat")]
    [InlineData("deadlift")]
    [InlineData("romanianDeadlift")]
    public void Symptoms_ASquatOrDeadlift_ImpliesSquatOrDeadliftAndLifting(string id)
    {
        var symptoms = Reports.PulledMuscle(a => a.Exercises = [Exercise.Plank, Exercise.FromId(id)]).Symptoms;

        symptoms.Should().Contain([Symptom.SquatOrDeadlift, Symptom.LiftingOrRunning]);
    }

    [Theory]
    [InlineData("running")]
    [InlineData("benchPress")]
    [InlineData("bicepsCurl")]
    public void Symptoms_LiftingOrRunningButNoSquatOrDeadlift_ImpliesOnlyLiftingOrRunning(string id)
    {
        var symptoms = Reports.PulledMuscle(a => a.Exercises = [Exercise.FromId(id)]).Symptoms;

        symptoms.Should().Contain(Symptom.LiftingOrRunning).And.NotContain(Symptom.SquatOrDeadlift);
    }

    [Fact]
    public void Symptoms_OnlyPlanksAndCrunches_ImplyNeitherLiftingNorRunning()
    {
        var symptoms = Reports.PulledMuscle(a => a.Exercises = [Exercise.Plank, Exercise.Crunch]).Symptoms;

        symptoms.Should().NotContain([Symptom.LiftingOrRunning, Symptom.SquatOrDeadlift]);
    }

    [Theory]
    [InlineData("cycling")]
    [InlineData("swimming")]
    public void Symptoms_OnlyCardioThatIsNeitherLiftingNorRunning_ImpliesNeither(string id)
    {
        Reports.PulledMuscle(a => a.Exercises = [Exercise.FromId(id)]).Symptoms.Should().NotContain(Symptom.LiftingOrRunning);
    }

    [Fact]
    public void Symptoms_OnlyTheRowingMachine_ImpliesNeitherLiftingNorRunning()
    {
        Reports.PulledMuscle(a => a.Exercises = [Exercise.RowingMachine]).Symptoms.Should().NotContain(Symptom.LiftingOrRunning);
    }

    [Fact]
    public void Symptoms_Doms_AreTheFindingsOfItsStory()
    {
        Reports.Doms().Symptoms.Should().Contain(
            [Symptom.OnsetNextDayOrLater, Symptom.DullAche, Symptom.MildPain, Symptom.MusclesTight, Symptom.PainOnBothSides, Symptom.HardOrUnaccustomedWorkout, Symptom.SquatOrDeadlift])
            .And.NotContain(s => s.IsRedFlag);
    }

    [Fact]
    public void Symptoms_SlippedDisc_AreTheFindingsOfItsStory()
    {
        Reports.SlippedDisc().Symptoms.Should().Contain(
            [Symptom.OnsetDuringWorkout, Symptom.SharpPain, Symptom.ModeratePain, Symptom.SuddenJerk, Symptom.HardToStandUp, Symptom.PainDownOneLeg, Symptom.SquatOrDeadlift]);
    }

    [Fact]
    public void Symptoms_CaudaEquina_HoldItsThreeEmergencyFlags()
    {
        Reports.CaudaEquina().Symptoms.Where(s => s.RedFlagLevel == TriageLevel.Emergency)
            .Should().Equal(Symptom.NumbnessBothLegs, Symptom.SaddleNumbness, Symptom.BladderProblems);
    }

    // ----- The answers a report keeps -----

    [Fact]
    public void Build_AreaAndLegsUnanswered_AreTheLowerBackAndNoLegSymptoms()
    {
        var report = Reports.WithSeverity(4);

        report.Area.Should().Be(BackArea.LowerBack);
        report.Legs.Should().Be(LegSymptoms.None);
        report.Exercises.Should().BeEmpty();
        report.RedFlags.Should().BeEmpty();
        report.Onset.Should().BeNull();
        report.Character.Should().BeNull();
        report.PainDurationDays.Should().BeNull();
        report.Trend.Should().BeNull();
        report.Age.Should().BeNull();
    }

    [Fact]
    public void Build_RepeatedExercises_AreListedOnceInFirstOrder()
    {
        Reports.Doms(a => a.Exercises = [Exercise.Lunge, Exercise.Squat, Exercise.Lunge])
            .Exercises.Should().Equal(Exercise.Lunge, Exercise.Squat);
    }

    [Fact]
    public void Build_RedFlagsInAnyOrderWithRepeats_AreListedOnceInCatalogueOrder()
    {
        Reports.Doms(a => a.RedFlags = [Symptom.Fever, Symptom.SaddleNumbness, Symptom.Fever])
            .RedFlags.Should().Equal(Symptom.SaddleNumbness, Symptom.Fever);
    }

    [Fact]
    public void Build_ChangingTheAnswersAfterwards_DoesNotChangeTheReport()
    {
        var answers = Reports.DomsAnswers();
        var report = answers.Build();

        answers.Severity = 9;
        answers.Exercises.Add(Exercise.Deadlift);
        answers.RedFlags.Add(Symptom.Fever);

        report.Severity.Should().Be(3);
        report.Exercises.Should().Equal(Exercise.Deadlift, Exercise.Squat, Exercise.Lunge);
        report.RedFlags.Should().BeEmpty();
        report.Symptoms.Should().NotContain([Symptom.Fever, Symptom.SeverePain]);
    }

    [Fact]
    public void ToBuilder_ThenBuild_GivesAnEqualReport()
    {
        var report = Reports.SlippedDisc(a => a.RedFlags = [Symptom.LegWeakness]);

        var again = report.ToBuilder().Build();

        again.Should().Be(report);
        again.GetHashCode().Should().Be(report.GetHashCode());
    }

    [Fact]
    public void ToBuilder_ChangingOneAnswer_GivesADifferentReportAndLeavesTheOriginal()
    {
        var report = Reports.PulledMuscle();
        var answers = report.ToBuilder();
        answers.Severity = 8;

        var changed = answers.Build();

        changed.Should().NotBe(report);
        report.Severity.Should().Be(5);
        changed.Symptoms.Should().Contain(Symptom.SeverePain);
    }

    [Fact]
    public void Create_IsTheSameAsBuild()
    {
        SymptomReport.Create(Reports.DomsAnswers()).Should().Be(Reports.DomsAnswers().Build());
    }

    // ----- Validation (domain.md §2): every problem, each with its field path -----

    [Fact]
    public void Validate_SeverityEleven_NamesSeverityAndItsRange()
    {
        var result = new SymptomReportBuilder { Severity = 11 }.Validate();

        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle().Which.Path.Should().Be("severity");
        result.Errors[0].Message.Should().Contain("0").And.Contain("10").And.Contain("11");
    }

    [Fact]
    public void Validate_SeverityMinusOne_NamesSeverity()
    {
        new SymptomReportBuilder { Severity = -1 }.Validate().Errors.Should().ContainSingle().Which.Path.Should().Be("severity");
    }

    [Fact]
    public void Validate_SeverityMissing_NamesSeverityAsRequired()
    {
        var result = new SymptomReportBuilder().Validate();

        result.Errors.Should().ContainSingle().Which.Path.Should().Be("severity");
        result.Errors[0].Message.Should().ContainEquivalentOf("required");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10)]
    public void Validate_SeverityAtTheEndsOfTheRange_IsValid(int severity)
    {
        new SymptomReportBuilder { Severity = severity }.Validate().Should().Be(ValidationResult.Valid);
    }

    [Fact]
    public void Validate_SeverityZeroWithAPainCharacter_NamesCharacterAsAContradiction()
    {
        var result = Reports.NoPainAnswers().Also(a => a.Character = PainCharacter.Sharp).Validate();

        result.Errors.Should().ContainSingle().Which.Path.Should().Be("character");
    }

    [Fact]
    public void Validate_NegativePainDuration_NamesPainDurationDays()
    {
        var result = Reports.DomsAnswers().Also(a => a.PainDurationDays = -1).Validate();

        result.Errors.Should().ContainSingle().Which.Path.Should().Be("painDurationDays");
    }

    [Fact]
    public void Validate_PainDurationOverTenYears_NamesPainDurationDays()
    {
        var result = Reports.DomsAnswers().Also(a => a.PainDurationDays = 3651).Validate();

        result.Errors.Should().ContainSingle().Which.Path.Should().Be("painDurationDays");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3650)]
    public void Validate_PainDurationAtTheEndsOfTheRange_IsValid(int days)
    {
        Reports.DomsAnswers().Also(a => a.PainDurationDays = days).Validate().IsValid.Should().BeTrue();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(131)]
    public void Validate_AgeOutsideZeroTo130_NamesAgeAndItsRange(int age)
    {
        var result = Reports.DomsAnswers().Also(a => a.Age = age).Validate();

        result.Errors.Should().ContainSingle().Which.Path.Should().Be("age");
        result.Errors[0].Message.Should().Contain("0").And.Contain("130");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(130)]
    public void Validate_AgeAtTheEndsOfTheRange_IsValid(int age)
    {
        Reports.DomsAnswers().Also(a => a.Age = age).Validate().IsValid.Should().BeTrue();
    }

    [Fact]
    public void Validate_UndefinedOnset_NamesOnsetAndTheAllowedValues()
    {
        var result = Reports.DomsAnswers().Also(a => a.Onset = (Onset)3).Validate();

        result.Errors.Should().ContainSingle().Which.Path.Should().Be("onset");
        foreach (var name in Enum.GetNames<Onset>())
        {
            result.Errors[0].Message.Should().ContainEquivalentOf(name);
        }
    }

    [Fact]
    public void Validate_UndefinedValueOfEveryEnum_NamesEachField()
    {
        var answers = Reports.DomsAnswers();
        answers.Onset = (Onset)(-1);
        answers.Character = (PainCharacter)7;
        answers.Area = (BackArea)3;
        answers.Legs = (LegSymptoms)99;
        answers.Trend = (Trend)int.MinValue;

        answers.Validate().Errors.Select(e => e.Path).Should().BeEquivalentTo(["onset", "character", "area", "legs", "trend"]);
    }

    [Fact]
    public void Validate_AFindingThatIsNoRedFlagQuestion_NamesItsIndexAndTheAllowedQuestions()
    {
        var result = Reports.DomsAnswers().Also(a => a.RedFlags = [Symptom.Fever, Symptom.SeverePain]).Validate();

        var error = result.Errors.Should().ContainSingle().Which;
        error.Path.Should().Be("redFlags[1]");
        error.Message.Should().Contain("severePain");
        foreach (var question in DomainSpec.RedFlagQuestionIds)
        {
            error.Message.Should().Contain(question);
        }
    }

    [Fact]
    public void Validate_NullRedFlag_NamesItsIndex()
    {
        Reports.DomsAnswers().Also(a => a.RedFlags = [null!]).Validate()
            .Errors.Should().ContainSingle().Which.Path.Should().Be("redFlags[0]");
    }

    [Fact]
    public void Validate_NullExercise_NamesItsIndex()
    {
        Reports.DomsAnswers().Also(a => a.Exercises = [Exercise.Squat, null!, Exercise.Lunge]).Validate()
            .Errors.Should().ContainSingle().Which.Path.Should().Be("exercises[1]");
    }

    [Fact]
    public void Validate_NullLists_NameTheLists()
    {
        var result = Reports.DomsAnswers().Also(a => (a.Exercises, a.RedFlags) = (null!, null!)).Validate();

        result.Errors.Select(e => e.Path).Should().BeEquivalentTo(["exercises", "redFlags"]);
    }

    [Fact]
    public void Validate_OneHundredExercises_IsValid_ButOneHundredAndOneNamesExercises()
    {
        var hundred = Enumerable.Range(0, 100).Select(i => Exercise.All[i % Exercise.All.Count]).ToList();

        Reports.DomsAnswers().Also(a => a.Exercises = hundred).Validate().IsValid.Should().BeTrue();
        Reports.DomsAnswers().Also(a => a.Exercises = [.. hundred, Exercise.Squat]).Validate()
            .Errors.Should().ContainSingle().Which.Path.Should().Be("exercises");
    }

    [Fact]
    public void Validate_ThreeBadFields_ListsAllThree()
    {
        var answers = Reports.DomsAnswers().Also(a => (a.Severity, a.PainDurationDays, a.Age) = (11, -2, 200));

        answers.Validate().Errors.Select(e => e.Path).Should().BeEquivalentTo(["severity", "painDurationDays", "age"]);
    }

    [Fact]
    public void Validate_OneProblemOfEachKind_GivesEachItsCodeAndTheValueGiven()
    {
        var answers = new SymptomReportBuilder
        {
            Severity = 0,
            Onset = (Onset)9,
            Character = PainCharacter.Sharp,
            Exercises = [.. Enumerable.Repeat(Exercise.Squat, SymptomReport.MaxExercises + 1)],
            RedFlags = [Symptom.SharpPain],
            Age = 200,
        };

        answers.Validate().Errors.Select(e => (e.Path, e.Code, e.AttemptedValue)).Should().Equal(
            ("onset", ValidationCode.UnknownId, (Onset)9),
            ("character", ValidationCode.Contradiction, PainCharacter.Sharp),
            ("exercises", ValidationCode.TooMany, SymptomReport.MaxExercises + 1),
            ("redFlags[0]", ValidationCode.NotAllowed, Symptom.SharpPain),
            ("age", ValidationCode.OutOfRange, 200));
    }

    [Fact]
    public void Validate_NoSeverity_IsRequiredWithNoValue()
        => new SymptomReportBuilder().Validate().Errors.Should().ContainSingle()
            .Which.Should().Be(new ValidationError("severity", ValidationCode.Required, "is required."));

    [Fact]
    public void Build_ThreeBadFields_ThrowsOneExceptionListingAllThree()
    {
        var answers = Reports.DomsAnswers().Also(a => (a.Severity, a.PainDurationDays, a.Age) = (11, -2, 200));

        var act = () => answers.Build();

        var thrown = act.Should().ThrowExactly<BackPainValidationException>().Which;
        thrown.Errors.Select(e => e.Path).Should().BeEquivalentTo(["severity", "painDurationDays", "age"]);
        thrown.Message.Should().Contain("severity").And.Contain("painDurationDays").And.Contain("age");
    }

    [Fact]
    public void Validate_ValidAnswers_IsTheValidResult()
    {
        var result = Reports.SlippedDiscAnswers().Validate();

        result.IsValid.Should().BeTrue();
        result.Errors.Should().BeEmpty();
    }

    [Fact]
    public void Validate_OnTheBuilder_IsSymptomReportValidate()
    {
        var answers = Reports.DomsAnswers().Also(a => (a.Severity, a.Age) = (12, -3));

        answers.Validate().Should().Be(SymptomReport.Validate(answers));
    }

    [Fact]
    public void ValidateAndCreate_NullAnswers_ThrowArgumentNullException()
    {
        ((Action)(() => SymptomReport.Validate(null!))).Should().ThrowExactly<ArgumentNullException>();
        ((Action)(() => SymptomReport.Create(null!))).Should().ThrowExactly<ArgumentNullException>();
    }

    // ----- Properties over generated answers -----

    [Fact]
    public void Build_AnyValidAnswers_BuildsAReportThatKeepsThem()
    {
        Generators.ValidAnswers.Sample(answers =>
        {
            answers.Validate().IsValid.Should().BeTrue();
            var report = answers.Build();
            return report.Severity == answers.Severity
                && report.Onset == answers.Onset
                && report.Character == answers.Character
                && report.Area == (answers.Area ?? BackArea.LowerBack)
                && report.Legs == (answers.Legs ?? LegSymptoms.None)
                && report.PopHeard == answers.PopHeard
                && report.UnableToStandOrWalk == answers.UnableToStandOrWalk
                && report.HardToStandUp == (answers.HardToStandUp || answers.UnableToStandOrWalk)
                && report.SuddenJerk == answers.SuddenJerk
                && report.PostureBrokeDown == answers.PostureBrokeDown
                && report.MusclesTight == answers.MusclesTight
                && report.RecursAfterSessions == answers.RecursAfterSessions
                && report.PainOnBothSides == answers.PainOnBothSides
                && report.HardOrUnaccustomedWorkout == answers.HardOrUnaccustomedWorkout
                && report.Exercises.SequenceEqual(answers.Exercises.Distinct())
                && report.PainDurationDays == answers.PainDurationDays
                && report.Trend == answers.Trend
                && report.RedFlags.ToHashSet().SetEquals(answers.RedFlags)
                && report.RedFlags.Count == answers.RedFlags.Distinct().Count()
                && report.Age == answers.Age;
        }, iter: Generators.Iterations, print: Generators.Describe);
    }

    [Fact]
    public void Build_AnyAnswersWithBadFields_ThrowsOneExceptionNamingExactlyThoseFields()
    {
        Generators.InvalidAnswers.Sample(bad =>
        {
            var expected = bad.BadPaths.Order(StringComparer.Ordinal).ToList();
            var result = bad.Answers.Validate();
            var named = result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal).ToList();
            if (result.IsValid || !named.SequenceEqual(expected))
            {
                named.Should().Equal(expected, "validation names every bad field once and nothing else");
            }

            try
            {
                bad.Answers.Build();
            }
            catch (BackPainValidationException thrown) when (thrown.Errors.SequenceEqual(result.Errors))
            {
                return;
            }

            ((Action)(() => bad.Answers.Build())).Should().ThrowExactly<BackPainValidationException>()
                .Which.Errors.Should().Equal(result.Errors);
        }, iter: Generators.Iterations);
    }

    [Fact]
    public void Equality_TwoReportsBuiltFromTheSameAnswers_AreEqualWithEqualHashCodes()
    {
        Generators.ValidAnswers.Sample(answers =>
        {
            var one = answers.Build();
            var other = Generators.Copy(answers).Build();
            return one.Equals(other) && other.Equals(one) && one == other && one.GetHashCode() == other.GetHashCode();
        }, iter: Generators.Iterations, print: Generators.Describe);
    }

    [Fact]
    public void Equality_ReportsBuiltFromAnswersThatMeanTheSame_AreEqualWithEqualHashCodes()
    {
        Generators.EquivalentAnswers.Sample(pair =>
        {
            var one = pair.Answers.Build();
            var other = pair.SameMeaning.Build();
            return one == other && one.GetHashCode() == other.GetHashCode();
        }, iter: Generators.Iterations, print: pair => Generators.Describe(pair.Answers) + " / " + Generators.Describe(pair.SameMeaning));
    }

    [Fact]
    public void ToBuilder_ThenBuild_OfAnyReport_GivesAnEqualReport()
    {
        Generators.ValidAnswers.Sample(answers =>
        {
            var report = answers.Build();
            var again = report.ToBuilder().Build();
            return again == report && again.GetHashCode() == report.GetHashCode();
        }, iter: Generators.Iterations, print: Generators.Describe);
    }

    [Fact]
    public void Equality_ReportsWhoseAnswersDifferInOneField_AreNotEqual()
    {
        Gen.Select(Generators.ValidAnswers, Gen.Int[0, 6]).Sample((answers, field) =>
        {
            var report = answers.Build();
            var changed = Generators.Copy(answers);
            switch (field)
            {
                case 0:
                    changed.Severity = answers.Severity == 10 ? 9 : answers.Severity + 1;
                    break;
                case 1:
                    changed.PopHeard = !answers.PopHeard;
                    break;
                case 2:
                    changed.SuddenJerk = !answers.SuddenJerk;
                    break;
                case 3:
                    changed.Age = answers.Age is null ? 40 : null;
                    break;
                case 4:
                    changed.Exercises.Add(Exercise.Custom("Something new", true, MuscleGroup.Calves));
                    break;
                case 5:
                    changed.Trend = answers.Trend == Trend.Worse ? Trend.Better : Trend.Worse;
                    break;
                default:
                    changed.RedFlags.Add(DomainSpec.RedFlagQuestionIds.Select(Symptom.FromId).First(q => !answers.RedFlags.Contains(q)));
                    break;
            }

            return changed.Build() != report;
        }, iter: Generators.Iterations);
    }

    [Fact]
    public void Symptoms_OfAnyValidAnswers_FollowTheRulesOfTheSpec()
    {
        Generators.ValidAnswers.Sample(answers =>
        {
            var s = answers.Build().Symptoms;
            var severity = answers.Severity!.Value;
            var weekOrMore = answers.PainDurationDays >= 7;

            s.Contains(Symptom.SeverePain).Should().Be(severity >= 7, "severe pain is 7+ of 10");
            new[] { Symptom.MildPain, Symptom.ModeratePain, Symptom.SeverePain }.Count(s.Contains).Should().Be(severity == 0 ? 0 : 1);
            s.Contains(Symptom.PopWithSeverePain).Should().Be(answers.PopHeard && severity >= 7);
            s.Contains(Symptom.NumbnessBothLegs).Should().Be(answers.Legs == LegSymptoms.BothLegs);
            s.Contains(Symptom.PainDownOneLeg).Should().Be(answers.Legs == LegSymptoms.OneLeg);
            s.Contains(Symptom.AgeUnder20OrOver50).Should().Be(answers.Age is < 20 or > 50);
            s.Contains(Symptom.UnableToStandOrWalk).Should().Be(answers.UnableToStandOrWalk);
            s.Contains(Symptom.HardToStandUp).Should().Be(answers.HardToStandUp || answers.UnableToStandOrWalk);
            s.Contains(Symptom.LastedOverAWeek).Should().Be(weekOrMore);
            if (!weekOrMore || answers.Trend == Trend.Better)
            {
                s.Contains(Symptom.NotBetterAfterAWeek).Should().BeFalse();
            }
            else if (answers.Trend is Trend.Same or Trend.Worse)
            {
                s.Contains(Symptom.NotBetterAfterAWeek).Should().BeTrue();
            }

            s.Contains(Symptom.GettingWorse).Should().Be(answers.Trend == Trend.Worse);
            s.Contains(Symptom.GettingBetter).Should().Be(answers.Trend == Trend.Better);
            s.Contains(Symptom.OnsetDuringWorkout).Should().Be(answers.Onset == Onset.DuringWorkout);
            s.Contains(Symptom.OnsetHoursAfter).Should().Be(answers.Onset == Onset.HoursAfter);
            s.Contains(Symptom.OnsetNextDayOrLater).Should().Be(answers.Onset == Onset.NextDayOrLater);
            s.Contains(Symptom.DullAche).Should().Be(answers.Character == PainCharacter.DullAche);
            s.Contains(Symptom.SharpPain).Should().Be(answers.Character == PainCharacter.Sharp);
            s.Contains(Symptom.ShootingPain).Should().Be(answers.Character == PainCharacter.Shooting);
            s.Contains(Symptom.PopHeard).Should().Be(answers.PopHeard);
            s.Contains(Symptom.SuddenJerk).Should().Be(answers.SuddenJerk);
            s.Contains(Symptom.PostureBrokeDown).Should().Be(answers.PostureBrokeDown);
            s.Contains(Symptom.MusclesTight).Should().Be(answers.MusclesTight);
            s.Contains(Symptom.RecursAfterSessions).Should().Be(answers.RecursAfterSessions);
            s.Contains(Symptom.PainOnBothSides).Should().Be(answers.PainOnBothSides);
            s.Contains(Symptom.HardOrUnaccustomedWorkout).Should().Be(answers.HardOrUnaccustomedWorkout);
            s.Contains(Symptom.SquatOrDeadlift).Should().Be(answers.Exercises.Any(IsSquatOrDeadlift));
            foreach (var question in DomainSpec.RedFlagQuestionIds.Select(Symptom.FromId))
            {
                s.Contains(question).Should().Be(answers.RedFlags.Contains(question), "{0} is answered by listing it", question.Id);
            }
        }, iter: Generators.Iterations, print: Generators.Describe);
    }

    private static bool IsSquatOrDeadlift(Exercise exercise)
        => !exercise.IsCustom
           && (exercise.Id.Contains("squat", StringComparison.OrdinalIgnoreCase) || exercise.Id.Contains("deadlift", StringComparison.OrdinalIgnoreCase));
}
