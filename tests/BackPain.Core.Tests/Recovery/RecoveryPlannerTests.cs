using BackPain.Core.Rules;
using static BackPain.Core.Tests.Support.PlanExamples;
using static BackPain.Core.Tests.Support.Reports;

namespace BackPain.Core.Tests.Recovery;

/// <summary>
/// Named stories of domain.md §1, §5 and §6, planned from <c>Start</c> (day 1). The expected days come from the spec:
/// a muscle trained on day D may be trained again from D+1+rest (small 1, large 2, large after a hard session 3);
/// injuries heal at a pain-free check-in on or after their minimum healing time (plus a clearance for a slipped disc
/// or a ligament tear); an urgent red flag suspends all training until a clinician clears it.
/// </summary>
public class RecoveryPlannerTests
{
    private static readonly MuscleGroup[] LargeLegAndBack = [MuscleGroup.Quadriceps, MuscleGroup.Glutes, MuscleGroup.Hamstrings, MuscleGroup.LowerBack];

    // ------------------------------------------------------------------------------------------------ DOMS (rule 5)

    [Fact]
    public void Assess_DomsAfterLegDay_IsLikelyDomsAndNoInjury()
    {
        var assessment = Assess(Doms());

        assessment.TopCause.Cause.Should().Be(Cause.Doms);
        assessment.LikelihoodOf(Cause.Doms).Band.Should().Be(LikelihoodBand.Likely);
        Injuries.Should().OnlyContain(i => !assessment.LikelihoodOf(i).IsAtLeastPossible);
        assessment.Triage.Level.Should().Be(TriageLevel.SelfCare);
    }

    [Fact]
    public void Plan_DomsAfterHeavyLegDay_RestsTheLargeLegMusclesUntilFourDaysAfterTheSession()
    {
        // Squats and lunges at RPE 9 on day 0 (the day before the start): a hard session, so large muscles rest 3 days
        // and may be trained again from day 0 + 1 + 3 = day 4. The soreness is gone at the day-2 check-in.
        var plan = Plan(DomsAfterLegDay(), TrainingHistory.Of(Session(0, 9, Exercise.Squat, Exercise.Lunge)))
            .With(CheckIn(2, pain: 0, Trend.Better));

        foreach (var muscle in LargeLegAndBack)
        {
            DayRange(1, 3).Should().OnlyContain(d => !plan.MayTrain(muscle, d).IsAllowed, $"{muscle} rests three days after a hard session");
            plan.Trainable(muscle, 4).Should().BeTrue($"{muscle} may be trained from day 0 + 4");
            plan.EarliestTrainingDate(muscle).Should().Be(Availability.From(Day(4)));
        }
    }

    [Fact]
    public void Plan_DomsWithoutPainFreeCheckIn_KeepsTheSoreMusclesResting()
    {
        var report = Doms();
        var sore = Assess(report).Restrictions.Single(r => r.Cause == Cause.Doms).Muscles;
        sore.Should().Contain([MuscleGroup.LowerBack, MuscleGroup.Quadriceps, MuscleGroup.Glutes], "the ache is in the lower back after squats and lunges");

        var plan = Plan(report, TrainingHistory.Of(Session(0, 9, Exercise.Squat, Exercise.Lunge)));

        foreach (var muscle in sore)
        {
            plan.Days.Should().OnlyContain(d => !d.TrainableMuscles.Contains(muscle), $"{muscle} is sore until a check-in says otherwise");
            plan.EarliestTrainingDate(muscle).IsKnown.Should().BeFalse();
            plan.EarliestTrainingDate(muscle).Condition.Should().Be(OpenCondition.PainFreeCheckIn);
        }
    }

    [Fact]
    public void Plan_DomsAfterHeavyLegDay_SaysTheSoreMusclesWaitAtLeastUntilTheirRestIsOver()
    {
        var plan = Plan(DomsAfterLegDay(), TrainingHistory.Of(Session(0, 9, Exercise.Squat, Exercise.Lunge)));

        var quadriceps = plan.EarliestTrainingDate(MuscleGroup.Quadriceps);

        quadriceps.Condition.Should().Be(OpenCondition.PainFreeCheckIn);
        quadriceps.NotBefore.Should().Be(Day(4), "a pain-free check-in cannot end the three days of rest after a hard session");
    }

    [Fact]
    public void Plan_DomsWithPainFreeCheckInOnDay7_AllowsTheSoreMusclesFromThatDay()
    {
        var plan = Plan(Doms(), TrainingHistory.Of(Session(0, 9, Exercise.Squat, Exercise.Lunge)))
            .With(CheckIn(2, pain: 3, Trend.Better), CheckIn(7, pain: 0, Trend.Better));

        DayRange(1, 6).Should().OnlyContain(d => !plan.MayTrain(MuscleGroup.Quadriceps, d).IsAllowed, "still sore until day 7");
        plan.Trainable(MuscleGroup.Quadriceps, 7).Should().BeTrue();
        plan.EarliestTrainingDate(MuscleGroup.Quadriceps).Should().Be(Availability.From(Day(7)));
    }

    [Fact]
    public void Plan_Doms_BlocksNothingElse()
    {
        var plan = Plan(DomsAfterLegDay(), TrainingHistory.Of(Session(0, 9, Exercise.Squat, Exercise.Lunge)));

        plan.DayPlan(1).TrainableMuscles.Should().Contain(
            [MuscleGroup.Chest, MuscleGroup.UpperBack, MuscleGroup.Biceps, MuscleGroup.Triceps, MuscleGroup.Shoulders],
            "neither squats nor lunges train them and DOMS rests only the sore muscles");
        plan.Days.SelectMany(d => d.Blocked).Should().NotContain(e =>
            e.Kind == PlanEntryKind.NoCoreWork || e.Kind == PlanEntryKind.NoExercise
            || e.Kind == PlanEntryKind.NoStrenuousExercise || e.Kind == PlanEntryKind.SuspendAllTraining);
        plan.MayDoCoreWork(Day(2)).IsAllowed.Should().BeTrue("the core, a small muscle, has rested its day");
        plan.CoreWorkAllowedFrom.IsKnown.Should().BeTrue();
    }

    [Fact]
    public void Plan_DomsWithoutSessionInTheHistoryPainFreeOnDay2_RestsTheSoreMusclesAsIfTrainedOnDay1()
    {
        // The history shows no session, so the report's own hard workout is the session, on the start date (§6b.7): the
        // sore (large) muscles may be trained again from day 1 + 1 + 3 = day 5, even though the soreness is gone at the
        // day-2 check-in.
        var plan = Plan(Doms()).With(CheckIn(2, pain: 0, Trend.Better));

        foreach (var muscle in new[] { MuscleGroup.Quadriceps, MuscleGroup.Glutes, MuscleGroup.LowerBack })
        {
            DayRange(1, 4).Should().OnlyContain(d => !plan.MayTrain(muscle, d).IsAllowed, $"{muscle} rests three days after the hard session on the start date");
            plan.Trainable(muscle, 5).Should().BeTrue();
            plan.EarliestTrainingDate(muscle).Should().Be(Availability.From(Day(5)));
        }
    }

    [Fact]
    public void Plan_DomsAfterModerateLegDayPainFreeOnDay2_AllowsTheSoreMusclesWhenTheRestFromThatSessionIsOver()
    {
        // Squats and lunges at RPE 6 on day 0: the report says that workout was hard (§6b.7), so the large muscles may be
        // trained again from day 0 + 4, counted from that session, not from the start.
        var plan = Plan(DomsAfterLegDay(), TrainingHistory.Of(Session(0, 6, Exercise.Squat, Exercise.Lunge)))
            .With(CheckIn(2, pain: 0, Trend.Better));

        plan.Trainable(MuscleGroup.Quadriceps, 3).Should().BeFalse("a large muscle rests three days after a hard session");
        plan.Trainable(MuscleGroup.Quadriceps, 4).Should().BeTrue("the rest counts from the last session, not from the start");
        plan.EarliestTrainingDate(MuscleGroup.Quadriceps).Should().Be(Availability.From(Day(4)));
    }

    [Fact]
    public void Plan_DomsWithoutPainFreeCheckIn_SaysTheSoreMusclesWaitAtLeastUntilTheRestFromTheirLastSessionIsOver()
    {
        var plan = Plan(DomsAfterLegDay(), TrainingHistory.Of(Session(0, 6, Exercise.Squat, Exercise.Lunge)));

        var quadriceps = plan.EarliestTrainingDate(MuscleGroup.Quadriceps);

        quadriceps.Condition.Should().Be(OpenCondition.PainFreeCheckIn);
        quadriceps.NotBefore.Should().Be(Day(4), "the history's session is the report's hard workout (§6b.7): day 0 + 1 + 3");
    }

    [Fact]
    public void Plan_DomsBlockedEntries_NameEachSoreMuscleOnce()
    {
        var report = Doms();
        var sore = Assess(report).Restrictions.Single(r => r.Cause == Cause.Doms).Muscles;

        var plan = Plan(report, TrainingHistory.Of(Session(0, 9, Exercise.Squat, Exercise.Lunge)));

        var entries = plan.DayPlan(1).Blocked.Where(e => e.RuleId == RestrictionRules.RestSoreMuscles.Id).ToList();
        entries.SelectMany(e => e.Muscles).Should().BeEquivalentTo(sore, "each sore muscle rests under its own date and is named once");
    }

    // -------------------------------------------------------------------------------------- pulled muscle (rules 1, 4)

    [Fact]
    public void Assess_PulledMuscle_IsAPossiblePulledMuscleAndNoOtherInjury()
    {
        var assessment = Assess(PulledMuscle());

        assessment.LikelihoodOf(Cause.PulledMuscle).IsAtLeastPossible.Should().BeTrue();
        assessment.LikelihoodOf(Cause.SlippedDisc).IsAtLeastPossible.Should().BeFalse();
        assessment.LikelihoodOf(Cause.LigamentTear).IsAtLeastPossible.Should().BeFalse();
        assessment.Triage.Level.Should().BeLessThan(TriageLevel.SeeDoctorUrgently);
    }

    [Fact]
    public void Plan_PulledMuscle_BlocksCoreWorkUntilPainFreeCheckIn()
    {
        var plan = Plan(PulledMuscle());

        plan.Days.Should().OnlyContain(d => !d.HasCoreWork && !d.TrainableMuscles.Contains(MuscleGroup.Core));
        plan.Days.Should().OnlyContain(d => !plan.MayDoCoreWork(d.Date).IsAllowed);
        plan.CoreWorkAllowedFrom.IsKnown.Should().BeFalse();
        plan.CoreWorkAllowedFrom.Condition.Should().Be(OpenCondition.PainFreeCheckIn);
        plan.CoreWorkAllowedFrom.NotBefore.Should().Be(Start.AddDays(7), "a pulled muscle heals in one week at the earliest");
    }

    [Fact]
    public void Plan_PulledMuscle_RestsTheInjuredLowerBackAndNothingElse()
    {
        var plan = Plan(PulledMuscle());

        plan.Days.Should().OnlyContain(d => !d.TrainableMuscles.Contains(MuscleGroup.LowerBack), "the injured muscle rests until healed");
        plan.DayPlan(1).TrainableMuscles.Should().Contain([MuscleGroup.Chest, MuscleGroup.Biceps], "muscles the deadlift did not work are free");
        plan.Trainable(MuscleGroup.Quadriceps, 3).Should().BeFalse("the report's deadlift worked the quadriceps on day 1 (§6b.7)");
        plan.Trainable(MuscleGroup.Quadriceps, 4).Should().BeTrue("other muscles follow their rest rules only");
    }

    [Fact]
    public void Plan_PulledMuscleWithEarlyPainFreeCheckIn_StillBlocksCoreWork()
    {
        // Pain 0 on day 3 is before the seven-day minimum: the strain cannot count as healed yet.
        var plan = Plan(PulledMuscle()).With(CheckIn(3, pain: 0, Trend.Better));

        plan.Days.Should().OnlyContain(d => !d.HasCoreWork);
        plan.Days.Should().OnlyContain(d => !plan.MayDoCoreWork(d.Date).IsAllowed);
        plan.CoreWorkAllowedFrom.IsKnown.Should().BeFalse();
        plan.CoreWorkAllowedFrom.NotBefore.Should().Be(Start.AddDays(7));
    }

    [Fact]
    public void Plan_PulledMuscleWithPainFreeCheckInTheDayBeforeTheMinimum_StillBlocksCoreWork()
    {
        var plan = Plan(PulledMuscle()).With(CheckIn(7, pain: 0, Trend.Better));

        plan.CoreWorkAllowedFrom.IsKnown.Should().BeFalse("day 7 is Start + 6, one day short of the minimum");
        plan.Days.Should().OnlyContain(d => !d.HasCoreWork);
    }

    [Fact]
    public void Plan_PulledMuscleWithPainFreeCheckInAfterTheMinimum_AllowsAndPlansCoreWorkFromThatDate()
    {
        var plan = Plan(PulledMuscle()).With(CheckIn(3, pain: 2, Trend.Better), CheckIn(8, pain: 0, Trend.Better));

        plan.CoreWorkAllowedFrom.Should().Be(Availability.From(Start.AddDays(7)));
        DayRange(1, 7).Should().OnlyContain(d => !plan.MayDoCoreWork(d).IsAllowed);
        plan.MayDoCoreWork(Day(8)).IsAllowed.Should().BeTrue();
        plan.DayPlan(8).HasCoreWork.Should().BeTrue("core work is planned as soon as it is allowed");
        plan.Trainable(MuscleGroup.LowerBack, 8).Should().BeTrue("the strain has healed");
        CoreWorkDays(plan).Should().OnlyContain(n => n >= 8);
        AssertCoreWorkEveryWeekNeverOnConsecutiveDays(plan, fromDay: 8);
    }

    [Fact]
    public void Plan_PulledMuscleWithPainFreeCheckInLater_AllowsCoreWorkFromThatLaterDate()
    {
        var plan = Plan(PulledMuscle()).With(CheckIn(14, pain: 0, Trend.Better));

        plan.CoreWorkAllowedFrom.Should().Be(Availability.From(Day(14)));
        DayRange(1, 13).Should().OnlyContain(d => !plan.MayDoCoreWork(d).IsAllowed);
        plan.DayPlan(14).HasCoreWork.Should().BeTrue();
    }

    [Fact]
    public void Plan_PulledMuscleSecondPainFreeCheckIn_KeepsItHealed()
    {
        var plan = Plan(PulledMuscle()).With(CheckIn(8, pain: 0, Trend.Better), CheckIn(14, pain: 0, Trend.Better));

        plan.EarliestCoreWorkDate(Start).Should().Be(Availability.From(Day(8)));
        DayRange(8, 28).Should().OnlyContain(d => plan.MayTrain(MuscleGroup.LowerBack, d).IsAllowed);
        DayRange(8, 28).Where(d => plan.Day(d).HasCoreWork).Should().HaveCountGreaterThanOrEqualTo(8, "core sessions go on, three a plan week, after the second pain-free check-in too");
        DayRange(8, 28).Should().OnlyContain(d => plan.MayDoCoreWork(d).IsAllowed || plan.Day(d.AddDays(-1)).HasCoreWork, "only the rest after a planned session holds the core back");
    }

    [Fact]
    public void Plan_PulledMuscleInTheUpperBack_RestsTheUpperBackUntilHealed()
    {
        var report = new SymptomReportBuilder
        {
            Severity = 5,
            Onset = Onset.DuringWorkout,
            Character = PainCharacter.Sharp,
            Area = BackArea.UpperBack,
            Exercises = [Exercise.Deadlift],
        }.Build();
        Assess(report).LikelihoodOf(Cause.PulledMuscle).IsAtLeastPossible.Should().BeTrue();

        var plan = Plan(report).With(CheckIn(8, pain: 0, Trend.Better));

        DayRange(1, 7).Should().OnlyContain(d => !plan.MayTrain(MuscleGroup.UpperBack, d).IsAllowed, "the injured muscle rests until healed");
        plan.DayPlan(1).TrainableMuscles.Should().NotContain(MuscleGroup.UpperBack);
        plan.Trainable(MuscleGroup.LowerBack, 4).Should().BeTrue("the lower back only rests after the report's deadlift (day 1 + 1 + 2)");
        plan.Trainable(MuscleGroup.UpperBack, 8).Should().BeTrue("the strain has healed at the pain-free check-in after a week");
    }

    // ------------------------------------------------------------------------------------ slipped disc (rules 1, 2)

    [Fact]
    public void Assess_SlippedDisc_IsAPossibleSlippedDiscAndNoOtherInjury()
    {
        var assessment = Assess(SlippedDiscOnly());

        assessment.LikelihoodOf(Cause.SlippedDisc).IsAtLeastPossible.Should().BeTrue();
        assessment.LikelihoodOf(Cause.PulledMuscle).IsAtLeastPossible.Should().BeFalse();
        assessment.LikelihoodOf(Cause.LigamentTear).IsAtLeastPossible.Should().BeFalse();
        assessment.Triage.Level.Should().Be(TriageLevel.SeeDoctor, "a suspected slipped disc needs a clinician, but not urgently");
    }

    [Fact]
    public void Plan_SlippedDiscWithoutClearance_BlocksStrenuousExercise()
    {
        var plan = Plan(SlippedDisc(), length: 60);

        foreach (var exercise in new[] { Exercise.Deadlift, Exercise.Running, Exercise.Squat })
        {
            foreach (var day in new[] { 1, 10, 60 })
            {
                var decision = plan.Evaluate(new Workout(Day(day), [exercise]));

                decision.IsAllowed.Should().BeFalse($"{exercise} on day {day} loads the spine");
                decision.Conflicts.Should().Contain(c => c.Kind == PlanEntryKind.NoStrenuousExercise && c.Exercise == exercise
                    && c.AllowedFrom.Condition == OpenCondition.ClinicianClearance);
            }
        }
    }

    [Fact]
    public void Plan_SlippedDisc_AllowsExerciseThatSparesTheSpine()
    {
        var plan = Plan(SlippedDisc());

        plan.Evaluate(new Workout(Day(5), [Exercise.BicepsCurl, Exercise.LegExtension])).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void Plan_SlippedDiscWithClearance_AllowsStrenuousExerciseFromTheClearance()
    {
        var plan = Plan(SlippedDisc(), length: 60).With(CheckIn(10, pain: 4, Trend.Better, cleared: true));

        plan.Evaluate(new Workout(Day(9), [Exercise.Deadlift])).Conflicts.Should().Contain(c => c.Kind == PlanEntryKind.NoStrenuousExercise);
        plan.Evaluate(new Workout(Day(10), [Exercise.Deadlift])).IsAllowed.Should().BeTrue("a clinician has cleared strenuous exercise");
        plan.Evaluate(new Workout(Day(30), [Exercise.Running])).Conflicts.Should().NotContain(c => c.Kind == PlanEntryKind.NoStrenuousExercise || c.Kind == PlanEntryKind.NoCoreWork);
        plan.Day(Day(30)).Blocked.Should().OnlyContain(e => e.RuleId == RecoveryRules.RestSmall.Id, "only the rest after the plan's own core sessions remains");
    }

    [Fact]
    public void Plan_SlippedDiscClearedForLightActivityOnly_StillBlocksCoreWorkAndStrenuousExercise()
    {
        var plan = Plan(SlippedDiscOnly(), length: 60).With(new CheckInReport(Day(10), 4, Trend.Better, Clearance.LightActivity));

        plan.Days.Should().OnlyContain(d => !d.HasCoreWork && !plan.MayDoCoreWork(d.Date).IsAllowed);
        plan.Evaluate(new Workout(Day(20), [Exercise.Plank])).Conflicts.Should().Contain(c => c.Kind == PlanEntryKind.NoCoreWork);
        plan.Evaluate(new Workout(Day(20), [Exercise.Deadlift])).Conflicts.Should().Contain(c => c.Kind == PlanEntryKind.NoStrenuousExercise);
        plan.Evaluate(new Workout(Day(20), [Exercise.BicepsCurl])).IsAllowed.Should().BeTrue("light activity was never blocked for a slipped disc");
        plan.CoreWorkAllowedFrom.IsKnown.Should().BeFalse();
        plan.CoreWorkAllowedFrom.Condition.Should().Be(OpenCondition.ClinicianClearance);
    }

    [Fact]
    public void Plan_SlippedDiscWithoutAnyCheckIn_SaysCoreWorkNeedsAClearance()
    {
        var plan = Plan(SlippedDiscOnly(), length: 60);

        plan.CoreWorkAllowedFrom.Condition.Should().Be(OpenCondition.ClinicianClearance, "a slipped disc heals only with a clinician's clearance");
    }

    [Fact]
    public void Plan_SlippedDiscPainFreeOnOrAfterSixWeeksWithoutClearance_StillBlocksCoreWork()
    {
        var plan = Plan(SlippedDisc(), length: 60).With(CheckIn(43, pain: 0, Trend.Better));

        plan.Days.Should().OnlyContain(d => !d.HasCoreWork && !plan.MayDoCoreWork(d.Date).IsAllowed);
        plan.CoreWorkAllowedFrom.IsKnown.Should().BeFalse("a slipped disc also needs a clinician's clearance");
    }

    [Fact]
    public void Plan_SlippedDiscPainFreeWithoutAClinician_StillBlocksCoreWorkAndStrenuousExercise()
    {
        // A slipped disc needs a clinician: self-reported healing never counts, however long it has been (§6.1, §6.2).
        var plan = Plan(SlippedDisc(), length: 60).With(CheckIn(43, pain: 0, Trend.Better), CheckIn(50, pain: 0, Trend.Better));

        plan.CoreWorkAllowedFrom.IsKnown.Should().BeFalse();
        plan.CoreWorkAllowedFrom.Condition.Should().Be(OpenCondition.ClinicianClearance);
        plan.Days.Should().OnlyContain(d => !d.HasCoreWork);
        plan.Evaluate(new Workout(Day(55), [Exercise.Deadlift])).Conflicts.Should().Contain(c => c.Kind == PlanEntryKind.NoStrenuousExercise);
    }

    [Fact]
    public void Plan_SlippedDiscFullyCleared_AllowsAndPlansCoreWorkFromTheClearanceWhateverThePain()
    {
        // A full clearance counts the disc as healed from its check-in: the clinician outranks the six-week estimate and
        // the remaining pain (§6.1, §6b.3).
        var plan = Plan(SlippedDisc(), length: 60).With(CheckIn(10, pain: 3, Trend.Better, cleared: true));

        plan.EarliestCoreWorkDate(Start).Should().Be(Availability.From(Day(10)));
        DayRange(1, 9).Should().OnlyContain(d => !plan.MayDoCoreWork(d).IsAllowed);
        plan.DayPlan(10).HasCoreWork.Should().BeTrue();
        AssertCoreWorkEveryWeekNeverOnConsecutiveDays(plan, fromDay: 10);
    }

    [Fact]
    public void Plan_SlippedDiscPainFreeAndClearedAtTheSameCheckIn_AllowsCoreWorkFromIt()
    {
        var plan = Plan(SlippedDisc(), length: 60).With(CheckIn(50, pain: 0, Trend.Better, cleared: true));

        plan.CoreWorkAllowedFrom.Should().Be(Availability.From(Day(50)));
        plan.Evaluate(new Workout(Day(50), [Exercise.Deadlift, Exercise.Plank])).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void Plan_SlippedDisc_SendsThePersonToAClinicianOnDayOne()
    {
        var plan = Plan(SlippedDisc());

        plan.HighestTriage.Should().Be(TriageLevel.SeeDoctor);
        plan.DayPlan(1).Planned.Should().Contain(e => e.Kind == PlanEntryKind.SeeClinician);
    }

    [Fact]
    public void Plan_SlippedDiscClearedAtTwoCheckInsThenPainFreeAfterSixWeeks_AllowsCoreWorkFromThePainFreeCheckIn()
    {
        // A clearance reported at an earlier check-in counts, however many check-ins report it.
        var checkIns = new[] { CheckIn(10, pain: 3, Trend.Better, cleared: true), CheckIn(20, pain: 2, Trend.Better, cleared: true), CheckIn(43, pain: 0, Trend.Better) };
        IsHealed(Cause.SlippedDisc, Start, checkIns, Day(43)).Should().BeTrue();

        var plan = Plan(SlippedDisc(), length: 60).With(checkIns);

        plan.CoreWorkAllowedFrom.Should().Be(Availability.From(Day(43)));
        plan.DayPlan(43).HasCoreWork.Should().BeTrue();
    }

    // ------------------------------------------------------------------------------------ ligament tear (rules 1, 3)

    [Fact]
    public void Assess_LigamentTear_IsAPossibleLigamentTearWithoutUrgentRedFlag()
    {
        var assessment = Assess(LigamentTear());

        assessment.LikelihoodOf(Cause.LigamentTear).IsAtLeastPossible.Should().BeTrue();
        assessment.Triage.Level.Should().Be(TriageLevel.SeeDoctor);
    }

    [Fact]
    public void Plan_LigamentTear_AllowsNoExerciseAtAll()
    {
        var plan = Plan(LigamentTear(), length: 60);

        foreach (var day in plan.Days)
        {
            day.TrainableMuscles.Should().BeEmpty();
            day.HasCoreWork.Should().BeFalse();
            MuscleGroup.All.Should().OnlyContain(m => !plan.MayTrain(m, day.Date).IsAllowed, $"nothing may be trained on {day.Date}");
        }

        plan.Evaluate(new Workout(Day(20), [Exercise.BicepsCurl])).Conflicts.Should().Contain(c => c.Kind == PlanEntryKind.NoExercise);
        foreach (var muscle in MuscleGroup.All)
        {
            var availability = plan.EarliestTrainingDate(muscle);
            availability.IsKnown.Should().BeFalse();
            availability.Condition.Should().Be(OpenCondition.ClinicianClearance, "a ligament tear counts as healed only when a clinician clears it (§6.3, §6b.3)");
        }
    }

    [Fact]
    public void Plan_LigamentTearPainFreeAfterSixWeeksWithoutClearance_StillAllowsNoExercise()
    {
        var plan = Plan(LigamentTear(), length: 60).With(CheckIn(50, pain: 0, Trend.Better));

        plan.Days.Should().OnlyContain(d => d.TrainableMuscles.Count == 0);
        plan.MayTrain(MuscleGroup.Biceps, Day(55)).IsAllowed.Should().BeFalse("only a clinician can count a torn ligament as healed");
    }

    [Fact]
    public void Plan_LigamentTearClearedBeforeSixWeeks_AllowsTrainingFromTheClearance()
    {
        // A clinician who has examined the person outranks the library's six-week estimate (§6.1, §6b.3).
        var plan = Plan(LigamentTear(), length: 60).With(CheckIn(20, pain: 0, Trend.Better, cleared: true));

        DayRange(1, 19).Should().OnlyContain(d => plan.Day(d).TrainableMuscles.Count == 0, "no exercise at all before the clearance");
        DayRange(20, 60).Should().OnlyContain(d => plan.Day(d).TrainableMuscles.Count > 0, "the full clearance lifts 'no exercise at all' from its date");
        plan.MayDoCoreWork(Day(20)).IsAllowed.Should().BeTrue("and core work, since the tear counts as healed");
    }

    [Fact]
    public void Plan_LigamentTearHealedWithClearance_AllowsTrainingFromThatCheckIn()
    {
        var plan = Plan(LigamentTear(), length: 60).With(CheckIn(20, pain: 2, Trend.Better, cleared: true), CheckIn(43, pain: 0, Trend.Better));

        DayRange(1, 19).Should().OnlyContain(d => MuscleGroup.All.All(m => !plan.MayTrain(m, d).IsAllowed));
        plan.DayPlan(20).TrainableMuscles.Should().BeEquivalentTo(MuscleGroup.All, "the history is empty and the clearance counts the tear as healed");
        plan.DayPlan(20).HasCoreWork.Should().BeTrue();
        plan.EarliestTrainingDate(MuscleGroup.Chest, Start).Should().Be(Availability.From(Day(20)));
    }

    // ---------------------------------------------------------------------------------- poor core strength (rule 6)

    [Fact]
    public void Assess_PoorCoreStrength_IsLikelyPoorCoreAndNoInjury()
    {
        var assessment = Assess(PoorCoreStrength());

        assessment.LikelihoodOf(Cause.PoorCoreStrength).Band.Should().Be(LikelihoodBand.Likely);
        Injuries.Should().OnlyContain(i => !assessment.LikelihoodOf(i).IsAtLeastPossible);
        assessment.Triage.Level.SuspendsTraining.Should().BeFalse();
    }

    [Fact]
    public void Plan_PoorCoreStrength_PlansCoreWorkFromDayOneAndEveryWeek()
    {
        // The report's run trains the core on the start date (running works it), so it rests day 2 and core work
        // starts on day 3 (§5, §6b.7), then goes on every week.
        var plan = Plan(PoorCoreStrength());

        plan.CoreWorkAllowedFrom.Should().Be(Availability.From(Day(3)));
        plan.DayPlan(3).HasCoreWork.Should().BeTrue("core work starts as soon as the core has rested when no injury is present");
        AssertCoreWorkEveryWeekNeverOnConsecutiveDays(plan, fromDay: 3);
    }

    [Fact]
    public void Plan_PoorCoreStrengthOverAYear_PlansCoreWorkInEveryWeek()
    {
        var plan = Plan(PoorCoreStrength(), length: 365);

        AssertCoreWorkEveryWeekNeverOnConsecutiveDays(plan, fromDay: 1);
    }

    // -------------------------------------------------------------------------------- urgent red flag (rule 7)

    [Fact]
    public void Plan_UrgentRedFlag_SuspendsAllTrainingEveryDay()
    {
        var plan = Plan(Fever());

        plan.HighestTriage.Should().Be(TriageLevel.SeeDoctorUrgently);
        foreach (var day in plan.Days)
        {
            day.Blocked.Should().Contain(e => e.Kind == PlanEntryKind.SuspendAllTraining);
            day.TrainableMuscles.Should().BeEmpty();
            day.HasCoreWork.Should().BeFalse();
            day.Planned.Should().NotContain(e => e.Kind == PlanEntryKind.Training);
            plan.MayDoCoreWork(day.Date).IsAllowed.Should().BeFalse();
            MuscleGroup.All.Should().OnlyContain(m => !plan.MayTrain(m, day.Date).IsAllowed);
        }

        plan.Evaluate(new Workout(Day(3), [Exercise.BicepsCurl])).Conflicts.Should().Contain(c => c.Kind == PlanEntryKind.SuspendAllTraining);
        plan.EarliestTrainingDate(MuscleGroup.Biceps).Condition.Should().Be(OpenCondition.ClinicianClearance);
    }

    [Fact]
    public void Plan_UrgentRedFlag_ShowsOneSuspensionEntryEachDay()
    {
        var plan = Plan(Fever());

        plan.Days.Should().OnlyContain(d => d.Blocked.Count(e => e.Kind == PlanEntryKind.SuspendAllTraining) == 1);
        plan.DayPlan(1).Blocked.Single(e => e.Kind == PlanEntryKind.SuspendAllTraining).RuleId.Should().Be(RestrictionRules.SuspendAllTraining.Id);
    }

    [Theory]
    [InlineData("saddleNumbness")]
    [InlineData("bladderProblems")]
    [InlineData("legWeakness")]
    [InlineData("darkUrine")]
    [InlineData("significantTrauma")]
    [InlineData("constantNightPain")]
    public void Plan_AnyUrgentOrEmergencyRedFlag_SuspendsAllTraining(string redFlag)
    {
        var report = new SymptomReportBuilder { Severity = 3, RedFlags = [Symptom.FromId(redFlag)] }.Build();

        var plan = Plan(report);

        plan.HighestTriage.Should().BeGreaterThanOrEqualTo(TriageLevel.SeeDoctorUrgently);
        plan.Days.Should().OnlyContain(d => d.TrainableMuscles.Count == 0 && !d.HasCoreWork);
    }

    [Fact]
    public void Plan_UrgentRedFlagClearedAtCheckIn_AllowsTrainingFromThatDate()
    {
        var plan = Plan(Fever()).With(CheckIn(4, pain: 2, Trend.Better, cleared: true));

        DayRange(1, 3).Should().OnlyContain(d => plan.Day(d).TrainableMuscles.Count == 0);
        plan.DayPlan(4).TrainableMuscles.Should().BeEquivalentTo(MuscleGroup.All, "the history is empty and a clinician has cleared training");
        plan.EarliestTrainingDate(MuscleGroup.Chest).Should().Be(Availability.From(Day(4)));
        plan.HighestTriage.Should().Be(TriageLevel.SeeDoctorUrgently, "a clearance never lowers triage");
    }

    [Fact]
    public void Plan_UrgentRedFlagWithCheckInsButNoClearance_StaysSuspended()
    {
        var plan = Plan(Fever()).With(CheckIn(2, pain: 0, Trend.Better), CheckIn(7, pain: 0, Trend.Better));

        plan.Days.Should().OnlyContain(d => d.TrainableMuscles.Count == 0 && !d.HasCoreWork, "only a clinician lifts the suspension");
    }

    // ---------------------------------------------------------------------------------------- rest by size (§5)

    [Fact]
    public void Plan_SmallMuscleTrainedOnDayD_IsTrainableFromDPlus2()
    {
        var plan = Plan(NoPain(), TrainingHistory.Of(Session(1, 9, Exercise.BicepsCurl)));

        plan.Trainable(MuscleGroup.Biceps, 1).Should().BeFalse("trained that day");
        plan.Trainable(MuscleGroup.Biceps, 2).Should().BeFalse("a small muscle rests one full day");
        plan.Trainable(MuscleGroup.Biceps, 3).Should().BeTrue();
        plan.EarliestTrainingDate(MuscleGroup.Biceps).Should().Be(Availability.From(Day(3)));
    }

    [Fact]
    public void Plan_LargeMuscleTrainedOnDayD_IsTrainableFromDPlus3()
    {
        var plan = Plan(NoPain(), TrainingHistory.Of(Session(0, 6, Exercise.BenchPress)));

        DayRange(1, 2).Should().OnlyContain(d => !plan.MayTrain(MuscleGroup.Chest, d).IsAllowed);
        plan.Trainable(MuscleGroup.Chest, 3).Should().BeTrue();
        plan.EarliestTrainingDate(MuscleGroup.Chest).Should().Be(Availability.From(Day(3)));
    }

    [Theory]
    [InlineData(8, false)]
    [InlineData(10, false)]
    [InlineData(null, true)]
    [InlineData(3, true)]
    public void Plan_LargeMuscleAfterHardSession_IsTrainableFromDPlus4(int? rpe, bool markedHard)
    {
        var plan = Plan(NoPain(), TrainingHistory.Of(new Workout(Day(0), [Exercise.BenchPress], rpe, markedHard)));

        DayRange(1, 3).Should().OnlyContain(d => !plan.MayTrain(MuscleGroup.Chest, d).IsAllowed);
        plan.Trainable(MuscleGroup.Chest, 4).Should().BeTrue();
        plan.EarliestTrainingDate(MuscleGroup.Chest).Should().Be(Availability.From(Day(4)));
    }

    [Fact]
    public void Plan_RpeSeven_IsNotAHardSession()
    {
        var plan = Plan(NoPain(), TrainingHistory.Of(Session(0, 7, Exercise.BenchPress)));

        plan.EarliestTrainingDate(MuscleGroup.Chest).Should().Be(Availability.From(Day(3)));
    }

    [Fact]
    public void Plan_SmallMuscleAfterHardSession_StillRestsOneDay()
    {
        var plan = Plan(NoPain(), TrainingHistory.Of(HardSession(0, Exercise.BicepsCurl)));

        plan.EarliestTrainingDate(MuscleGroup.Biceps).Should().Be(Availability.From(Day(2)));
    }

    [Fact]
    public void Plan_MixedSessions_RestsEachMuscleByItsSizeAndItsHardestSession()
    {
        // Day -1: deadlift at RPE 9 (hard). Day 0: bench press at RPE 6, and leg curls the caller marks hard.
        var history = TrainingHistory.Of(
            Session(-1, 9, Exercise.Deadlift),
            Session(0, 6, Exercise.BenchPress),
            HardSession(0, Exercise.LegCurl));
        var plan = Plan(NoPain(), history);

        var expected = new Dictionary<MuscleGroup, int>
        {
            [MuscleGroup.Hamstrings] = 4, // large, hard on day 0 → day 0 + 4 (day -1 + 4 = day 3 is earlier)
            [MuscleGroup.Glutes] = 3, // large, hard on day -1 → day -1 + 4
            [MuscleGroup.LowerBack] = 3,
            [MuscleGroup.Chest] = 3, // large, RPE 6 on day 0 → day 0 + 3
            [MuscleGroup.Triceps] = 2, // small on day 0 → day 0 + 2
            [MuscleGroup.Biceps] = 1, // not trained
            [MuscleGroup.Calves] = 1, // not trained
        };
        foreach (var (muscle, day) in expected)
        {
            plan.EarliestTrainingDate(muscle).Should().Be(Availability.From(Day(day)), $"{muscle} may be trained from day {day}");
            if (day > 1)
            {
                plan.Trainable(muscle, day - 1).Should().BeFalse($"{muscle} still rests on day {day - 1}");
            }

            plan.Trainable(muscle, day).Should().BeTrue($"{muscle} has rested by day {day}");
        }
    }

    [Fact]
    public void Plan_SessionsLongBeforeTheStart_RestrictNothing()
    {
        var plan = Plan(NoPain(), TrainingHistory.Of(Session(-10, 10, Exercise.Deadlift, Exercise.BenchPress)));

        plan.DayPlan(1).TrainableMuscles.Should().BeEquivalentTo(MuscleGroup.All);
    }

    [Fact]
    public void Plan_SessionAfterTheStart_RestsTheMuscleFromThatDay()
    {
        var plan = Plan(NoPain(), TrainingHistory.Of(Session(5, 5, Exercise.LegCurl)));

        DayRange(1, 4).Should().OnlyContain(d => plan.MayTrain(MuscleGroup.Hamstrings, d).IsAllowed);
        DayRange(5, 7).Should().OnlyContain(d => !plan.MayTrain(MuscleGroup.Hamstrings, d).IsAllowed);
        plan.Trainable(MuscleGroup.Hamstrings, 8).Should().BeTrue();
    }

    [Fact]
    public void Plan_SessionsAfterTheStart_RestTheMuscleAfterEachOne()
    {
        var plan = Plan(NoPain(), TrainingHistory.Of(Session(3, 5, Exercise.LegCurl), Session(10, 5, Exercise.LegCurl)));

        DayRange(3, 5).Should().OnlyContain(d => !plan.MayTrain(MuscleGroup.Hamstrings, d).IsAllowed, "rest after the day-3 session");
        DayRange(10, 12).Should().OnlyContain(d => !plan.MayTrain(MuscleGroup.Hamstrings, d).IsAllowed, "rest after the day-10 session");
    }

    [Fact]
    public void Plan_HardSessionBeforeTheStartAndEasyOneAfter_KeepsTheRestOfTheHardOne()
    {
        var plan = Plan(NoPain(), TrainingHistory.Of(Session(0, 9, Exercise.Deadlift), Session(2, 5, Exercise.LegCurl)));

        DayRange(1, 4).Should().OnlyContain(d => !plan.MayTrain(MuscleGroup.Hamstrings, d).IsAllowed);
        plan.Trainable(MuscleGroup.Hamstrings, 5).Should().BeTrue("day 2 + 3 after the easy session");
    }

    [Fact]
    public void Plan_HardSessionThenAnOrdinaryOneWhoseRestEndsTheSameDay_NamesTheHardSessionItDates()
    {
        // Day 0: hard bench press, the chest rests three days (to day 3). Day 1: bench press at RPE 6, two days (to day 3
        // too). The merged rest is dated from day 0, so its reason is the rule of that hard session, not the two-day one.
        var plan = Plan(NoPain(), TrainingHistory.Of(Session(0, 9, Exercise.BenchPress), Session(1, 6, Exercise.BenchPress)));

        var rest = plan.DayPlan(1).Blocked.Single(e => e.Kind == PlanEntryKind.RestMuscles && e.Muscles.Contains(MuscleGroup.Chest));
        rest.RuleId.Should().Be("plan.restLargeAfterHard");
        rest.Reason.Should().Contain("trained hard");
        plan.EarliestTrainingDate(MuscleGroup.Chest).Should().Be(Availability.From(Day(4)));
    }

    [Fact]
    public void Plan_ExtraRestLarge_AddsDaysToLargeMusclesOnly()
    {
        var options = new PlannerOptions { ExtraRestLarge = Days.Of(2) };

        var plan = Plan(NoPain(), TrainingHistory.Of(Session(0, 6, Exercise.BenchPress)), options: options);

        plan.EarliestTrainingDate(MuscleGroup.Chest).Should().Be(Availability.From(Day(5)), "day 0 + 1 + 2 + 2 extra");
        plan.EarliestTrainingDate(MuscleGroup.Triceps).Should().Be(Availability.From(Day(2)), "small muscles keep their one day");
    }

    [Fact]
    public void Plan_ExtraRestLargeAfterHardSession_AddsToTheThreeDays()
    {
        var options = new PlannerOptions { ExtraRestLarge = Days.Of(1) };

        var plan = Plan(NoPain(), TrainingHistory.Of(Session(0, 9, Exercise.BenchPress)), options: options);

        plan.EarliestTrainingDate(MuscleGroup.Chest).Should().Be(Availability.From(Day(5)), "day 0 + 1 + 3 + 1 extra");
    }

    [Fact]
    public void Plan_ExtraRestSmall_AddsDaysToSmallMusclesOnly()
    {
        var options = new PlannerOptions { ExtraRestSmall = Days.Of(1) };

        var plan = Plan(NoPain(), TrainingHistory.Of(Session(0, 6, Exercise.BenchPress)), options: options);

        plan.EarliestTrainingDate(MuscleGroup.Triceps).Should().Be(Availability.From(Day(3)), "day 0 + 1 + 1 + 1 extra");
        plan.EarliestTrainingDate(MuscleGroup.Chest).Should().Be(Availability.From(Day(3)));
    }

    [Fact]
    public void Plan_LowerHardRpeThreshold_CountsMoreSessionsAsHard()
    {
        var options = new PlannerOptions { HardRpeThreshold = 6 };

        var plan = Plan(NoPain(), TrainingHistory.Of(Session(0, 6, Exercise.BenchPress)), options: options);

        plan.EarliestTrainingDate(MuscleGroup.Chest).Should().Be(Availability.From(Day(4)));
    }

    // ---------------------------------------------------------------------------------- lengths and check-ins

    [Fact]
    public void Plan_OfOneDay_HasOneDayAndNoCheckIn()
    {
        var plan = Plan(PulledMuscle(), length: 1);

        plan.Days.Should().ContainSingle();
        plan.Days[0].Date.Should().Be(Start);
        plan.Days[0].DayNumber.Should().Be(1);
        plan.Days[0].IsCheckInDay.Should().BeFalse();
        plan.CheckInDates.Should().BeEmpty("the first check-in is on day 2");
        plan.Request.End.Should().Be(Start);
    }

    [Fact]
    public void Plan_Of365Days_CoversAYearDayByDayWithWeeklyCheckIns()
    {
        var plan = Plan(PoorCoreStrength(), length: 365);

        plan.Days.Should().HaveCount(365);
        plan.Days.Select(d => d.DayNumber).Should().Equal(Enumerable.Range(1, 365));
        plan.Days.Select(d => d.Date).Should().Equal(DayRange(1, 365));
        var expected = Enumerable.Range(1, 365).Where(n => n == 2 || n % 7 == 0).Select(Day).ToList();
        expected.Should().HaveCount(53, "day 2, then days 7, 14, …, 364");
        plan.CheckInDates.Should().Equal(expected);
    }

    [Fact]
    public void Plan_CheckIns_FallOnDay2Day7ThenWeekly()
    {
        var plan = Plan(PulledMuscle());

        plan.CheckInDates.Should().Equal(Day(2), Day(7), Day(14), Day(21), Day(28));
        plan.Days.Where(d => d.IsCheckInDay).Select(d => d.DayNumber).Should().Equal(2, 7, 14, 21, 28);
        plan.Days.Where(d => d.Planned.Any(e => e.Kind == PlanEntryKind.CheckIn)).Select(d => d.DayNumber).Should().Equal(2, 7, 14, 21, 28);
    }

    [Fact]
    public void Plan_CheckInIntervalOfThreeDays_ChecksInEveryThreeDaysAfterDay7()
    {
        var plan = Plan(PulledMuscle(), length: 20, options: new PlannerOptions { CheckInInterval = Days.Of(3) });

        plan.CheckInDates.Should().Equal(Day(2), Day(7), Day(10), Day(13), Day(16), Day(19));
    }

    [Fact]
    public void Plan_OfSevenDays_ChecksInOnDay2AndDay7()
    {
        Plan(PulledMuscle(), length: 7).CheckInDates.Should().Equal(Day(2), Day(7));
        Plan(PulledMuscle(), length: 6).CheckInDates.Should().Equal(Day(2));
    }

    // ---------------------------------------------------------------------------------- explanations (rule 8)

    public static TheoryData<string> Stories => ["noPain", "doms", "pulled", "disc", "ligament", "poorCore", "fever"];

    [Theory]
    [MemberData(nameof(Stories))]
    public void Plan_EveryEntry_NamesItsRuleReasonAndSource(string story)
    {
        var plan = Plan(StoryReport(story), TrainingHistory.Of(Session(0, 9, Exercise.Squat, Exercise.Lunge)));

        foreach (var day in plan.Days)
        {
            foreach (var entry in day.Planned.Concat(day.Blocked))
            {
                entry.RuleId.Should().NotBeNullOrWhiteSpace();
                entry.Reason.Should().NotBeNullOrWhiteSpace();
                entry.Source.Should().NotBeNull();
            }

            day.Blocked.Should().NotContain(e => !e.IsBlock || e.AllowedFrom == null, "a block says when it will be allowed");
            day.Planned.Should().NotContain(e => e.IsBlock);
        }
    }

    // ---------------------------------------------------------------------------------- the planner itself

    [Fact]
    public void Default_HasTheDefaultOptions()
    {
        RecoveryPlanner.Default.Options.Should().Be(PlannerOptions.Default);
    }

    [Fact]
    public void Plan_NullArguments_Throw()
    {
        var assessment = Assess(NoPain());
        var request = new PlanRequest(Start);

        FluentActions.Invoking(() => RecoveryPlanner.Default.Plan(null!, TrainingHistory.Empty, request))
            .Should().Throw<ArgumentNullException>().WithParameterName("assessment");
        FluentActions.Invoking(() => RecoveryPlanner.Default.Plan(assessment, null!, request))
            .Should().Throw<ArgumentNullException>().WithParameterName("history");
        FluentActions.Invoking(() => RecoveryPlanner.Default.Plan(assessment, TrainingHistory.Empty, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("request");
    }

    [Fact]
    public void Constructor_NullOptions_Throws()
    {
        FluentActions.Invoking(() => new RecoveryPlanner(null!)).Should().Throw<ArgumentNullException>().WithParameterName("options");
    }

    [Fact]
    public void Plan_KeepsItsInputs()
    {
        var assessment = Assess(PulledMuscle());
        var history = TrainingHistory.Of(Session(0, 5, Exercise.BenchPress));
        var request = new PlanRequest(Start, Days.Of(10));

        var plan = RecoveryPlanner.Default.Plan(assessment, history, request);

        plan.Assessment.Should().BeSameAs(assessment);
        plan.History.Should().BeSameAs(history);
        plan.Request.Should().BeSameAs(request);
        plan.Options.Should().Be(PlannerOptions.Default);
        plan.CheckInReports.Should().BeEmpty();
        plan.Disclaimer.Should().Be(assessment.Disclaimer).And.NotBeNullOrWhiteSpace();
    }

    private static SymptomReport StoryReport(string story) => story switch
    {
        "noPain" => NoPain(),
        "doms" => Doms(),
        "pulled" => PulledMuscle(),
        "disc" => SlippedDisc(),
        "ligament" => LigamentTear(),
        "poorCore" => PoorCoreStrength(),
        "fever" => Fever(),
        _ => throw new ArgumentOutOfRangeException(nameof(story), story, null),
    };

    private static List<int> CoreWorkDays(RecoveryPlan plan) => [.. plan.Days.Where(d => d.HasCoreWork).Select(d => d.DayNumber)];

    /// <summary>Rule 6: core work is part of every week (every seven consecutive days from <paramref name="fromDay"/>), and a rest day follows each session.</summary>
    private static void AssertCoreWorkEveryWeekNeverOnConsecutiveDays(RecoveryPlan plan, int fromDay)
    {
        var days = CoreWorkDays(plan);
        days.Zip(days.Skip(1)).Should().NotContain(p => p.Second - p.First < 2, "the core rests a full day after each session");
        for (var first = fromDay; first + 6 <= plan.Days.Count; first++)
        {
            days.Should().Contain(n => n >= first && n <= first + 6, $"days {first}–{first + 6} are a week and must include core work");
        }
    }
}
