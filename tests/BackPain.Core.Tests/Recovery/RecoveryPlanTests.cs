using BackPain.Core.Rules;
using static BackPain.Core.Tests.Support.PlanExamples;
using static BackPain.Core.Tests.Support.Reports;

namespace BackPain.Core.Tests.Recovery;

/// <summary>
/// A recovery plan's check-ins (domain.md §6: a check-in updates the plan from its date on and keeps the past; worse
/// pain raises triage to at least see-a-doctor) and its questions: the day plans, MayTrain, MayDoCoreWork, Evaluate,
/// EarliestTrainingDate and Readiness.
/// </summary>
public class RecoveryPlanTests
{
    // ------------------------------------------------------------------------------------------------ check-in dates

    [Theory]
    [InlineData(0)]
    [InlineData(-30)]
    [InlineData(29)]
    [InlineData(400)]
    public void CheckIn_OutsideThePlan_IsRejectedNamingDate(int day)
    {
        var plan = Plan(PulledMuscle(), length: 28);

        var act = () => plan.CheckIn(CheckIn(day, pain: 3));

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Select(e => (e.Path, e.Code, e.AttemptedValue)).Should().Equal(("date", ValidationCode.OutOfRange, Day(day)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(28)]
    public void CheckIn_OnTheFirstOrLastDayOfThePlan_IsAccepted(int day)
    {
        var plan = Plan(PulledMuscle(), length: 28).CheckIn(CheckIn(day, pain: 3));

        plan.CheckInReports.Should().ContainSingle().Which.Date.Should().Be(Day(day));
    }

    [Fact]
    public void CheckIn_EarlierThanThePreviousOne_IsRejectedNamingDate()
    {
        var plan = Plan(PulledMuscle()).CheckIn(CheckIn(10, pain: 3));

        var act = () => plan.CheckIn(CheckIn(9, pain: 2));

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Select(e => (e.Path, e.Code)).Should().Equal(("date", ValidationCode.OutOfOrder));
    }

    [Fact]
    public void CheckIn_OnTheSameDayAsThePreviousOne_IsAccepted()
    {
        var plan = Plan(PulledMuscle()).With(CheckIn(10, pain: 3), CheckIn(10, pain: 2, Trend.Better));

        plan.CheckInReports.Select(c => c.Date).Should().Equal(Day(10), Day(10));
    }

    [Fact]
    public void CheckIn_OutsideThePlan_SaysItIsTheCheckInAndNamesTheFirstAndLastDayOfThePlan()
    {
        var plan = Plan(PulledMuscle(), length: 28);

        var act = () => plan.CheckIn(CheckIn(29, pain: 3));

        var exception = act.Should().ThrowExactly<BackPainValidationException>().Which;
        exception.Message.Should().Contain("check-in");
        exception.Errors.Should().ContainSingle().Which.Message.Should().Contain("2026-03-02").And.Contain("2026-03-29").And.Contain("2026-03-30");
    }

    [Fact]
    public void CheckIn_EarlierThanThePreviousOne_NamesTheDateOfThePreviousOne()
    {
        var plan = Plan(PulledMuscle()).CheckIn(CheckIn(10, pain: 3));

        var act = () => plan.CheckIn(CheckIn(9, pain: 2));

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Should().ContainSingle()
            .Which.Message.Should().Contain("2026-03-11").And.Contain("2026-03-10");
    }

    [Fact]
    public void CheckIn_Null_Throws()
    {
        var plan = Plan(PulledMuscle());

        plan.Invoking(p => p.CheckIn(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void CheckIn_RecordsTheCheckInsOldestFirst()
    {
        var first = CheckIn(2, pain: 4);
        var second = CheckIn(7, pain: 2, Trend.Better);

        var plan = Plan(PulledMuscle()).With(first, second);

        plan.CheckInReports.Should().Equal(first, second);
    }

    [Fact]
    public void CheckIn_LeavesTheOriginalPlanAsItWas()
    {
        var original = Plan(PulledMuscle());

        _ = original.CheckIn(CheckIn(8, pain: 0, Trend.Better));

        original.CheckInReports.Should().BeEmpty();
        original.CoreWorkAllowedFrom.IsKnown.Should().BeFalse();
        original.Should().Be(Plan(PulledMuscle()));
    }

    // ------------------------------------------------------------------------------------------------ triage

    [Fact]
    public void CheckIn_WorsePain_RaisesTriageToSeeDoctor()
    {
        var plan = Plan(PulledMuscle());
        plan.HighestTriage.Should().Be(TriageLevel.SelfCare, "the story has no red flag");

        var worse = plan.CheckIn(CheckIn(7, pain: 6, Trend.Worse));

        worse.HighestTriage.Should().Be(TriageLevel.SeeDoctor);
        worse.DayPlan(7).Planned.Should().Contain(e => e.Kind == PlanEntryKind.SeeClinician);
    }

    [Fact]
    public void CheckIn_BetterAfterWorse_KeepsSeeDoctor()
    {
        var plan = Plan(PulledMuscle()).With(CheckIn(2, pain: 6, Trend.Worse), CheckIn(7, pain: 1, Trend.Better));

        plan.HighestTriage.Should().Be(TriageLevel.SeeDoctor);
    }

    [Fact]
    public void CheckIn_WorsePainWhenAlreadyUrgent_NeverLowersTriage()
    {
        var plan = Plan(Fever()).CheckIn(CheckIn(2, pain: 6, Trend.Worse));

        plan.HighestTriage.Should().Be(TriageLevel.SeeDoctorUrgently);
    }

    [Fact]
    public void CheckIn_PainFreeAndCleared_NeverLowersTriage()
    {
        var plan = Plan(SlippedDisc(), length: 60).CheckIn(CheckIn(50, pain: 0, Trend.Better, cleared: true));

        plan.HighestTriage.Should().Be(TriageLevel.SeeDoctor);
    }

    [Fact]
    public void CheckIn_PainNotBetterAfterAWeekOfSelfCare_RaisesTriageToSeeDoctor()
    {
        // domain.md §4: pain not better after 1 week of self-care. Day 8 is Start + 7, a full week after the start.
        var plan = Plan(PulledMuscle()).CheckIn(CheckIn(8, pain: 5, Trend.Same));

        plan.HighestTriage.Should().Be(TriageLevel.SeeDoctor);
        plan.DayPlan(8).Planned.Should().Contain(e => e.Kind == PlanEntryKind.SeeClinician);
    }

    [Theory]
    [InlineData(7, 5, Trend.Same)] // not yet a full week of self-care
    [InlineData(8, 5, Trend.Better)] // getting better
    [InlineData(8, 0, Trend.Same)] // the pain is gone
    public void CheckIn_PainGoneGettingBetterOrWithinTheFirstWeek_KeepsSelfCare(int day, int pain, Trend trend)
    {
        var plan = Plan(PulledMuscleFromDeadlift()).CheckIn(CheckIn(day, pain, trend));

        plan.HighestTriage.Should().Be(TriageLevel.SelfCare);
    }

    // ------------------------------------------------------------------------------------------------ new red flags

    [Fact]
    public void CheckIn_NewUrgentRedFlag_SuspendsTrainingFromThatDate()
    {
        var plan = Plan(NoPain()).CheckIn(CheckIn(5, pain: 4, Trend.Worse, newSymptoms: Symptom.Fever));

        plan.HighestTriage.Should().Be(TriageLevel.SeeDoctorUrgently);
        DayRange(1, 4).Should().OnlyContain(d => plan.Day(d).TrainableMuscles.Count == MuscleGroup.All.Count, "the past is kept");
        foreach (var date in DayRange(5, 28))
        {
            var day = plan.Day(date);
            day.TrainableMuscles.Should().BeEmpty();
            day.HasCoreWork.Should().BeFalse();
            day.Blocked.Should().Contain(e => e.Kind == PlanEntryKind.SuspendAllTraining);
        }

        plan.DayPlan(5).Planned.Should().Contain(e => e.Kind == PlanEntryKind.SeeClinician);
        plan.EarliestTrainingDate(MuscleGroup.Chest).Condition.Should().Be(OpenCondition.ClinicianClearance);
    }

    [Fact]
    public void CheckIn_NewEmergencyRedFlag_RaisesTriageToEmergencyAndSuspendsTraining()
    {
        var plan = Plan(PoorCoreStrength()).CheckIn(CheckIn(3, pain: 7, Trend.Worse, newSymptoms: Symptom.BladderProblems));

        plan.HighestTriage.Should().Be(TriageLevel.Emergency);
        DayRange(3, 28).Should().OnlyContain(d => plan.Day(d).TrainableMuscles.Count == 0 && !plan.Day(d).HasCoreWork);
    }

    [Fact]
    public void CheckIn_NewUrgentRedFlagWithClearanceAtTheSameCheckIn_StaysSuspended()
    {
        var plan = Plan(NoPain()).CheckIn(CheckIn(5, pain: 4, Trend.Same, cleared: true, Symptom.Fever));

        DayRange(5, 28).Should().OnlyContain(d => plan.Day(d).TrainableMuscles.Count == 0, "the new red flag still needs a clinician");
    }

    [Fact]
    public void CheckIn_ClearanceAfterANewUrgentRedFlag_LiftsTheSuspensionFromThatDate()
    {
        var plan = Plan(NoPain()).With(CheckIn(5, pain: 4, newSymptoms: Symptom.Fever), CheckIn(9, pain: 1, Trend.Better, cleared: true));

        DayRange(5, 8).Should().OnlyContain(d => plan.Day(d).TrainableMuscles.Count == 0);
        DayRange(9, 28).Should().OnlyContain(d => plan.Day(d).TrainableMuscles.Count == MuscleGroup.All.Count);
        plan.HighestTriage.Should().Be(TriageLevel.SeeDoctorUrgently, "a clearance never lowers triage");
    }

    [Fact]
    public void CheckIn_NewRedFlagBelowUrgent_RaisesTriageWithoutSuspendingTraining()
    {
        var plan = Plan(NoPain()).CheckIn(CheckIn(5, pain: 8, Trend.Same));

        plan.HighestTriage.Should().Be(TriageLevel.SeeDoctor);
        plan.DayPlan(6).TrainableMuscles.Should().HaveCount(MuscleGroup.All.Count);
    }

    [Fact]
    public void CheckIn_PainAgainAfterHealing_OpensANewEpisodeWhoseMinimumCountsFromThatDate()
    {
        // §6b.2: pain after healing opens a new episode from its date; the seven-day minimum counts again from it.
        var plan = Plan(PulledMuscle()).With(CheckIn(8, pain: 0, Trend.Better), CheckIn(12, pain: 3, Trend.Worse));

        DayRange(8, 11).Should().OnlyContain(d => plan.Day(d).Blocked.All(e => e.Kind != PlanEntryKind.NoCoreWork), "healed from day 8 to 11");
        plan.DayPlan(8).HasCoreWork.Should().BeTrue();
        DayRange(12, 28).Should().OnlyContain(d => !plan.MayDoCoreWork(d).IsAllowed && !plan.Day(d).HasCoreWork);
        plan.CoreWorkAllowedFrom.IsKnown.Should().BeFalse();
        plan.CoreWorkAllowedFrom.NotBefore.Should().Be(Day(12).AddDays(7));
    }

    // ------------------------------------------------------------------------------------------------ the past is kept

    [Fact]
    public void CheckIn_ThatChangesNothingYet_KeepsTheDaysBeforeItEqual()
    {
        var before = Plan(PulledMuscle(), TrainingHistory.Of(Session(0, 9, Exercise.BenchPress)));

        var after = before.CheckIn(CheckIn(5, pain: 3, Trend.Same));

        after.Days.Take(4).Should().Equal(before.Days.Take(4));
    }

    [Fact]
    public void CheckIn_WithNewRedFlag_KeepsTheDaysBeforeItEqual()
    {
        var before = Plan(PoorCoreStrength());

        var after = before.CheckIn(CheckIn(5, pain: 3, Trend.Worse, newSymptoms: Symptom.Fever));

        after.Days.Take(4).Should().Equal(before.Days.Take(4));
    }

    [Fact]
    public void CheckIn_ThatHealsAnInjury_KeepsWhatTheDaysBeforeItPlanAndAllow()
    {
        var before = Plan(PulledMuscle());

        var after = before.CheckIn(CheckIn(8, pain: 0, Trend.Better));

        for (var n = 0; n < 7; n++)
        {
            after.Days[n].Planned.Should().Equal(before.Days[n].Planned);
            after.Days[n].TrainableMuscles.Should().Equal(before.Days[n].TrainableMuscles);
            after.Days[n].Blocked.Select(e => (e.Kind, e.RuleId)).Should().Equal(before.Days[n].Blocked.Select(e => (e.Kind, e.RuleId)));
        }
    }

    [Fact]
    public void CheckIn_ThatHealsAnInjury_KeepsTheDaysBeforeItEqual()
    {
        var before = Plan(PulledMuscle());

        var after = before.CheckIn(CheckIn(8, pain: 0, Trend.Better));

        after.Days.Take(7).Should().Equal(before.Days.Take(7));
    }

    [Fact]
    public void CheckIn_ThatLiftsASuspension_KeepsTheDaysBeforeItEqual()
    {
        var before = Plan(Fever());

        var after = before.CheckIn(CheckIn(4, pain: 2, Trend.Better, cleared: true));

        after.Days.Take(3).Should().Equal(before.Days.Take(3));
    }

    // ------------------------------------------------------------------------------------------------ questions

    [Theory]
    [InlineData(0)]
    [InlineData(29)]
    public void Day_OutsideThePlan_ThrowsNamingDate(int day)
    {
        var plan = Plan(NoPain(), length: 28);

        plan.Invoking(p => p.Day(Day(day))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
    }

    [Fact]
    public void Day_GivesTheDayPlanOfThatDate()
    {
        var plan = Plan(NoPain());

        plan.Day(Day(10)).Date.Should().Be(Day(10));
        plan.Day(Day(10)).DayNumber.Should().Be(10);
    }

    [Fact]
    public void Questions_BeforeTheStart_ThrowNamingDate()
    {
        var plan = Plan(NoPain());
        var dayBefore = Day(0);

        plan.Invoking(p => p.MayTrain(MuscleGroup.Chest, dayBefore)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        plan.Invoking(p => p.MayDoCoreWork(dayBefore)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        plan.Invoking(p => p.Readiness(MuscleGroup.Chest, dayBefore)).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
        plan.Invoking(p => p.Evaluate(new Workout(dayBefore, [Exercise.Plank]))).Should().Throw<ArgumentOutOfRangeException>().WithParameterName("date");
    }

    [Fact]
    public void Day_OutsideThePlan_NamesTheFirstAndLastDayOfThePlan()
    {
        var plan = Plan(NoPain(), length: 28);

        plan.Invoking(p => p.Day(Day(29))).Should().Throw<ArgumentOutOfRangeException>()
            .Which.Message.Should().Contain("2026-03-02").And.Contain("2026-03-29");
    }

    [Fact]
    public void Questions_BeforeTheStart_NameTheStartOfThePlan()
    {
        var plan = Plan(NoPain());

        plan.Invoking(p => p.MayTrain(MuscleGroup.Chest, Day(0))).Should().Throw<ArgumentOutOfRangeException>()
            .Which.Message.Should().Contain("2026-03-02");
    }

    [Fact]
    public void Questions_WithNull_Throw()
    {
        var plan = Plan(NoPain());

        plan.Invoking(p => p.MayTrain(null!, Start)).Should().Throw<ArgumentNullException>();
        plan.Invoking(p => p.Readiness(null!, Start)).Should().Throw<ArgumentNullException>();
        plan.Invoking(p => p.EarliestTrainingDate(null!)).Should().Throw<ArgumentNullException>();
        plan.Invoking(p => p.Evaluate(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void MayTrain_AfterThePlanEnds_StillAnswers()
    {
        Plan(LigamentTear(), length: 28).MayTrain(MuscleGroup.Chest, Day(100)).IsAllowed.Should().BeFalse("the tear has not healed");
        Plan(NoPain(), length: 28).MayTrain(MuscleGroup.Chest, Day(100)).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void MayTrain_WhenBlockedByTwoRules_ListsEveryReason()
    {
        // A pulled muscle rests the lower back until healed, and a hard deadlift on day 0 rests it until day 4.
        var plan = Plan(PulledMuscleFromDeadlift(), TrainingHistory.Of(Session(0, 9, Exercise.Deadlift)));

        var decision = plan.MayTrain(MuscleGroup.LowerBack, Day(2));

        decision.IsAllowed.Should().BeFalse();
        decision.Conflicts.Select(c => c.RuleId).Should().BeEquivalentTo(RestrictionRules.RestInjuredMuscles.Id, RecoveryRules.RestLargeAfterHard.Id);
        decision.Conflicts.Should().OnlyContain(c => c.Muscle == MuscleGroup.LowerBack && c.Reason.Length > 0 && c.Source != null);
        decision.Conflicts.Single(c => c.RuleId == RecoveryRules.RestLargeAfterHard.Id).AllowedFrom.Should().Be(Availability.From(Day(4)));
        decision.Conflicts.Single(c => c.RuleId == RestrictionRules.RestInjuredMuscles.Id).AllowedFrom.IsKnown.Should().BeFalse();
    }

    [Fact]
    public void MayTrain_WhenAllowed_HasNoConflict()
    {
        var decision = Plan(PulledMuscle()).MayTrain(MuscleGroup.Biceps, Start);

        decision.IsAllowed.Should().BeTrue();
        decision.Conflicts.Should().BeEmpty();
    }

    [Fact]
    public void Evaluate_ListsOneConflictPerExerciseMuscleAndRule()
    {
        var plan = Plan(NoPain(), TrainingHistory.Of(Session(0, 6, Exercise.BenchPress)));

        var decision = plan.Evaluate(new Workout(Day(1), [Exercise.BenchPress, Exercise.LegCurl]));

        decision.IsAllowed.Should().BeFalse();
        decision.Conflicts.Select(c => (c.Exercise, c.Muscle, c.RuleId, c.AllowedFrom)).Should().BeEquivalentTo(new[]
        {
            (Exercise.BenchPress, MuscleGroup.Chest, RecoveryRules.RestLarge.Id, Availability.From(Day(3))),
            (Exercise.BenchPress, MuscleGroup.Triceps, RecoveryRules.RestSmall.Id, Availability.From(Day(2))),
            (Exercise.BenchPress, MuscleGroup.Shoulders, RecoveryRules.RestSmall.Id, Availability.From(Day(2))),
        });
    }

    [Fact]
    public void Evaluate_WorkoutOfRestedMuscles_IsAllowed()
    {
        var plan = Plan(NoPain(), TrainingHistory.Of(Session(0, 6, Exercise.BenchPress)));

        plan.Evaluate(new Workout(Day(3), [Exercise.BenchPress])).IsAllowed.Should().BeTrue();
        plan.Evaluate(new Workout(Day(1), [Exercise.LegCurl, Exercise.BicepsCurl])).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void Evaluate_CoreExerciseWhileInjured_ConflictsButCoreAsHelperDoesNot()
    {
        // Rule 1 blocks core work: exercises whose primary muscle is the core. A squat only uses the core as a helper.
        var plan = Plan(PulledMuscle());

        // Day 4: the report's deadlift on day 1 no longer rests the legs or the core.
        plan.Evaluate(new Workout(Day(4), [Exercise.Crunch])).Conflicts.Should().ContainSingle(c => c.Kind == PlanEntryKind.NoCoreWork);
        plan.Evaluate(new Workout(Day(4), [Exercise.LegPress])).IsAllowed.Should().BeTrue();
    }

    // ------------------------------------------------------------------------------------------------ readiness

    [Fact]
    public void Readiness_WhenTheMuscleMayBeTrained_Is100()
    {
        var plan = Plan(PulledMuscle());

        foreach (var muscle in MuscleGroup.All.Where(m => m != MuscleGroup.LowerBack && m != MuscleGroup.Core))
        {
            plan.Readiness(muscle, Day(4)).Should().Be(100, $"{muscle} is not blocked once the report's deadlift has been rested");
        }

        plan.Readiness(MuscleGroup.Quadriceps, Day(2)).Should().BeLessThan(100, "the report's deadlift worked the quadriceps on day 1");
    }

    [Fact]
    public void Readiness_UnderAnOpenCondition_Is0()
    {
        var pulled = Plan(PulledMuscle());
        var ligament = Plan(LigamentTear(), length: 60);

        DayRange(1, 28).Should().OnlyContain(d => pulled.Readiness(MuscleGroup.LowerBack, d) == 0 && pulled.Readiness(MuscleGroup.Core, d) == 0);
        MuscleGroup.All.Should().OnlyContain(m => ligament.Readiness(m, Day(50)) == 0);
    }

    [Fact]
    public void Readiness_DuringAKnownRest_IsTheShareOfTheRestAlreadyPassed()
    {
        // Documented: 100 × (date − from) / (until − from), rounded down, where the rest runs from the session's day.
        var plan = Plan(NoPain(), TrainingHistory.Of(Session(0, 9, Exercise.Deadlift), Session(0, 6, Exercise.BenchPress), Session(0, 5, Exercise.BicepsCurl)));

        // Hamstrings: hard session on day 0, may be trained from day 4, a rest of four days.
        Enumerable.Range(1, 4).Select(n => plan.Readiness(MuscleGroup.Hamstrings, Day(n))).Should().Equal(25, 50, 75, 100);

        // Chest: RPE 6 on day 0, may be trained from day 3, a rest of three days.
        Enumerable.Range(1, 3).Select(n => plan.Readiness(MuscleGroup.Chest, Day(n))).Should().Equal(33, 66, 100);

        // Biceps: small, day 0, may be trained from day 2, a rest of two days.
        Enumerable.Range(1, 2).Select(n => plan.Readiness(MuscleGroup.Biceps, Day(n))).Should().Equal(50, 100);
    }

    [Fact]
    public void Readiness_UnderTwoKnownBlocks_FollowsTheLongestBlockingPeriod()
    {
        // Quadriceps: rest after the hard session runs from day 0 to day 4 (four days); soreness, gone at the day-2
        // check-in, blocks from day 1 until the rest by size would be over (a shorter period). On day 1 the longer
        // period is a quarter over.
        var plan = Plan(DomsAfterLegDay(), TrainingHistory.Of(Session(0, 9, Exercise.Squat, Exercise.Lunge)))
            .With(CheckIn(2, pain: 0, Trend.Better));

        plan.Readiness(MuscleGroup.Quadriceps, Day(1)).Should().Be(25);
    }

    [Fact]
    public void Readiness_UnderAHealingInjuryAndARest_FollowsThePeriodThatEndsLast()
    {
        // Documented: the share already passed of the blocking period that ends last. The lower back rests after a hard
        // deadlift on day 0 (day 0 to day 4) and, for the pulled muscle, from day 1 until the pain-free check-in on
        // day 8 (seven days), which ends last.
        var plan = Plan(PulledMuscle(), TrainingHistory.Of(Session(0, 9, Exercise.Deadlift))).With(CheckIn(8, pain: 0, Trend.Better));

        Enumerable.Range(1, 8).Select(n => plan.Readiness(MuscleGroup.LowerBack, Day(n)))
            .Should().Equal(0, 14, 28, 42, 57, 71, 85, 100);
    }

    [Fact]
    public void Readiness_UnderAHealingInjuryAndARestEndingTheSameDay_FollowsTheLongerPeriod()
    {
        // The lower back rests for the pulled muscle from day 1 until the pain-free check-in on day 8 (seven days), and
        // after an easy deadlift on day 5 until day 5 + 3 = day 8 (three days). Both end on day 8: the longest wait is
        // the seven days from day 1, five of them passed on day 6.
        var plan = Plan(PulledMuscle(), TrainingHistory.Of(Session(5, 6, Exercise.Deadlift))).With(CheckIn(8, pain: 0, Trend.Better));

        plan.Readiness(MuscleGroup.LowerBack, Day(6)).Should().Be(71);
        plan.Readiness(MuscleGroup.LowerBack, Day(8)).Should().Be(100);
    }

    [Fact]
    public void Readiness_UnderSorenessAndARestEndingTheSameDay_FollowsTheLongerPeriod()
    {
        // Quadriceps: the squat on day 0 is the report's hard workout (§6b.7), so they rest from day 0 until day 0 + 4 =
        // day 4; the soreness, gone at the day-2 check-in, blocks from day 1 until that rest is over, also day 4. The
        // longer period runs from day 0.
        var plan = Plan(DomsAfterLegDay(), TrainingHistory.Of(Session(0, 6, Exercise.Squat, Exercise.Lunge)))
            .With(CheckIn(2, pain: 0, Trend.Better));

        Enumerable.Range(1, 4).Select(n => plan.Readiness(MuscleGroup.Quadriceps, Day(n))).Should().Equal(25, 50, 75, 100);
    }

    [Fact]
    public void Readiness_Is100ExactlyWhenTheMuscleMayBeTrained()
    {
        var plan = Plan(Doms(), TrainingHistory.Of(Session(0, 9, Exercise.Squat, Exercise.Lunge), Session(2, 6, Exercise.BenchPress)))
            .With(CheckIn(5, pain: 0, Trend.Better));

        foreach (var day in plan.Days)
        {
            foreach (var muscle in MuscleGroup.All)
            {
                var readiness = plan.Readiness(muscle, day.Date);
                readiness.Should().BeInRange(0, 100);
                (readiness == 100).Should().Be(plan.MayTrain(muscle, day.Date).IsAllowed, $"{muscle} on {day.Date}");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ equality

    [Fact]
    public void Plans_FromEqualInputs_AreEqualWithEqualHashCodes()
    {
        var history = TrainingHistory.Of(Session(0, 9, Exercise.Deadlift));
        var first = Plan(PulledMuscle(), history).With(CheckIn(2, pain: 3), CheckIn(8, pain: 0, Trend.Better));
        var second = Plan(PulledMuscle(), TrainingHistory.Of(Session(0, 9, Exercise.Deadlift))).With(CheckIn(2, pain: 3), CheckIn(8, pain: 0, Trend.Better));

        second.Should().Be(first);
        second.GetHashCode().Should().Be(first.GetHashCode());
    }

    [Fact]
    public void Plans_FromDifferentCheckIns_AreNotEqual()
    {
        var first = Plan(PulledMuscle()).CheckIn(CheckIn(8, pain: 0, Trend.Better));
        var second = Plan(PulledMuscle()).CheckIn(CheckIn(8, pain: 1, Trend.Better));

        second.Should().NotBe(first);
    }

    // ------------------------------------------------------------------------------------------------ ToString

    [Fact]
    public void ToString_IsOneShortLineNamingTheDatesTheLengthAndWhenCoreWorkMayStart()
    {
        var text = Plan(PulledMuscle(), length: 28).ToString();

        text.Should().NotContain("\n").And.Contain("2026-03-02").And.Contain("2026-03-29").And.Contain("28 days");
        text.Should().Contain("core work after a pain-free check-in on or after 2026-03-09", "§6.1: a pulled muscle heals at the earliest 7 days after the start");
        text.Should().Contain("0 check-ins");
        text.Length.Should().BeLessThan(200);
    }

    [Fact]
    public void ToString_AfterACheckIn_NamesTheDateItIsUpToDateOnTheTriageInForceAndTheCheckIns()
    {
        var text = Plan(Fever(), length: 365).With(CheckIn(3, pain: 4)).ToString();

        text.Should().NotContain("\n").And.Contain("as of 2026-03-04").And.Contain("365 days");
        text.Should().Contain("triage seeDoctorUrgently", "§4.1: a fever is an urgent red flag, and no clearance has lowered it");
        text.Should().Contain("1 check-in").And.NotContain("1 check-ins");
        text.Length.Should().BeLessThan(200);
    }
}
