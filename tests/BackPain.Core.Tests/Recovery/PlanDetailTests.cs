using System.Text.Json.Nodes;
using BackPain.Core.Serialization;
using static BackPain.Core.Tests.Support.PlanExamples;
using static BackPain.Core.Tests.Support.Reports;

namespace BackPain.Core.Tests.Recovery;

/// <summary>
/// Details of planning that the broader plan tests leave open: the questions' argument checks, the one-line summary,
/// the cap on check-ins, how the report's own workout joins the history (domain.md §6b.7), how touching rest periods
/// merge, where core sessions fall (§6.6, §6b.6) and what a slipped disc's held strenuous exercise keeps off the plan.
/// </summary>
public class PlanDetailTests
{
    // ------------------------------------------------------------------------------------------------ dates before the start

    [Fact]
    public void TriageOn_ADateBeforeTheStart_IsRejected()
    {
        var plan = Plan(PulledMuscle());

        var act = () => plan.TriageOn(Day(0));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("date");
    }

    [Fact]
    public void EarliestTrainingDate_FromADateBeforeTheStart_IsRejected()
    {
        var plan = Plan(PulledMuscle());

        var act = () => plan.EarliestTrainingDate(MuscleGroup.Biceps, Day(0));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("date");
    }

    [Fact]
    public void EarliestCoreWorkDate_FromADateBeforeTheStart_IsRejected()
    {
        var plan = Plan(PulledMuscle());

        var act = () => plan.EarliestCoreWorkDate(Day(0));

        act.Should().ThrowExactly<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("date");
    }

    // ------------------------------------------------------------------------------------------------ summary

    [Fact]
    public void ToString_WithOneCheckIn_SaysOneCheckInInTheSingular()
    {
        var plan = Plan(PulledMuscle()).CheckIn(CheckIn(2, pain: 3));

        plan.ToString().Should().EndWith("; 1 check-in");
    }

    [Fact]
    public void ToString_WithTwoCheckIns_SaysCheckInsInThePlural()
    {
        var plan = Plan(PulledMuscle()).With(CheckIn(2, pain: 3), CheckIn(3, pain: 2));

        plan.ToString().Should().EndWith("; 2 check-ins");
    }

    // ------------------------------------------------------------------------------------------------ at most MaxCheckIns check-ins

    [Fact]
    public void DeserializePlan_OneCheckInMoreThanTheMaximum_IsRejectedNamingTheExtraOne()
    {
        var json = JsonNode.Parse(BackPainJson.Serialize(Plan(PulledMuscle()).CheckIn(CheckIn(2, pain: 3))))!.AsObject();
        var checkIn = json["checkInReports"]!.AsArray()[0]!;
        json["checkInReports"] = new JsonArray([.. Enumerable.Range(0, RecoveryPlan.MaxCheckIns + 1).Select(_ => checkIn.DeepClone())]);

        var act = () => BackPainJson.DeserializePlan(json.ToJsonString());

        var error = act.Should().Throw<BackPainValidationException>().Which.Errors.Should().ContainSingle().Which;
        (error.Path, error.Code).Should().Be(($"$.checkInReports[{RecoveryPlan.MaxCheckIns}].date", ValidationCode.TooMany));
        error.Message.Should().Contain($"at most {RecoveryPlan.MaxCheckIns} check-ins; this is check-in {RecoveryPlan.MaxCheckIns + 1}");
    }

    // ------------------------------------------------------------------------------------------------ the report's own workout (§6b.7)

    [Fact]
    public void Plan_ReportWorkoutAlreadyInTheHistoryAndNotHard_RestsTheLargeMuscleTheOrdinaryTwoDays()
    {
        // The history's leg extensions the day before the start are the report's workout; neither calls it hard, so the
        // quadriceps (large) rest two days after it: blocked on days 0 to 2, trainable from day 3.
        var report = NoPain(a => a.Exercises = [Exercise.LegExtension]);
        var history = new TrainingHistory([Session(0, rpe: null, Exercise.LegExtension)]);

        var plan = Plan(report, history);

        plan.EarliestTrainingDate(MuscleGroup.Quadriceps, Day(1)).Date.Should().Be(Day(1 + SpecRestLarge));
    }

    [Fact]
    public void Plan_HardReportWorkoutOnTheStartInTheHistory_MakesTheWholeHistoryWorkoutHard()
    {
        // The history holds a workout on the start date with the report's leg extensions and leg curls too: it is the
        // report's workout, so the report's "hard" makes all of it hard, and the hamstrings (large) rest three days.
        var report = NoPain(a =>
        {
            a.Exercises = [Exercise.LegExtension];
            a.HardOrUnaccustomedWorkout = true;
        });
        var history = new TrainingHistory([Session(1, rpe: null, Exercise.LegExtension, Exercise.LegCurl)]);

        var plan = Plan(report, history);

        plan.EarliestTrainingDate(MuscleGroup.Hamstrings, Day(1)).Date.Should().Be(Day(2 + SpecRestLargeAfterHard));
    }

    // ------------------------------------------------------------------------------------------------ rest periods that touch merge

    [Fact]
    public void Readiness_SessionOnTheDayTheLastRestEnds_CountsFromTheFirstSession()
    {
        // Calves (small) rest one day: calf raises on day -1 block days -1 and 0, and calf raises again on day 1 (the
        // day that rest ends) continue the same period, which now runs from day -1 up to day 3 (four days). On day 2,
        // three of the four days have passed: 75.
        var history = new TrainingHistory([Session(-1, rpe: null, Exercise.CalfRaise), Session(1, rpe: null, Exercise.CalfRaise)]);

        var plan = Plan(NoPain(), history);

        plan.Readiness(MuscleGroup.Calves, Day(2)).Should().Be(75);
        plan.Day(Day(2)).Blocked.Should().ContainSingle(e => e.Muscles.Contains(MuscleGroup.Calves))
            .Which.Reason.Should().Contain("2026-02-28", "the period is named from its first session, day -1");
    }

    // ------------------------------------------------------------------------------------------------ core sessions (§6.6)

    [Fact]
    public void Plan_PoorCoreStrengthWithNothingBlockingTheCore_SchedulesCoreSessionsFromDayOne()
    {
        // §6.6: with nothing else blocking the core, sessions fall on days 1, 3, 5, 8, 10, 12, 15, …
        var plan = Plan(PoorCoreStrength(a => a.Exercises = []), length: 15);

        plan.Days.Where(d => d.HasCoreWork).Select(d => d.DayNumber).Should().Equal(1, 3, 5, 8, 10, 12, 15);
    }

    [Fact]
    public void Readiness_PlannedSessionRestAndALaterLongerRest_MeasuresTheRestThatEndsLast()
    {
        // §6.6: poor core strength plans a core session on day 1, so the core rests on day 2 (until day 3). Planks logged
        // for day 2 rest the core (small, one day) from day 2 until day 4: that period ends last, and on day 2 none of it
        // has passed yet.
        var plan = Plan(PoorCoreStrength(a => a.Exercises = []), new TrainingHistory([Session(2, rpe: null, Exercise.Plank)]));

        plan.Day(Day(1)).HasCoreWork.Should().BeTrue("the core is free on day 1");
        plan.Readiness(MuscleGroup.Core, Day(2)).Should().Be(0);
        plan.Readiness(MuscleGroup.Core, Day(3)).Should().Be(50);
    }
}
