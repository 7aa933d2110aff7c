using BackPain.Core.Rules;
using BackPain.Core.Tests.Support;
using static BackPain.Core.Tests.Support.PlanExamples;
using static BackPain.Core.Tests.Support.Reports;

namespace BackPain.Core.Tests.Recovery;

/// <summary>
/// The longitudinal rules of domain.md §6b, one rule per test, through the public API: what a check-in opens, closes,
/// suspends, holds and reopens, and the see-a-clinician entries it adds. Expected values are worked out from §6 and §6b.
/// Dates: dN is <see cref="PlanExamples.Start"/> + N days.
/// </summary>
public class PlanTimelineRuleTests
{
    private const string SuspendAllTraining = "restriction.suspendAllTraining";
    private const string LightActivityOnly = "plan.lightActivityOnly";
    private const string NoStrenuousUntilCleared = "restriction.noStrenuousUntilCleared";
    private const string RestSoreMuscles = "restriction.restSoreMuscles";
    private const string HoldStrenuousUntilPainFree = "restriction.holdStrenuousUntilPainFree";
    private const string NoExerciseUntilHealed = "restriction.noExerciseUntilHealed";

    // ------------------------------------------------------------------------------------- suspension and light only

    [Fact]
    public void CheckIn_LightClearanceAfterAnUrgentRedFlag_LiftsTheSuspensionAndPutsLightActivityOnlyInItsPlace()
    {
        // §6.7: a suspension raised by the first assessment ends with a clearance (light or full) at any check-in;
        // §6b.3: a light clearance holds spine-loading exercise and core work ("light activity only") until a full one.
        var plan = Plan(Fever()).With(At(3, 2, Trend.Better, Clearance.LightActivity));

        Blocks(plan, 2).Should().Contain(e => e.RuleId == SuspendAllTraining);
        Blocks(plan, 3).Should().NotContain(e => e.RuleId == SuspendAllTraining);
        Blocks(plan, 3).Should().Contain(e => e.RuleId == LightActivityOnly && e.Kind == PlanEntryKind.NoStrenuousExercise);
        Blocks(plan, 3).Should().Contain(e => e.RuleId == LightActivityOnly && e.Kind == PlanEntryKind.NoCoreWork);
        plan.MayDoCoreWork(D(3)).IsAllowed.Should().BeFalse("core work waits for a full clearance");
        plan.Evaluate(new Workout(D(3), [Exercise.Deadlift])).IsAllowed.Should().BeFalse("a deadlift loads the spine");
        Blocks(plan, 2).Should().NotContain(e => e.RuleId == LightActivityOnly, "the days before the clearance are unchanged");
    }

    [Fact]
    public void CheckIn_SecondLightClearance_KeepsLightActivityOnlyRunningFromTheFirst()
    {
        // §6b.3: "light activity only" lasts until a full clearance; a second light clearance changes nothing.
        var plan = Plan(Fever()).With(At(3, 2, Trend.Better, Clearance.LightActivity), At(5, 1, Trend.Better, Clearance.LightActivity));

        foreach (var n in new[] { 3, 4, 5, 8 })
        {
            Blocks(plan, n).Where(e => e.RuleId == LightActivityOnly).Should().HaveCount(2, $"light activity only holds on d{n}");
        }
    }

    [Fact]
    public void CheckIn_FullClearanceAfterALightOne_EndsLightActivityOnlyButKeepsItOnTheDaysBetween()
    {
        // §6b.3: a full clearance ends "light activity only"; the days it covered still show it (§6b: earlier days stay).
        var plan = Plan(Fever()).With(At(3, 2, Trend.Better, Clearance.LightActivity), At(6, 0, Trend.Better, Clearance.FullTraining));

        foreach (var n in new[] { 3, 4, 5 })
        {
            Blocks(plan, n).Where(e => e.RuleId == LightActivityOnly).Should().HaveCount(2, $"light activity only holds on d{n}");
        }

        Blocks(plan, 6).Should().NotContain(e => e.RuleId == LightActivityOnly);
        plan.MayDoCoreWork(D(6)).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void CheckIn_RedFlagReportedWithALightClearance_SuspendsTrainingUntilALaterClearance()
    {
        // §6.7: a suspension ends only with a clearance at a check-in after the one that raised it.
        var plan = Plan(Doms()).With(At(3, 4, Trend.Same, Clearance.LightActivity, Symptom.Fever), At(5, 3, Trend.Same));

        foreach (var n in new[] { 3, 4, 5 })
        {
            Blocks(plan, n).Should().Contain(e => e.RuleId == SuspendAllTraining, $"training stays suspended on d{n}");
        }

        var cleared = plan.With(At(6, 2, Trend.Better, Clearance.LightActivity));
        Blocks(cleared, 6).Should().NotContain(e => e.RuleId == SuspendAllTraining);
    }

    // ------------------------------------------------------------------------------------- the "nothing fits" hold

    [Fact]
    public void CheckIn_NothingFitsWithModeratePain_HoldsStrenuousExerciseFromThatDate()
    {
        // §6b.1: the hold starts when a check-in without a full clearance reports pain, nothing fits, and pain 4 or more.
        var plan = Plan(NothingFits()).With(At(3, 5, Trend.Same));

        Blocks(plan, 2).Should().NotContain(e => e.RuleId == HoldStrenuousUntilPainFree);
        Blocks(plan, 3).Should().Contain(e => e.RuleId == HoldStrenuousUntilPainFree);
        Blocks(plan, 6).Should().Contain(e => e.RuleId == HoldStrenuousUntilPainFree);
    }

    [Fact]
    public void CheckIn_NothingFitsButAFullClearance_NeitherHoldsNorRaisesTriage()
    {
        // §6b.1: at a check-in with a full clearance the "nothing fits" rules do not fire; the clearance resets triage
        // to the check-in's own (6b.5), and pain 5, the same, on d3 calls for no clinician by itself.
        var plan = Plan(NothingFits()).With(At(3, 5, Trend.Same, Clearance.FullTraining));

        plan.TriageOn(D(3)).Should().BeLessThan(TriageLevel.SeeDoctor);
        Blocks(plan, 3).Should().NotContain(e => e.RuleId == HoldStrenuousUntilPainFree);
    }

    // ------------------------------------------------------------------------------------- causes a clinician names

    [Fact]
    public void CheckIn_ClinicianConfirmsASlippedDisc_RaisesTriageToSeeDoctorWithOneSeeClinicianEntry()
    {
        // §6b.1: a slipped disc this check-in opened and still open raises its own triage to SeeDoctor; with no red
        // flag reported, one entry gives that triage rule's reason. The next check-in keeps the level, adds no entry.
        var plan = Plan(Doms()).With(
            new CheckInReport(D(3), 2, Trend.Same, causesConfirmed: [Cause.SlippedDisc]),
            At(4, 2, Trend.Same));

        plan.TriageOn(D(2)).Should().Be(TriageLevel.SelfCare);
        plan.TriageOn(D(3)).Should().Be(TriageLevel.SeeDoctor);
        plan.TriageOn(D(4)).Should().Be(TriageLevel.SeeDoctor);
        var entries = SeeClinician(plan, 3);
        entries.Should().ContainSingle();
        new[] { RecoveryRules.WorseAtCheckIn.Id, RecoveryRules.NotBetterAfterAWeek.Id, RecoveryRules.RedFlagAtCheckIn.Id }.Should().NotContain(entries[0].RuleId);
        SeeClinician(plan, 4).Should().BeEmpty("the level in force did not rise on d4");
        Blocks(plan, 3).Should().Contain(e => e.RuleId == NoStrenuousUntilCleared);
    }

    [Fact]
    public void CheckIn_ClinicianConfirmsAndFullyClearsADiscAtOnce_DoesNotRaiseTriage()
    {
        // §6b.1: only a disc that is still open once the clearance is applied raises the check-in's triage.
        var plan = Plan(Doms()).With(new CheckInReport(D(3), 0, Trend.Better, Clearance.FullTraining, causesConfirmed: [Cause.SlippedDisc]));

        plan.TriageOn(D(3)).Should().BeLessThan(TriageLevel.SeeDoctor);
        Blocks(plan, 3).Should().NotContain(e => e.RuleId == NoStrenuousUntilCleared);
    }

    [Fact]
    public void CheckIn_LightClearanceWithADiscFromTheReport_ResetsTriageBecauseTheDiscWasNotOpenedByThisCheckIn()
    {
        // 6b.5: a clearance resets triage to the check-in's own; 6b.1: only a disc this check-in opened counts there.
        // The disc's own hold stays (a light clearance does not lift it, §6.2).
        var plan = Plan(SlippedDiscOnly()).With(At(2, 2, Trend.Better, Clearance.LightActivity));

        plan.TriageOn(D(1)).Should().BeGreaterThanOrEqualTo(TriageLevel.SeeDoctor);
        plan.TriageOn(D(2)).Should().BeLessThan(TriageLevel.SeeDoctor);
        Blocks(plan, 2).Should().Contain(e => e.RuleId == NoStrenuousUntilCleared);
    }

    [Fact]
    public void CheckIn_ClinicianRulesOutTheDisc_EndsItsRestrictionsAndNoLaterCheckInWithoutNewFindingsReopensIt()
    {
        // §6b.3: a ruled-out cause's restrictions stop from that date; a later re-assessment reopens it only when that
        // check-in's own new findings make it possible; what the clinician already knew does not.
        var plan = Plan(SlippedDiscOnly()).With(
            new CheckInReport(D(2), 6, Trend.Same, causesRuledOut: [Cause.SlippedDisc]),
            At(4, 6, Trend.Same),
            At(6, 6, Trend.Same, Clearance.None, Symptom.PainDownOneLeg));

        Blocks(plan, 1).Should().Contain(e => e.RuleId == NoStrenuousUntilCleared);
        foreach (var n in new[] { 2, 4, 6, 8 })
        {
            Blocks(plan, n).Should().NotContain(e => e.RuleId == NoStrenuousUntilCleared, $"the disc stays ruled out on d{n}");
        }
    }

    [Fact]
    public void CheckIn_NewFindingAfterTheDiscWasRuledOut_ReopensTheDiscFromThatDate()
    {
        // §6b.3: a new finding the clinician did not know about, which makes the disc possible, reopens it; §6.2 its hold.
        var plan = Plan(Doms(a => a.Area = BackArea.UpperBack)).With(
            new CheckInReport(D(2), 3, Trend.Same, causesRuledOut: [Cause.SlippedDisc]),
            At(4, 6, Trend.Worse, Clearance.None, Symptom.PainDownOneLeg));

        Blocks(plan, 3).Should().NotContain(e => e.RuleId == NoStrenuousUntilCleared);
        Blocks(plan, 4).Should().Contain(e => e.RuleId == NoStrenuousUntilCleared);
        plan.MayDoCoreWork(D(4)).IsAllowed.Should().BeFalse("§6.1: no core work while the disc is open");
    }

    [Fact]
    public void CheckIn_RuledOutInjuryThenClearedAndPainful_DoesNotComeBackAsAReinjury()
    {
        // §6b.2: an injury a clinician has ruled out does not come back through re-injury.
        var plan = Plan(PulledMuscleFromDeadlift()).With(
            new CheckInReport(D(2), 3, Trend.Same, causesRuledOut: [Cause.PulledMuscle]),
            At(5, 0, Trend.Better, Clearance.FullTraining),
            At(7, 4, Trend.Same));

        foreach (var n in new[] { 2, 5, 7, 9 })
        {
            Blocks(plan, n).Should().NotContain(e => e.RuleId == "restriction.restInjuredMuscles", $"the strain stays ruled out on d{n}");
        }
    }

    // ------------------------------------------------------------------------------------- healed DOMS stays closed

    [Fact]
    public void CheckIn_PainAgainAfterDomsHealed_DoesNotReopenTheSoreMuscleRest()
    {
        // §6b.1 and 6b.2: re-injury is for injuries only; a healed DOMS stays closed.
        var plan = Plan(Doms()).With(At(5, 0, Trend.Better), At(7, 3, Trend.Same));

        foreach (var n in new[] { 7, 8, 12 })
        {
            Blocks(plan, n).Should().NotContain(e => e.RuleId == RestSoreMuscles, $"DOMS stays healed on d{n}");
        }
    }

    // ------------------------------------------------------------------------------------- DOMS rest by size

    [Fact]
    public void CheckIn_DomsConfirmedLater_RestsTheSoreMuscleFromItsLastSessionOnOrBeforeThatDate()
    {
        // §6.5: each sore muscle rests its rest by size (ordinary session) from its last session on or before the date
        // DOMS became possible. The lower back (large, 2 days) last trained by the deadlift on d4, not by the bench press
        // (chest only) on d5 nor by the deadlift on d12, which comes later: the rest is over on d4 + 3 = d7. The pain-free
        // check-in on d6 ends the wait for the soreness, and the rest runs to its end, d7 (not longer).
        var history = TrainingHistory.Of(
            new Workout(D(4), [Exercise.Deadlift], 6),
            new Workout(D(5), [Exercise.BenchPress], 6),
            new Workout(D(12), [Exercise.Deadlift], 6));
        var plan = Plan(NothingFits(), history).With(new CheckInReport(D(5), 2, Trend.Same, causesConfirmed: [Cause.Doms]));

        Blocks(plan, 5).Should().Contain(e => e.RuleId == RestSoreMuscles && e.Muscles.Contains(MuscleGroup.LowerBack)
            && e.AllowedFrom == Availability.After(OpenCondition.PainFreeCheckIn, D(7)));

        var healed = plan.With(At(6, 0, Trend.Better));
        healed.MayTrain(MuscleGroup.LowerBack, D(6)).IsAllowed.Should().BeFalse("the rest by size runs on after the pain-free check-in");
        healed.MayTrain(MuscleGroup.LowerBack, D(7)).IsAllowed.Should().BeTrue("the rest is over on d7");
    }

    [Fact]
    public void CheckIn_DomsConfirmedWithoutASession_RestsTheSoreMuscleFromThatDatePastAPainFreeCheckIn()
    {
        // §6.5: with no session in the history the rest counts from the date DOMS became possible: d5 + 3 = d8 for the
        // lower back. A pain-free check-in on d6 does not cut it short.
        var plan = Plan(NothingFits()).With(new CheckInReport(D(5), 2, Trend.Same, causesConfirmed: [Cause.Doms]), At(6, 0, Trend.Better));

        plan.MayTrain(MuscleGroup.LowerBack, D(7)).IsAllowed.Should().BeFalse();
        plan.EarliestTrainingDate(MuscleGroup.LowerBack, D(6)).Should().Be(Availability.From(D(8)));
        plan.MayTrain(MuscleGroup.LowerBack, D(8)).IsAllowed.Should().BeTrue();
    }

    [Fact]
    public void CheckIn_DomsConfirmedLongAfterTheLastSession_WaitsOnlyForAPainFreeCheckInFromThatDate()
    {
        // §6.5: the lower back's rest by size after the deadlift on d0 was over on d3, before DOMS was confirmed on d5,
        // so its block waits for a pain-free check-in from d5, not from a date before the block began; once that
        // check-in comes (d6), nothing is left of the rest.
        var history = TrainingHistory.Of(new Workout(D(0), [Exercise.Deadlift], 6));
        var plan = Plan(NothingFits(), history).With(new CheckInReport(D(5), 2, Trend.Same, causesConfirmed: [Cause.Doms]));

        Blocks(plan, 5).Should().Contain(e => e.RuleId == RestSoreMuscles && e.Muscles.Contains(MuscleGroup.LowerBack)
            && e.AllowedFrom == Availability.After(OpenCondition.PainFreeCheckIn, D(5)));
        plan.With(At(6, 0, Trend.Better)).MayTrain(MuscleGroup.LowerBack, D(6)).IsAllowed.Should().BeTrue();
    }

    // ------------------------------------------------------------------------------------- the check-in's own findings

    [Fact]
    public void CheckIn_PopReportedEarlierThenSeverePain_IsAPopWithSeverePainAndSuspendsTraining()
    {
        // §6b.1: a pop, reported at any time (here twice), with pain 7 or more is urgent; §6.7 suspends training.
        // The pop itself makes a ligament tear possible, which this check-in opened: SeeDoctor on d2.
        var plan = Plan(Doms()).With(
            At(2, 3, Trend.Same, Clearance.None, Symptom.PopHeard),
            At(3, 3, Trend.Same, Clearance.None, Symptom.PopHeard),
            At(4, 8, Trend.Same));

        plan.TriageOn(D(2)).Should().Be(TriageLevel.SeeDoctor);
        Blocks(plan, 2).Should().Contain(e => e.RuleId == NoExerciseUntilHealed);
        plan.TriageOn(D(4)).Should().Be(TriageLevel.SeeDoctorUrgently);
        Blocks(plan, 4).Should().Contain(e => e.RuleId == SuspendAllTraining);
    }

    [Fact]
    public void CheckIn_UnableToStandOrWalk_CountsAsHardToStandUpToo()
    {
        // §6b: being unable to stand or walk implies trouble standing up, so reporting both is the same check-in. After a
        // sudden jerk under a deadlift, trouble standing up completes a slipped disc's defining sign (§2), so the disc's
        // own restriction starts on the check-in's date, under the urgent red flag's suspension.
        var one = Plan(JerkUnderADeadlift()).With(At(3, 5, Trend.Same, Clearance.None, Symptom.UnableToStandOrWalk));
        var both = Plan(JerkUnderADeadlift()).With(At(3, 5, Trend.Same, Clearance.None, Symptom.UnableToStandOrWalk, Symptom.HardToStandUp));

        one.Days.Should().Equal(both.Days);
        one.TriageOn(D(3)).Should().Be(TriageLevel.SeeDoctorUrgently);
        Blocks(one, 2).Should().NotContain(e => e.RuleId == NoStrenuousUntilCleared, "without trouble standing up the disc has no defining sign");
        Blocks(one, 3).Should().Contain(e => e.RuleId == NoStrenuousUntilCleared);
        Blocks(one, 3).Should().Contain(e => e.RuleId == SuspendAllTraining);
    }

    [Fact]
    public void CheckIn_ThatReportsNothingNew_DoesNotAddTroubleStandingUp()
    {
        // §6b: a check-in's re-assessment adds only what it reports; the same pain with nothing new opens no slipped disc.
        var plan = Plan(JerkUnderADeadlift()).With(At(3, 5, Trend.Same));

        foreach (var n in new[] { 3, 4, 10 })
        {
            Blocks(plan, n).Should().NotContain(e => e.RuleId == NoStrenuousUntilCleared, $"no slipped disc is suspected on d{n}");
        }
    }

    // ------------------------------------------------------------------------------------- see-a-clinician entries

    [Fact]
    public void CheckIn_PainLastingAWeekAndNotBetter_AddsOneNotBetterAfterAWeekEntry()
    {
        // §6b.1: the pain has lasted d7 - start = 7 days (no duration in the report) and is the same: one
        // plan.notBetterAfterAWeek entry, and no red-flag entry repeating it.
        var plan = Plan(PulledMuscleFromDeadlift()).With(At(7, 3, Trend.Same));

        SeeClinician(plan, 7).Select(e => e.RuleId).Should().Equal(RecoveryRules.NotBetterAfterAWeek.Id);
    }

    [Theory]
    [InlineData(7, Trend.Better)]
    [InlineData(3, Trend.Same)]
    public void CheckIn_PainBetterOrShorterThanAWeek_AddsNoSeeClinicianEntry(int day, Trend trend)
    {
        // §6b.1: not a week yet, or getting better; pain 3, not worse, no red flag: nothing calls for a clinician.
        var plan = Plan(PulledMuscleFromDeadlift()).With(At(day, 3, trend));

        SeeClinician(plan, day).Should().BeEmpty();
    }

    // ------------------------------------------------------------------------------------- helpers

    private static IReadOnlyList<PlanEntry> Blocks(RecoveryPlan plan, int n) => plan.Day(D(n)).Blocked;

    /// <summary>
    /// A sudden jerk under a deadlift with moderate pain and no trouble standing up or leg symptoms: a slipped disc lacks
    /// its defining sign (§2), which trouble standing up would complete.
    /// </summary>
    private static SymptomReport JerkUnderADeadlift() => SlippedDisc(a =>
    {
        a.Severity = 5;
        a.HardToStandUp = false;
        a.Legs = LegSymptoms.None;
    });

    private static List<PlanEntry> SeeClinician(RecoveryPlan plan, int n)
        => [.. plan.Day(D(n)).Planned.Where(e => e.Kind == PlanEntryKind.SeeClinician)];
}
