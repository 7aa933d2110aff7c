using BackPain.Core.Rules;
using static BackPain.Core.Tests.Support.PlanExamples;
using static BackPain.Core.Tests.Support.Reports;

namespace BackPain.Core.Tests.Recovery;

/// <summary>
/// What each day of a plan lists as planned (the planner's rules in <see cref="RecoveryRules"/> and its remarks):
/// ice on the first days (3 by default) when ice is advised, heat on the first days (7 by default) when heat is
/// advised, ice on days 1–2 then heat from day 3 for an acute injury with tight muscles, none of them from the first
/// pain-free check-in; a whole-body stretch daily unless exercise or strenuous exercise is blocked or training is
/// suspended; staying active; core work every other day when it is planned and allowed; which muscles may be trained;
/// and seeing a clinician when triage says so. The expected days are written from those rules, counted from day 1.
/// </summary>
public sealed class DailyEntriesTests
{
    // ------------------------------------------------------------------------------------------------ ice and heat

    [Fact]
    public void Plan_PulledMuscle_PlansIceOnTheFirstThreeDaysAndNoHeat()
    {
        var report = PulledMuscleFromDeadlift();
        Remedies(report).Should().Contain(Remedy.Ice).And.NotContain(Remedy.Heat).And.NotContain(Remedy.IceThenHeat, "the muscles are not tight");

        var plan = Plan(report);

        DaysWith(plan, PlanEntryKind.Ice).Should().Equal(1, 2, 3);
        DaysWith(plan, PlanEntryKind.Heat).Should().BeEmpty();
        Entries(plan, PlanEntryKind.Ice).Should().OnlyContain(e => e.RuleId == RecoveryRules.Ice.Id && e.Dose == Remedy.Ice.Dose);
    }

    [Fact]
    public void Plan_TightMusclesWithoutInjury_PlansHeatOnTheFirstSevenDaysAndNoIce()
    {
        var report = TightMuscles();
        Remedies(report).Should().Contain(Remedy.Heat).And.NotContain(Remedy.Ice).And.NotContain(Remedy.IceThenHeat, "no acute injury is possible");

        var plan = Plan(report);

        DaysWith(plan, PlanEntryKind.Heat).Should().Equal(1, 2, 3, 4, 5, 6, 7);
        DaysWith(plan, PlanEntryKind.Ice).Should().BeEmpty();
        Entries(plan, PlanEntryKind.Heat).Should().OnlyContain(e => e.RuleId == RecoveryRules.Heat.Id && e.Dose == Remedy.Heat.Dose);
    }

    [Fact]
    public void Plan_PulledMuscleWithTightMuscles_PlansIceForTheFirst48HoursThenHeatUntilDay7()
    {
        var report = PulledMuscleWithTightMuscles();
        Remedies(report).Should().Contain(Remedy.IceThenHeat).And.NotContain(Remedy.Ice).And.NotContain(Remedy.Heat);

        var plan = Plan(report);

        DaysWith(plan, PlanEntryKind.Ice).Should().Equal(1, 2);
        DaysWith(plan, PlanEntryKind.Heat).Should().Equal(3, 4, 5, 6, 7);
        Entries(plan, PlanEntryKind.Ice).Should().OnlyContain(e => e.RuleId == RecoveryRules.IceThenHeat.Id && e.Dose == Remedy.Ice.Dose);
        Entries(plan, PlanEntryKind.Heat).Should().OnlyContain(e => e.RuleId == RecoveryRules.IceThenHeat.Id && e.Dose == Remedy.Heat.Dose);
    }

    [Fact]
    public void Plan_NoIceOrHeatAdvised_PlansNeither()
    {
        var report = NoPain();
        Remedies(report).Should().NotContain([Remedy.Ice, Remedy.Heat, Remedy.IceThenHeat]);

        var plan = Plan(report);

        DaysWith(plan, PlanEntryKind.Ice).Should().BeEmpty();
        DaysWith(plan, PlanEntryKind.Heat).Should().BeEmpty();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(7)]
    public void Plan_IceDaysOption_PlansIceOnThatManyDaysFromTheStart(int iceDays)
    {
        var plan = Plan(PulledMuscleFromDeadlift(), options: new PlannerOptions { IceDays = Days.Of(iceDays) });

        DaysWith(plan, PlanEntryKind.Ice).Should().Equal(Enumerable.Range(1, iceDays));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    [InlineData(28)]
    public void Plan_HeatDaysOption_PlansHeatOnThatManyDaysFromTheStart(int heatDays)
    {
        var plan = Plan(TightMuscles(), length: 35, options: new PlannerOptions { HeatDays = Days.Of(heatDays) });

        DaysWith(plan, PlanEntryKind.Heat).Should().Equal(Enumerable.Range(1, heatDays));
    }

    [Fact]
    public void Plan_IceThenHeatWithTenHeatDays_PlansHeatFromDay3ToDay10()
    {
        var plan = Plan(PulledMuscleWithTightMuscles(), options: new PlannerOptions { HeatDays = Days.Of(10) });

        DaysWith(plan, PlanEntryKind.Ice).Should().Equal(1, 2);
        DaysWith(plan, PlanEntryKind.Heat).Should().Equal(Enumerable.Range(3, 8));
    }

    [Fact]
    public void Plan_PainFreeCheckIn_StopsHeatFromThatDay()
    {
        var plan = Plan(TightMuscles()).With(CheckIn(4, pain: 0, Trend.Better));

        DaysWith(plan, PlanEntryKind.Heat).Should().Equal(1, 2, 3);
    }

    [Fact]
    public void Plan_PainFreeCheckInOnDay2_StopsIceFromDay2()
    {
        var plan = Plan(PulledMuscle()).With(CheckIn(2, pain: 0, Trend.Better));

        DaysWith(plan, PlanEntryKind.Ice).Should().Equal(1);
    }

    [Fact]
    public void Plan_CheckInWithPain_KeepsHeatGoing()
    {
        var plan = Plan(TightMuscles()).With(CheckIn(2, pain: 2, Trend.Better));

        DaysWith(plan, PlanEntryKind.Heat).Should().Equal(1, 2, 3, 4, 5, 6, 7);
    }

    [Fact]
    public void Plan_PainAgainAfterAPainFreeCheckIn_DoesNotBringHeatBack()
    {
        var plan = Plan(TightMuscles()).With(CheckIn(3, pain: 0, Trend.Better), CheckIn(5, pain: 2, Trend.Worse));

        DaysWith(plan, PlanEntryKind.Heat).Should().Equal(1, 2);
    }

    // ------------------------------------------------------------------------------------------------ stretching, staying active

    [Fact]
    public void Plan_NothingBlocked_PlansStretchingAndStayingActiveEveryDay()
    {
        var plan = Plan(NoPain());

        DaysWith(plan, PlanEntryKind.Stretching).Should().Equal(Enumerable.Range(1, 28));
        DaysWith(plan, PlanEntryKind.StayActive).Should().Equal(Enumerable.Range(1, 28));
        Entries(plan, PlanEntryKind.Stretching).Should().OnlyContain(e => e.RuleId == RecoveryRules.Stretching.Id);
        Entries(plan, PlanEntryKind.StayActive).Should().OnlyContain(e => e.RuleId == RecoveryRules.StayActive.Id);
    }

    [Fact]
    public void Plan_PulledMuscle_StillPlansStretchingAndStayingActiveEveryDay()
    {
        // Resting the lower back and blocking core work block neither exercise in general nor strenuous exercise.
        var plan = Plan(PulledMuscle());

        DaysWith(plan, PlanEntryKind.Stretching).Should().Equal(Enumerable.Range(1, 28));
        DaysWith(plan, PlanEntryKind.StayActive).Should().Equal(Enumerable.Range(1, 28));
    }

    [Fact]
    public void Plan_SlippedDisc_PlansNoStretchingWhileStrenuousExerciseIsBlockedButStayingActiveEveryDay()
    {
        var plan = Plan(SlippedDisc());

        DaysWith(plan, PlanEntryKind.Stretching).Should().BeEmpty();
        DaysWith(plan, PlanEntryKind.StayActive).Should().Equal(Enumerable.Range(1, 28));
    }

    [Fact]
    public void Plan_SlippedDiscClearedAtCheckIn_PlansStretchingFromTheClearance()
    {
        var plan = Plan(SlippedDisc()).With(CheckIn(10, pain: 4, Trend.Better, cleared: true));

        DaysWith(plan, PlanEntryKind.Stretching).Should().Equal(Enumerable.Range(10, 19));
    }

    [Fact]
    public void Plan_LigamentTear_PlansNoStretchingWhileExerciseIsBlockedButStayingActiveEveryDay()
    {
        var plan = Plan(LigamentTear());

        DaysWith(plan, PlanEntryKind.Stretching).Should().BeEmpty();
        DaysWith(plan, PlanEntryKind.StayActive).Should().Equal(Enumerable.Range(1, 28));
    }

    [Fact]
    public void Plan_UrgentRedFlag_PlansNeitherStretchingNorStayingActiveWhileSuspended()
    {
        var plan = Plan(Fever());

        DaysWith(plan, PlanEntryKind.Stretching).Should().BeEmpty();
        DaysWith(plan, PlanEntryKind.StayActive).Should().BeEmpty();
    }

    [Fact]
    public void Plan_UrgentRedFlagClearedAtCheckIn_PlansStretchingAndStayingActiveFromTheClearance()
    {
        var plan = Plan(Fever()).With(CheckIn(4, pain: 2, Trend.Better, cleared: true));

        DaysWith(plan, PlanEntryKind.Stretching).Should().Equal(Enumerable.Range(4, 25));
        DaysWith(plan, PlanEntryKind.StayActive).Should().Equal(Enumerable.Range(4, 25));
    }

    // ------------------------------------------------------------------------------------------------ core work, training

    [Fact]
    public void Plan_PoorCoreStrength_PlansCoreWorkThreeTimesAPlanWeekOnceTheCoreHasRested()
    {
        // The report's run worked the core on day 1, so it rests on day 2 (§5, §6b.7); then three sessions in each plan
        // week (days 1–7, 8–14, …) with a full day of rest after each (§6b.6, the dose of 3 a week).
        var plan = Plan(PoorCoreStrength());

        Exercise.Running.Muscles.Should().Contain(MuscleGroup.Core);
        DaysWith(plan, PlanEntryKind.CoreWork).Should().Equal(3, 5, 7, 9, 11, 13, 15, 17, 19, 22, 24, 26);
        Entries(plan, PlanEntryKind.CoreWork).Should().OnlyContain(e => e.RuleId == RecoveryRules.CoreWork.Id);
    }

    [Theory]
    [InlineData("noPain")]
    [InlineData("doms")]
    [InlineData("tight")]
    public void Plan_NeitherPoorCoreStrengthNorAnInjury_PlansNoCoreWork(string story)
    {
        var report = story switch
        {
            "noPain" => NoPain(),
            "doms" => Doms(),
            _ => TightMuscles(),
        };
        Remedies(report).Should().NotContain(Remedy.StrengthenCore);

        var plan = Plan(report);

        DaysWith(plan, PlanEntryKind.CoreWork).Should().BeEmpty();
    }

    [Fact]
    public void Plan_NothingBlocked_PlansTrainingOfEveryMuscleGroupEveryDay()
    {
        var plan = Plan(NoPain());

        foreach (var day in plan.Days)
        {
            day.Planned.Should().ContainSingle(e => e.Kind == PlanEntryKind.Training)
                .Which.Muscles.Should().BeEquivalentTo(MuscleGroup.All);
        }
    }

    [Fact]
    public void Plan_PulledMuscle_PlansTrainingOfEveryMuscleGroupButTheInjuredOneTheCoreAndThoseTheDeadliftWorked()
    {
        var plan = Plan(PulledMuscleFromDeadlift());

        var training = plan.DayPlan(1).Planned.Should().ContainSingle(e => e.Kind == PlanEntryKind.Training).Which;
        training.RuleId.Should().Be(RecoveryRules.Training.Id);
        training.Muscles.Should().BeEquivalentTo(MuscleGroup.All.Where(m => m != MuscleGroup.LowerBack && m != MuscleGroup.Core && !Exercise.Deadlift.Muscles.Contains(m)));
        var later = plan.DayPlan(4).Planned.Should().ContainSingle(e => e.Kind == PlanEntryKind.Training).Which;
        later.Muscles.Should().BeEquivalentTo(MuscleGroup.All.Where(m => m != MuscleGroup.LowerBack && m != MuscleGroup.Core), "the deadlift's muscles have rested by day 4");
    }

    [Fact]
    public void Plan_LigamentTear_PlansNoTraining()
    {
        var plan = Plan(LigamentTear());

        DaysWith(plan, PlanEntryKind.Training).Should().BeEmpty();
    }

    // ------------------------------------------------------------------------------------------------ seeing a clinician

    [Fact]
    public void Plan_TriageSeeDoctor_PlansSeeingAClinicianOnDay1()
    {
        var plan = Plan(SlippedDisc());

        plan.DayPlan(1).Planned.Should().ContainSingle(e => e.Kind == PlanEntryKind.SeeClinician)
            .Which.RuleId.Should().Be(RecoveryRules.SeeClinician.Id);
    }

    [Theory]
    [InlineData("noPain")]
    [InlineData("doms")]
    [InlineData("pulled")]
    public void Plan_TriageSelfCareWithoutCheckIns_NeverPlansSeeingAClinician(string story)
    {
        var report = story switch
        {
            "noPain" => NoPain(),
            "doms" => Doms(),
            _ => PulledMuscle(),
        };
        Assess(report).Triage.Level.Should().Be(TriageLevel.SelfCare);

        var plan = Plan(report);

        DaysWith(plan, PlanEntryKind.SeeClinician).Should().BeEmpty();
    }

    [Fact]
    public void CheckIn_ReportingEveryRedFlag_PlansSeeingAClinicianForEachOne()
    {
        // Every red flag a check-in can report as a new finding, and severe pain from its pain of 9.
        var reported = CheckInReport.SymptomsAllowed.Where(s => s.IsRedFlag).ToArray();
        var redFlags = reported.Append(Symptom.SeverePain).ToArray();

        var plan = Plan(NoPain()).CheckIn(new CheckInReport(Day(5), 9, Trend.Worse, newSymptoms: reported));

        var entries = plan.DayPlan(5).Planned.Where(e => e.RuleId == RecoveryRules.RedFlagAtCheckIn.Id).ToList();
        entries.Should().HaveCount(redFlags.Length);
        entries.Should().OnlyContain(e => e.Kind == PlanEntryKind.SeeClinician);
        foreach (var flag in redFlags)
        {
            entries.Should().Contain(e => e.Reason.Contains(flag.Text, StringComparison.Ordinal), $"the entry for {flag} says which warning sign it is");
        }

        plan.DayPlan(5).Planned.Should().Contain(e => e.RuleId == RecoveryRules.WorseAtCheckIn.Id, "the pain is also worse");
        plan.DayPlan(5).IsCheckInDay.Should().BeFalse("day 5 is not one of the planned check-in dates");
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /// <summary>Tight muscles and a mild ache, nothing else: no cause is possible, so heat is advised and no ice.</summary>
    private static SymptomReport TightMuscles() => new SymptomReportBuilder { Severity = 3, MusclesTight = true }.Build();

    /// <summary><see cref="PulledMuscle"/> with tight muscles: an acute injury that is tight, so ice then heat.</summary>
    private static SymptomReport PulledMuscleWithTightMuscles() => new SymptomReportBuilder
    {
        Severity = 5,
        Onset = Onset.DuringWorkout,
        Character = PainCharacter.Sharp,
        Exercises = [Exercise.Deadlift],
        MusclesTight = true,
    }.Build();

    private static List<Remedy> Remedies(SymptomReport report) => [.. Assess(report).Remedies.Select(r => r.Remedy)];

    private static List<int> DaysWith(RecoveryPlan plan, PlanEntryKind kind)
        => [.. plan.Days.Where(d => d.Planned.Any(e => e.Kind == kind)).Select(d => d.DayNumber)];

    private static List<PlanEntry> Entries(RecoveryPlan plan, PlanEntryKind kind)
        => [.. plan.Days.SelectMany(d => d.Planned).Where(e => e.Kind == kind)];
}
