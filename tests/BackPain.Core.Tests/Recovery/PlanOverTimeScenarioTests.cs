using BackPain.Core.Rules;
using System.Text.Json.Nodes;
using BackPain.Core.Serialization;
using BackPain.Core.Tests.Support;
using static BackPain.Core.Tests.Support.PlanExamples;
using static BackPain.Core.Tests.Support.Reports;

namespace BackPain.Core.Tests.Recovery;

/// <summary>
/// The fourteen examples of issue 12 (the plan over time), each asserting the behaviour domain.md §1, §4, §5, §6 and
/// §6b and the library's decisions (notes/decisions.md, D1–D11) require. The expected values are worked out from those
/// rules, not read off the planner's output; each test's comment names the rule. Dates are written as in the issue:
/// S is <see cref="PlanExamples.Start"/> and dN is S + N days, so <c>plan.Days[N]</c> is the day plan of dN (day N+1).
/// </summary>
public class PlanOverTimeScenarioTests
{
    /// <summary>D6: the rule that holds strenuous exercise when nothing fits.</summary>
    private const string HoldStrenuousUntilPainFree = "restriction.holdStrenuousUntilPainFree";

    // ------------------------------------------------------------------------------------------------ example 1

    [Fact]
    public void LigamentTear_PainEightAndWorseAfterAFullClearance_AllowsNoExerciseAtAllOnTheDayAfter()
    {
        // §6b.2 and D7: pain 8 and worse on d61, after the d44 clearance healed the tear, opens a new episode from d61,
        // and the d44 clearance does not count for it. §6 rule 3: a ligament tear allows no exercise at all until a
        // clinician clears it; §6 rule 1: no core work before. A pain-free check-in on d62 is no clearance.
        var plan = ReinjuredLigamentTear();

        foreach (var n in new[] { 61, 62 })
        {
            plan.Days[n].TrainableMuscles.Should().BeEmpty($"no muscle group may be trained on d{n}");
            MuscleGroup.All.Should().OnlyContain(m => !plan.MayTrain(m, D(n)).IsAllowed, $"MayTrain must agree on d{n}");
            plan.Days[n].HasCoreWork.Should().BeFalse($"no core work is planned on d{n}");
            plan.MayDoCoreWork(D(n)).IsAllowed.Should().BeFalse($"core work is blocked on d{n}");
            plan.Evaluate(WorkoutOn(n, Exercise.Deadlift)).IsAllowed.Should().BeFalse($"a deadlift is blocked on d{n}");
            plan.Evaluate(WorkoutOn(n, Exercise.Plank)).IsAllowed.Should().BeFalse($"a plank is blocked on d{n}");
        }

        plan.Days[62].Blocked.Should().Contain(e => e.Kind == PlanEntryKind.NoExercise);
        plan.EarliestTrainingDate(MuscleGroup.Chest, D(62)).IsKnown.Should().BeFalse("only a clearance given after d61 ends the new episode");
        plan.CoreWorkAllowedFrom.IsKnown.Should().BeFalse("only a clearance given after d61 ends the new episode");
    }

    [Fact]
    public void LigamentTear_ReinjuredOnDay61_IsHealedAgainByAFullClearanceGivenAfterTheReinjury()
    {
        // D7 (a): a full clearance in the current episode (the one opened on d61) heals it, from the check-in that
        // reports it: d62 stays without exercise, d63 allows everything again.
        var plan = ReinjuredLigamentTear().CheckIn(At(63, 0, Trend.Better, Clearance.FullTraining));

        plan.Days[62].TrainableMuscles.Should().BeEmpty();
        plan.Days[63].TrainableMuscles.Should().BeEquivalentTo(MuscleGroup.All);
        plan.Evaluate(WorkoutOn(63, Exercise.Deadlift)).IsAllowed.Should().BeTrue();
        plan.MayDoCoreWork(D(63)).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void LigamentTear_FullClearanceOnDay44_AllowsEverythingUntilTheReinjury()
    {
        // D7 (a): a full clearance heals the current episode of every open injury (the tear and the pulled muscle the
        // sharp pain during the workout also makes possible). D1: the later check-ins leave d44–d60 as they were. The
        // report names no exercise and the history is empty, so no rest by size is left.
        var plan = ReinjuredLigamentTear();

        foreach (var n in new[] { 44, 50, 60 })
        {
            plan.Days[n].TrainableMuscles.Should().BeEquivalentTo(MuscleGroup.All, $"all twelve groups may be trained on d{n}");
            plan.MayDoCoreWork(D(n)).IsAllowed.Should().BeTrue($"core work is allowed on d{n}");
            plan.Evaluate(WorkoutOn(n, Exercise.Deadlift)).IsAllowed.Should().BeTrue($"a deadlift is allowed on d{n}");
        }
    }

    [Fact]
    public void LigamentTear_PainEightAndWorseAfterAFullClearance_PutsAtLeastSeeDoctorInForceFromThatDay()
    {
        // §6b.1 and D4: pain 7+ raises triage to at least see-a-doctor, and so does pain worse. D9: a check-in without
        // a clearance keeps the maximum, so the level stays in force on d62.
        var plan = ReinjuredLigamentTear();

        plan.TriageOn(D(61)).Should().BeGreaterThanOrEqualTo(TriageLevel.SeeDoctor);
        plan.Days[61].Triage.Should().BeGreaterThanOrEqualTo(TriageLevel.SeeDoctor);
        plan.TriageOn(D(62)).Should().BeGreaterThanOrEqualTo(TriageLevel.SeeDoctor);
        plan.HighestTriage.Should().BeGreaterThanOrEqualTo(TriageLevel.SeeDoctor);
    }

    // ------------------------------------------------------------------------------------------------ example 2

    [Fact]
    public void PulledMuscle_PainFreeOnDay10_HealsItSoCoreWorkIsPlannedAndTheLowerBackTrainable()
    {
        // §6 rule 1 and D7 (b): a pulled muscle needs no clinician; a pain-free check-in on or after S + 7 heals it.
        // D3: an injury was possible, so core sessions are planned once core work is allowed, and the week d7–d13 has
        // none yet. The report's deadlift on S rested the lower back until S + 3 only (§5).
        var plan = Plan(PulledMuscle(), length: 56).With(At(10, 0, Trend.Better));

        plan.MayDoCoreWork(D(10)).IsAllowed.Should().BeTrue();
        plan.Days[10].HasCoreWork.Should().BeTrue();
        plan.MayTrain(MuscleGroup.LowerBack, D(10)).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void PulledMuscle_PainSevenAndWorseAfterHealing_BlocksCoreWorkAndTheLowerBackAgainDespiteAPainFreeCheckInTheNextDay()
    {
        // §6b.2 and D7: pain 7 and worse on d21, after the muscle healed on d10, opens a new episode from d21, and the
        // minimum healing time (7 days) counts again from it: nothing heals before d28, so the pain-free check-in on d22
        // does not. §6 rules 1 and 4: no core work and the injured lower back rests until then.
        var plan = ReinjuredPulledMuscle();

        foreach (var n in new[] { 21, 22, 27 })
        {
            plan.MayDoCoreWork(D(n)).IsAllowed.Should().BeFalse($"the new episode is not healed on d{n}");
            plan.Days[n].HasCoreWork.Should().BeFalse($"no core work is planned on d{n}");
            plan.MayTrain(MuscleGroup.LowerBack, D(n)).IsAllowed.Should().BeFalse($"the lower back rests on d{n}");
            plan.Days[n].TrainableMuscles.Should().NotContain([MuscleGroup.LowerBack, MuscleGroup.Core]);
        }

        plan.EarliestCoreWorkDate(D(22)).Should().Be(Availability.After(OpenCondition.PainFreeCheckIn, D(28)));
        plan.EarliestTrainingDate(MuscleGroup.LowerBack, D(22)).Should().Be(Availability.After(OpenCondition.PainFreeCheckIn, D(28)));
        plan.MayTrain(MuscleGroup.LowerBack, D(20)).IsAllowed.Should().BeTrue("D1: the days before d21 keep the healing of d10");
    }

    [Theory]
    [InlineData(27, false)]
    [InlineData(28, true)]
    [InlineData(35, true)]
    public void PulledMuscle_ReinjuredOnDay21_HealsOnlyAtAPainFreeCheckInFromDay28(int day, bool healed)
    {
        // D7 (b): the new episode starts on d21, so a pain-free check-in heals it only on or after d21 + 7 = d28.
        // D3: once healed, a core session is planned (the plan week of d28 and that of d35 have none yet).
        var plan = ReinjuredPulledMuscle(At(day, 0, Trend.Better));

        plan.MayDoCoreWork(D(day)).IsAllowed.Should().Be(healed);
        plan.MayTrain(MuscleGroup.LowerBack, D(day)).IsAllowed.Should().Be(healed);
        plan.Days[day].TrainableMuscles.Contains(MuscleGroup.LowerBack).Should().Be(healed);
        plan.Days[day].HasCoreWork.Should().Be(healed);
        plan.MayDoCoreWork(D(28)).IsAllowed.Should().Be(day == 28, "it heals from the pain-free check-in on or after d28, not before that check-in");
    }

    // ------------------------------------------------------------------------------------------------ example 3

    [Fact]
    public void Doms_PainNineAtTheDay2CheckIn_PutsSeeDoctorInForceFromDay2WithASeeClinicianEntry()
    {
        // §6b.1, D4 and D9: pain 7+ at a check-in raises the triage in force to at least see-a-doctor from its date (a
        // DOMS report has no red flag and no suspected injury, so see-a-doctor exactly), and it stays in force.
        // D11: the check-in reports pain 7+ (a red flag), so its date gets a see-a-clinician entry (plan.redFlagAtCheckIn);
        // the assessment's self-care puts none on S.
        var plan = Plan(Reports.Doms()).With(At(2, 9, Trend.Same));

        plan.TriageOn(D(1)).Should().Be(TriageLevel.SelfCare);
        plan.TriageOn(D(2)).Should().Be(TriageLevel.SeeDoctor);
        plan.Days[2].Triage.Should().Be(TriageLevel.SeeDoctor);
        plan.Days[3].Triage.Should().Be(TriageLevel.SeeDoctor);
        plan.HighestTriage.Should().Be(TriageLevel.SeeDoctor);
        plan.Days[2].Planned.Should().Contain(e => e.Kind == PlanEntryKind.SeeClinician && e.RuleId == RecoveryRules.RedFlagAtCheckIn.Id);
        plan.Days.Take(2).Should().OnlyContain(d => d.Planned.All(e => e.Kind != PlanEntryKind.SeeClinician));
    }

    // ------------------------------------------------------------------------------------------------ example 4

    [Fact]
    public void UpperBackDoms_PainDownOneLegAtTheDay2CheckIn_HoldsStrenuousExerciseAndCoreWorkFromDay2()
    {
        // §6b.1 and D4: a new finding applies the restrictions it would have caused in the first report, from the
        // check-in's date. D5: pain down a leg keeps a slipped disc at least possible. §6 rule 2: no strenuous exercise
        // until cleared (a good morning loads the spine); rule 1: no core work until healed. Triage: pain down a leg,
        // pain worse and a suspected slipped disc each mean see-a-doctor.
        var plan = Plan(Reports.Doms(a => a.Area = BackArea.UpperBack)).With(At(2, 6, Trend.Worse, Clearance.None, Symptom.PainDownOneLeg));
        Exercise.GoodMorning.IsStrenuousForSpine.Should().BeTrue("the premise: a good morning is strenuous for the spine");

        foreach (var n in new[] { 2, 9 })
        {
            plan.Evaluate(WorkoutOn(n, Exercise.GoodMorning)).Conflicts
                .Should().Contain(c => c.Kind == PlanEntryKind.NoStrenuousExercise && c.Exercise == Exercise.GoodMorning, $"strenuous exercise is held on d{n}");
            plan.MayDoCoreWork(D(n)).Conflicts.Should().Contain(c => c.Kind == PlanEntryKind.NoCoreWork, $"core work is blocked on d{n}");
            plan.Evaluate(WorkoutOn(n, Exercise.Plank)).Conflicts.Should().Contain(c => c.Kind == PlanEntryKind.NoCoreWork, $"a plank is blocked on d{n}");
            plan.Days[n].HasCoreWork.Should().BeFalse($"no core work is planned on d{n}");
            plan.Days[n].TrainableMuscles.Should().NotContain(MuscleGroup.Core, $"the core may not be trained on d{n}");
        }

        plan.TriageOn(D(2)).Should().BeGreaterThanOrEqualTo(TriageLevel.SeeDoctor);
        plan.Evaluate(WorkoutOn(1, Exercise.GoodMorning)).Conflicts
            .Should().NotContain(c => c.Kind == PlanEntryKind.NoStrenuousExercise, "D1: before the check-in nothing held strenuous exercise");
    }

    [Fact]
    public void UpperBackDoms_WorseAtTheDay2CheckInWithoutANewFinding_RaisesTriageButBlocksNothingElse()
    {
        // The contrast: §6 rule 5, DOMS blocks nothing but the sore muscles; pain worse raises triage only (§6b.1).
        // The report's squat worked the core on S, a small muscle: trainable again from S + 2 (§5, §6b.7).
        var plan = Plan(Reports.Doms(a => a.Area = BackArea.UpperBack)).With(At(2, 6, Trend.Worse));

        plan.TriageOn(D(2)).Should().Be(TriageLevel.SeeDoctor);
        plan.Evaluate(WorkoutOn(2, Exercise.GoodMorning)).Conflicts.Should().NotContain(c => c.Kind == PlanEntryKind.NoStrenuousExercise);
        plan.MayDoCoreWork(D(2)).IsAllowed.Should().BeTrue();
    }

    // ------------------------------------------------------------------------------------------------ example 5

    [Fact]
    public void PulledMuscle_CheckInWithNoPainButWorse_IsRejectedNamingTrend()
    {
        // §6b.4: pain 0 and "worse" is a contradiction, an input error naming the field.
        var plan = Plan(PulledMuscle());

        var act = () => plan.CheckIn(new CheckInReport(D(9), 0, Trend.Worse));

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Select(e => e.Path).Should().Equal("trend");
    }

    [Fact]
    public void PulledMuscle_PlanDocumentWithANoPainButWorseCheckIn_IsRejectedNamingThatCheckInsTrend()
    {
        // §6b.4: the same contradiction read from JSON is rejected too, at its path in the document.
        var document = JsonNode.Parse(BackPainJson.Serialize(Plan(PulledMuscle()).CheckIn(new CheckInReport(D(9), 1, Trend.Worse))))!;
        document["checkInReports"]![0]!["pain"] = 0;

        var act = () => BackPainJson.DeserializePlan(document.ToJsonString());

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Select(e => e.Path).Should().Equal("$.checkInReports[0].trend");
    }

    // ------------------------------------------------------------------------------------------------ example 6

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ReportsOwnDeadlift_EmptyHistory_RestsEveryMuscleItWorksFromTheStartBySize(bool hard)
    {
        // §6b.7 and D2: the report's own workout is a session on S of every primary and secondary muscle of its
        // exercises, hard when the report says hard or unaccustomed. §5: trained on S, a large group may be trained again
        // from S + 1 + 3 = S + 4 after a hard session (S + 3 otherwise), a small one from S + 2; the groups the deadlift
        // does not work were never trained. The report is built so that no cause restricts anything (pain 2, a week old
        // and getting better: DOMS is argued against, no cause is likely, no hold), so only the workout rests muscles.
        var report = new SymptomReportBuilder
        {
            Severity = 2,
            HardOrUnaccustomedWorkout = hard,
            Exercises = [Exercise.Deadlift],
            PainDurationDays = 7,
            Trend = Trend.Better,
        }.Build();
        Assess(report).Restrictions.Should().BeEmpty("the premise: nothing but the workout rests a muscle");
        var worked = Exercise.Deadlift.PrimaryMuscles.Concat(Exercise.Deadlift.SecondaryMuscles).ToHashSet();

        var plan = Plan(report, TrainingHistory.Empty);

        foreach (var muscle in MuscleGroup.All)
        {
            var first = worked.Contains(muscle) ? 1 + SpecRest(muscle, hard) : 0;
            for (var n = 0; n <= 6; n++)
            {
                plan.MayTrain(muscle, D(n)).IsAllowed.Should().Be(n >= first, $"{muscle} may be trained from d{first}, so on d{n}");
                plan.Days[n].TrainableMuscles.Contains(muscle).Should().Be(n >= first, $"{muscle} is trainable from d{first}, so on d{n}");
            }

            plan.EarliestTrainingDate(muscle, Start).Should().Be(Availability.From(D(first)), $"{muscle} may be trained from d{first}");
        }

        plan.MayTrain(MuscleGroup.LowerBack, Start).Conflicts.Should().Contain(c => c.RuleId == (hard ? RecoveryRules.RestLargeAfterHard.Id : RecoveryRules.RestLarge.Id));
        plan.MayTrain(MuscleGroup.Forearms, Start).Conflicts.Should().Contain(c => c.RuleId == RecoveryRules.RestSmall.Id);
    }

    // ------------------------------------------------------------------------------------------------ example 7

    [Fact]
    public void SeverityOnly_NothingFits_SeesADoctorAndHoldsStrenuousExerciseWhileGentleActivityStaysPlanned()
    {
        // §1 "nothing fits" and D6: no cause likely and pain 4+ → see-a-doctor (D11: a see-a-clinician entry on S), and
        // strenuous, spine-loading exercise is held until a pain-free check-in; staying active stays planned. D10: the
        // hold blocks strenuous exercises, not muscle groups, and a bench press does not load the spine.
        var plan = Plan(Reports.WithSeverity(6));

        plan.TriageOn(Start).Should().Be(TriageLevel.SeeDoctor);
        plan.Days[0].Planned.Should().Contain(e => e.Kind == PlanEntryKind.SeeClinician);
        for (var n = 0; n < plan.Days.Count; n++)
        {
            plan.Evaluate(WorkoutOn(n, Exercise.Deadlift)).Conflicts
                .Should().Contain(c => c.Kind == PlanEntryKind.NoStrenuousExercise && c.RuleId == HoldStrenuousUntilPainFree, $"a deadlift is held on d{n}");
            plan.Days[n].Planned.Should().Contain(e => e.Kind == PlanEntryKind.StayActive, $"gentle activity stays planned on d{n}");
            plan.Days[n].TrainableMuscles.Should().BeEquivalentTo(MuscleGroup.All, $"the hold rests no muscle group on d{n}");
        }

        plan.Days[0].Blocked.Should().Contain(e => e.Kind == PlanEntryKind.NoStrenuousExercise && e.AllowedFrom!.Condition == OpenCondition.PainFreeCheckIn);
        plan.Evaluate(WorkoutOn(0, Exercise.BenchPress)).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void SeverityOnly_PainFreeCheckInOnDay5_AllowsADeadliftFromThatDay()
    {
        // D6: the hold lasts until a pain-free check-in. The report names no exercise and the history is empty, so no
        // rest by size is left: a deadlift is allowed from d5 on. D1: d4 stays as it was.
        var plan = Plan(Reports.WithSeverity(6)).With(At(5, 0, Trend.Better));

        plan.Evaluate(WorkoutOn(4, Exercise.Deadlift)).IsAllowed.Should().BeFalse();
        Enumerable.Range(5, 23).Should().OnlyContain(n => plan.Evaluate(WorkoutOn(n, Exercise.Deadlift)).IsAllowed);
    }

    [Theory]
    [InlineData(Clearance.None, false)]
    [InlineData(Clearance.LightActivity, false)]
    [InlineData(Clearance.FullTraining, true)]
    public void SeverityOnly_CheckInWithSomePainOnDay5_LiftsTheHoldOnlyWithAFullClearance(Clearance clearance, bool lifted)
    {
        // D6 and D8: the nothing-fits hold ends at a pain-free check-in or a full clearance; a light-activity clearance
        // allows light activity only (no strenuous exercise). Pain 3 at the check-in is below 4, so the re-assessment
        // (D4) raises no new hold.
        var plan = Plan(Reports.WithSeverity(6)).With(At(5, 3, Trend.Better, clearance));

        plan.Evaluate(WorkoutOn(5, Exercise.Deadlift)).IsAllowed.Should().Be(lifted);
        plan.Evaluate(WorkoutOn(12, Exercise.Deadlift)).IsAllowed.Should().Be(lifted);
    }

    // ------------------------------------------------------------------------------------------------ example 9

    [Fact]
    public void ShootingPainAtFourTheNextDay_NothingFits_HoldsOnlyStrenuousExerciseAndOnlyUntilTheDay4PainFreeCheckIn()
    {
        // D5: without a pop, and with shooting pain that is neither severe nor during the workout, a ligament tear has no
        // defining sign: unlikely, so rule 3 (no exercise until a clinician clears it) never applies. Nothing else fits
        // and the pain is 4: D6 applies (see-a-doctor, strenuous held until a pain-free check-in), which d4 gives.
        var report = new SymptomReportBuilder { Severity = 4, Character = PainCharacter.Shooting, Onset = Onset.NextDayOrLater }.Build();
        var plan = Plan(report, length: 56).With(At(4, 0, Trend.Better));

        plan.TriageOn(Start).Should().Be(TriageLevel.SeeDoctor);
        plan.Days[0].TrainableMuscles.Should().BeEquivalentTo(MuscleGroup.All, "no rule blocks all exercise");
        var deadliftOnDay3 = plan.Evaluate(WorkoutOn(3, Exercise.Deadlift)).Conflicts;
        deadliftOnDay3.Should().Contain(c => c.Kind == PlanEntryKind.NoStrenuousExercise && c.RuleId == HoldStrenuousUntilPainFree);
        deadliftOnDay3.Should().NotContain(c => c.Kind == PlanEntryKind.NoExercise);
        for (var n = 4; n < plan.Days.Count; n++)
        {
            plan.Evaluate(WorkoutOn(n, Exercise.Deadlift)).IsAllowed.Should().BeTrue($"the hold ended at the pain-free check-in of d4, so on d{n}");
            plan.Days[n].TrainableMuscles.Should().BeEquivalentTo(MuscleGroup.All, $"nothing rests a muscle on d{n}");
        }
    }

    [Fact]
    public void SuddenJerkAloneAtSeverity1_BlocksNeitherCoreWorkNorStrenuousExercise()
    {
        // D5: a sudden jerk without a heavy squat or deadlift and severe pain is no defining sign of a slipped disc:
        // unlikely, so rules 1 and 2 do not apply. Pain 1 is below 4, so nothing-fits holds nothing (D6) and triage
        // stays self-care.
        var plan = Plan(new SymptomReportBuilder { Severity = 1, SuddenJerk = true }.Build());

        plan.TriageOn(Start).Should().Be(TriageLevel.SelfCare);
        plan.Days[0].Blocked.Should().BeEmpty();
        plan.MayDoCoreWork(Start).IsAllowed.Should().BeTrue();
        plan.Evaluate(WorkoutOn(0, Exercise.Plank)).IsAllowed.Should().BeTrue();
        plan.Evaluate(WorkoutOn(0, Exercise.Deadlift)).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void SharpSevenDuringASquat_FullClearanceWithNoPainOnDay10_AllowsSquatDeadliftGoodMorningPlankAndCrunchFromDay10()
    {
        // D5: sharp pain during the workout is the pulled muscle's defining sign; severe pain during a squat without a
        // jerk, leg pain, a pop or shooting pain is none for a slipped disc or a ligament tear: both unlikely. §6 rules 1
        // and 4 hold core work and the lower back until the pulled muscle heals, which the full clearance of d10 does
        // (D7 (a); pain 0 on or after S + 7 would too). From then on only rest after training may still hold an
        // exercise ("once rest allows"): the report's squat on S (until S + 3 at most, §5) and the planned core sessions,
        // each of which rests the core the next day (D3).
        var report = new SymptomReportBuilder { Severity = 7, Character = PainCharacter.Sharp, Onset = Onset.DuringWorkout, Exercises = [Exercise.Squat] }.Build();
        var plan = Plan(report).With(At(10, 0, Trend.Better, Clearance.FullTraining));
        Exercise[] exercises = [Exercise.Squat, Exercise.Deadlift, Exercise.GoodMorning, Exercise.Plank, Exercise.Crunch];

        plan.Evaluate(WorkoutOn(9, Exercise.Deadlift)).IsAllowed.Should().BeFalse("the pulled muscle rests the lower back until d10");
        plan.Evaluate(WorkoutOn(9, Exercise.Plank)).IsAllowed.Should().BeFalse("no core work until d10");
        foreach (var exercise in exercises)
        {
            plan.Evaluate(WorkoutOn(10, exercise)).IsAllowed.Should().BeTrue($"a {exercise} is allowed on d10");
            for (var n = 10; n < plan.Days.Count; n++)
            {
                plan.Evaluate(WorkoutOn(n, exercise)).Conflicts
                    .Where(c => c.Kind != PlanEntryKind.RestMuscles || !c.RuleId.StartsWith("plan.", StringComparison.Ordinal))
                    .Should().BeEmpty($"only the planner's rest after training may still hold a {exercise} on d{n}");
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ example 10

    [Fact]
    public void PoorCoreStrengthWithFever_FullClearanceOnDay3_PlansCoreSessionsFromDay3()
    {
        // §6 rule 7 and D9: the fever (see-a-doctor-urgently) suspends all training from S until a clearance at a later
        // check-in than the one that raised it (the assessment raised it): the d3 full clearance lifts it from d3 (D8).
        // §6 rule 6 and D3: poor core strength plans core sessions on each day core work is allowed, every other day;
        // the report's run worked the core on S, so the core was rested anyway until S + 2.
        var report = new SymptomReportBuilder
        {
            Severity = 3,
            PostureBrokeDown = true,
            RecursAfterSessions = true,
            Exercises = [Exercise.Running],
            RedFlags = [Symptom.Fever],
        }.Build();
        var plan = Plan(report).With(At(3, 2, Trend.Better, Clearance.FullTraining));

        for (var n = 0; n < 3; n++)
        {
            plan.Days[n].HasCoreWork.Should().BeFalse($"training is suspended on d{n}");
            plan.MayDoCoreWork(D(n)).Conflicts.Should().Contain(c => c.Kind == PlanEntryKind.SuspendAllTraining, $"training is suspended on d{n}");
        }

        plan.Days[3].HasCoreWork.Should().BeTrue();
        plan.MayDoCoreWork(D(3)).IsAllowed.Should().BeTrue();
        plan.Days[5].HasCoreWork.Should().BeTrue();
        plan.MayDoCoreWork(D(5)).IsAllowed.Should().BeTrue();
        Enumerable.Range(0, plan.Days.Count).Where(n => plan.Days[n].HasCoreWork)
            .Should().OnlyContain(n => plan.MayDoCoreWork(D(n)).IsAllowed, "§7: MayDoCoreWork agrees with every planned core session");
    }

    // ------------------------------------------------------------------------------------------------ example 11

    [Fact]
    public void PoorCoreStrength_PlannedCoreSessions_AreAtMostThreeAPlanWeekNeverOnConsecutiveDaysAndRestTheCoreTheDayAfter()
    {
        // §6b.6 and D3: a planned core session is training of the core, a small muscle: trained on D, rested on D + 1
        // (no plank, the core not trainable), trainable from D + 2; at most 3 sessions in each plan week (days 1–7, …).
        var plan = Plan(PoorCoreStrength(), length: 56);

        var sessions = Enumerable.Range(0, plan.Days.Count).Where(n => plan.Days[n].HasCoreWork).ToList();
        sessions.Should().NotBeEmpty();
        sessions.Should().OnlyContain(n => plan.MayDoCoreWork(D(n)).IsAllowed, "§7: MayDoCoreWork agrees with every planned core session");
        sessions.GroupBy(n => n / 7).Should().OnlyContain(week => week.Count() <= 3, "at most 3 core sessions a plan week");
        sessions.Zip(sessions.Skip(1)).Should().OnlyContain(pair => pair.Second - pair.First >= 2, "never on consecutive days");
        foreach (var n in sessions.Where(n => n + 1 < plan.Days.Count))
        {
            plan.MayTrain(MuscleGroup.Core, D(n + 1)).IsAllowed.Should().BeFalse($"the core rests the day after the session of d{n}");
            plan.Days[n + 1].TrainableMuscles.Should().NotContain(MuscleGroup.Core, $"the core rests the day after the session of d{n}");
            plan.MayDoCoreWork(D(n + 1)).IsAllowed.Should().BeFalse($"no core work the day after the session of d{n}");
            plan.Evaluate(WorkoutOn(n + 1, Exercise.Plank)).IsAllowed.Should().BeFalse($"no plank the day after the session of d{n}");
            plan.Readiness(MuscleGroup.Core, D(n + 1)).Should().BeLessThan(100, $"the core is not ready the day after the session of d{n}");
        }
    }

    [Fact]
    public void PoorCoreStrength_PlannedCoreSessions_FallOnEveryOtherDayWhileTheWeekHasFewerThanThree()
    {
        // D3: a session on each day core work is allowed while the plan week has fewer than 3. The report's run worked
        // the core on S (day 1), so it is trainable from day 3 (§5, §6b.7); each session rests it the next day. Day
        // numbers (day 1 = S): 3, 5, 7 | 9, 11, 13 | 15, 17, 19 (day 21 would be a fourth) | 22, 24, 26.
        var plan = Plan(PoorCoreStrength(), length: 28);

        plan.Days.Where(d => d.HasCoreWork).Select(d => d.DayNumber).Should().Equal(3, 5, 7, 9, 11, 13, 15, 17, 19, 22, 24, 26);
    }

    // ------------------------------------------------------------------------------------------------ example 12

    [Fact]
    public void LegExtensionOnDay11_EarliestTrainingDateOfTheQuadricepsIsTheFirstDayMayTrainAllows()
    {
        // D10: EarliestTrainingDate(m, x) is the first d ≥ x with MayTrain(m, d) allowed. Nothing else rests the
        // quadriceps (a bare severity 3: no cause, no hold), so from S that is S itself; the leg extension on d11 rests
        // them d11–d13 (a large group, not hard: trainable again from d11 + 3 = d14, §5).
        var plan = Plan(Reports.WithSeverity(3), LegExtensionOnDay11);

        plan.EarliestTrainingDate(MuscleGroup.Quadriceps, Start).Should().Be(Availability.From(Start));
        plan.EarliestTrainingDate(MuscleGroup.Quadriceps).Should().Be(Availability.From(Start));
        plan.EarliestTrainingDate(MuscleGroup.Quadriceps, D(11)).Should().Be(Availability.From(D(14)));
        plan.EarliestTrainingDate(MuscleGroup.Quadriceps, D(13)).Should().Be(Availability.From(D(14)));
        Enumerable.Range(11, 3).Should().OnlyContain(n => !plan.MayTrain(MuscleGroup.Quadriceps, D(n)).IsAllowed);
        ShouldAgreeOnEveryDay(plan);
    }

    [Fact]
    public void LegExtensionOnDay11_SuspensionLiftedMidPlanByAClearance_EveryQueryStillAgrees()
    {
        // §6 rule 7, D8 and D9: a fever reported on d5 suspends all training from d5; a full clearance at the later
        // check-in of d8 lifts it from d8. D10: every query reads the same blocks, and EarliestTrainingDate is open while
        // the suspension waits for a clinician.
        var suspended = Plan(Reports.WithSeverity(3), LegExtensionOnDay11).With(At(5, 3, Trend.Same, Clearance.None, Symptom.Fever));

        suspended.EarliestTrainingDate(MuscleGroup.Quadriceps, D(5)).IsKnown.Should().BeFalse();
        suspended.EarliestTrainingDate(MuscleGroup.Quadriceps, D(4)).Should().Be(Availability.From(D(4)));
        ShouldAgreeOnEveryDay(suspended);

        var cleared = suspended.CheckIn(At(8, 2, Trend.Better, Clearance.FullTraining));

        cleared.EarliestTrainingDate(MuscleGroup.Quadriceps, D(5)).Should().Be(Availability.From(D(8)));
        cleared.EarliestTrainingDate(MuscleGroup.Quadriceps).Should().Be(Availability.From(D(8)), "AsOf is the clearance's date");
        cleared.EarliestTrainingDate(MuscleGroup.Quadriceps, D(9)).Should().Be(Availability.From(D(9)));
        cleared.EarliestTrainingDate(MuscleGroup.Quadriceps, D(11)).Should().Be(Availability.From(D(14)));
        ShouldAgreeOnEveryDay(cleared);
    }

    // ------------------------------------------------------------------------------------------------ example 13

    [Fact]
    public void Fever_FullClearanceOnDay3_EndsTheUrgentLevelInForceWhileTheHighestLevelStaysUrgent()
    {
        // §6b.5 and D9: a check-in with a clearance resets the level in force to what it reports itself (pain 2 and
        // better: no red flag, so below see-a-doctor-urgently); HighestTriage never falls. §6 rule 7: the clearance at a
        // later check-in than the one that raised the fever (the assessment) lifts the suspension from d3, and the chest
        // was never trained.
        var plan = Plan(Fever()).With(At(3, 2, Trend.Better, Clearance.FullTraining));

        plan.TriageOn(D(2)).Should().Be(TriageLevel.SeeDoctorUrgently);
        plan.TriageOn(D(3)).Should().BeLessThan(TriageLevel.SeeDoctorUrgently);
        plan.TriageOn(D(4)).Should().BeLessThan(TriageLevel.SeeDoctorUrgently);
        plan.Days[4].Triage.Should().Be(plan.TriageOn(D(4)));
        plan.HighestTriage.Should().Be(TriageLevel.SeeDoctorUrgently);
        plan.MayTrain(MuscleGroup.Chest, D(2)).IsAllowed.Should().BeFalse("training is suspended until the clearance");
        plan.MayTrain(MuscleGroup.Chest, D(4)).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void Fever_ReportedAtACheckInThatAlsoReportsAClearance_StaysUrgentUntilALaterClearance()
    {
        // §6b.3, D8 and D9: an open urgent red flag is lifted only by a clearance at a later check-in than the one that
        // raised it, so a fever reported together with a full clearance on d5 suspends all training from d5; the
        // clearance on d8 lifts it from d8.
        var plan = Plan(Reports.WithSeverity(3)).With(At(5, 3, Trend.Same, Clearance.FullTraining, Symptom.Fever));

        plan.TriageOn(D(5)).Should().Be(TriageLevel.SeeDoctorUrgently);
        plan.MayTrain(MuscleGroup.Chest, D(5)).Conflicts.Should().Contain(c => c.Kind == PlanEntryKind.SuspendAllTraining);
        plan.MayTrain(MuscleGroup.Chest, D(20)).IsAllowed.Should().BeFalse();

        var cleared = plan.CheckIn(At(8, 2, Trend.Better, Clearance.FullTraining));

        cleared.MayTrain(MuscleGroup.Chest, D(7)).IsAllowed.Should().BeFalse();
        cleared.MayTrain(MuscleGroup.Chest, D(8)).IsAllowed.Should().BeTrue();
        cleared.TriageOn(D(8)).Should().BeLessThan(TriageLevel.SeeDoctorUrgently);
        cleared.HighestTriage.Should().Be(TriageLevel.SeeDoctorUrgently);
    }

    // ------------------------------------------------------------------------------------------------ example 14

    [Fact]
    public void ThousandCheckInsOnOneDate_AreAcceptedAndReadBackFromJsonAsAnEqualPlan()
    {
        // §6b.4: several check-ins on one date are fine, taken in order; a plan holds at most RecoveryPlan.MaxCheckIns.
        // §7: serialising and reading back any plan gives an equal value.
        var plan = PlanWithCheckInsOnOneDate(RecoveryPlan.MaxCheckIns);

        plan.CheckInReports.Should().HaveCount(RecoveryPlan.MaxCheckIns).And.OnlyContain(c => c.Date == D(3));
        BackPainJson.DeserializePlan(BackPainJson.Serialize(plan)).Should().Be(plan);
    }

    [Fact]
    public void ThousandCheckInsOnOneDate_OneMore_IsRejectedNamingDateAndTheMaximum()
    {
        // §6b.4 and the decisions: the number of check-ins a plan holds is bounded (MaxCheckIns = 1000) and documented;
        // CheckIn rejects one more with the path `date`, and the message states the maximum.
        var plan = PlanWithCheckInsOnOneDate(RecoveryPlan.MaxCheckIns);

        var act = () => plan.CheckIn(At(3, 3, Trend.Better));

        var error = act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Should().ContainSingle().Which;
        error.Path.Should().Be("date");
        error.Message.Should().Contain(RecoveryPlan.MaxCheckIns.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ThousandCheckInsOnOneDate_ADocumentWithOneMore_IsRejectedNamingTheListAndTheMaximum()
    {
        // The same bound holds for a plan read from JSON (§6b.4): one check-in over the maximum is an input error.
        var document = JsonNode.Parse(BackPainJson.Serialize(PlanWithCheckInsOnOneDate(RecoveryPlan.MaxCheckIns)))!;
        var list = document["checkInReports"]!.AsArray();
        list.Add(list[^1]!.DeepClone());

        var act = () => BackPainJson.DeserializePlan(document.ToJsonString());

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors
            .Should().Contain(e => e.Path.StartsWith("$.checkInReports", StringComparison.Ordinal)
                                   && e.Message.Contains(RecoveryPlan.MaxCheckIns.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private static TrainingHistory LegExtensionOnDay11 => TrainingHistory.Of(new Workout(D(11), [Exercise.LegExtension]));

    /// <summary>A proposed workout on dN.</summary>
    private static Workout WorkoutOn(int n, Exercise exercise) => new(D(n), [exercise]);

    /// <summary>
    /// Example 1: severity 6, sharp, during the workout, a pop heard; cleared for full training with pain 0 on d44, pain
    /// 8 and worse on d61, pain 0 and better on d62.
    /// </summary>
    private static RecoveryPlan ReinjuredLigamentTear()
    {
        var report = new SymptomReportBuilder { Severity = 6, Character = PainCharacter.Sharp, Onset = Onset.DuringWorkout, PopHeard = true }.Build();
        return Plan(report, length: 90).With(At(44, 0, Trend.Better, Clearance.FullTraining), At(61, 8, Trend.Worse), At(62, 0, Trend.Better));
    }

    /// <summary>Example 2: a pulled muscle, pain 0 on d10, pain 7 and worse on d21, pain 0 on d22, then <paramref name="more"/>.</summary>
    private static RecoveryPlan ReinjuredPulledMuscle(params CheckInReport[] more)
        => Plan(PulledMuscle(), length: 56).With([At(10, 0, Trend.Better), At(21, 7, Trend.Worse), At(22, 0, Trend.Better), .. more]);

    /// <summary>Example 14: a 365-day plan of a pulled muscle with <paramref name="count"/> check-ins on d3.</summary>
    private static RecoveryPlan PlanWithCheckInsOnOneDate(int count)
    {
        var plan = Plan(PulledMuscle(), length: PlanRequest.MaxLength);
        for (var i = 0; i < count; i++)
        {
            plan = plan.CheckIn(At(3, 1 + (i % 5), Trend.Better));
        }

        return plan;
    }

    /// <summary>
    /// D10 and §7: on every day, MayTrain, the day's trainable muscles, Readiness and a one-exercise Evaluate agree for
    /// every muscle group, and EarliestTrainingDate from every day is the first day from it that MayTrain allows.
    /// </summary>
    private static void ShouldAgreeOnEveryDay(RecoveryPlan plan)
    {
        var count = plan.Days.Count;
        foreach (var muscle in MuscleGroup.All)
        {
            var allowed = new bool[count];
            for (var n = 0; n < count; n++)
            {
                allowed[n] = plan.MayTrain(muscle, D(n)).IsAllowed;
                plan.Days[n].TrainableMuscles.Contains(muscle).Should().Be(allowed[n], $"Days[{n}] must agree with MayTrain({muscle}, d{n})");
                (plan.Readiness(muscle, D(n)) == 100).Should().Be(allowed[n], $"Readiness({muscle}, d{n}) is 100 exactly when MayTrain allows it");
            }

            for (var from = 0; from < count; from++)
            {
                var first = Array.IndexOf(allowed, true, from);
                var earliest = plan.EarliestTrainingDate(muscle, D(from));
                if (first >= 0)
                {
                    earliest.Should().Be(Availability.From(D(first)), $"the first day from d{from} that MayTrain({muscle}) allows is d{first}");
                }
                else
                {
                    (earliest.Date is null || earliest.Date > plan.Request.End).Should().BeTrue($"MayTrain({muscle}) allows no day from d{from} to the end of the plan");
                }
            }
        }

        for (var n = 0; n < count; n++)
        {
            plan.Evaluate(WorkoutOn(n, Exercise.LegExtension)).IsAllowed
                .Should().Be(plan.MayTrain(MuscleGroup.Quadriceps, D(n)).IsAllowed, $"a leg extension works the quadriceps alone, so on d{n}");
        }
    }
}
