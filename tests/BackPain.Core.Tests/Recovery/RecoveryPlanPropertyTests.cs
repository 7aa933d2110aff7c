using BackPain.Core.Domain;
using BackPain.Core.Recovery;
using BackPain.Core.Tests.Support;
using CsCheck;
using static BackPain.Core.Tests.Support.PlanGenerators;

namespace BackPain.Core.Tests.Recovery;

/// <summary>
/// The invariants of domain.md §7 for recovery plans, over generated reports, histories of 0–30 workouts around the
/// start date, plan lengths 1–120, planner options and 0–4 check-ins. Every expectation is computed here from the
/// inputs (<see cref="PlanExamples"/>' oracle), never read from the plan under test.
/// </summary>
public class RecoveryPlanPropertyTests
{
    [Fact]
    public void Plan_NeverSchedulesCoreWorkForAnUnhealedInjury()
    {
        // Per injury: the cases where it is possible, and those where the check-ins heal it by the end of the plan.
        var possible = new int[PlanExamples.Injuries.Count];
        var healed = new int[PlanExamples.Injuries.Count];
        Cases.Sample(
            c =>
            {
                var injuries = PlanExamples.Injuries.Where(i => c.Assessment.LikelihoodOf(i).IsAtLeastPossible).ToArray();
                for (var index = 0; index < PlanExamples.Injuries.Count; index++)
                {
                    var injury = PlanExamples.Injuries[index];
                    if (!injuries.Contains(injury))
                    {
                        continue;
                    }

                    Interlocked.Increment(ref possible[index]);
                    if (PlanExamples.IsHealed(injury, c.Start, c.CheckIns, c.Final.Request.End))
                    {
                        Interlocked.Increment(ref healed[index]);
                    }
                }

                for (var k = 0; k < c.Plans.Count; k++)
                {
                    var plan = c.Plans[k];
                    var seen = c.CheckInsSeenBy(k);
                    foreach (var day in plan.Days)
                    {
                        var unhealed = injuries.FirstOrDefault(i => !PlanExamples.IsHealed(i, c.Start, seen, day.Date));
                        if (unhealed is null)
                        {
                            continue;
                        }

                        Require(
                            !day.HasCoreWork && !day.TrainableMuscles.Contains(MuscleGroup.Core)
                                && !plan.MayDoCoreWork(day.Date).IsAllowed && !plan.MayTrain(MuscleGroup.Core, day.Date).IsAllowed,
                            () => $"{unhealed} is not healed on {day.Date:yyyy-MM-dd} (plan after {k} check-ins), yet core work is planned or allowed");
                    }

                    Require(
                        !injuries.Any(i => !PlanExamples.IsHealed(i, c.Start, seen, plan.Request.End)) || !plan.CoreWorkAllowedFrom.IsKnown,
                        () => $"an injury is unhealed on the last day, yet core work is allowed from {plan.CoreWorkAllowedFrom} (plan after {k} check-ins)");
                }
            },
            iter: Iterations,
            print: c => c.ToString());

        possible.Should().OnlyContain(n => n >= Iterations / 10, "each injury must be possible in many cases");
        healed.Should().OnlyContain(n => n >= Iterations / 500, "each injury must also heal at a check-in in some cases");
    }

    [Fact]
    public void Plan_NeverAllowsTrainingWhileAnUrgentRedFlagIsOpen()
    {
        int open = 0, lifted = 0, raisedAtCheckIn = 0;
        Cases.Sample(
            c =>
            {
                var level = c.Assessment.Triage.Level;
                var end = c.Final.Request.End;
                if (PlanExamples.IsUrgentRedFlagOpen(level, [], c.Start) || c.CheckIns.Any(ci => PlanExamples.IsUrgentRedFlagOpen(level, c.CheckIns, ci.Date)))
                {
                    Interlocked.Increment(ref open);
                    if (!PlanExamples.IsUrgentRedFlagOpen(level, c.CheckIns, end))
                    {
                        Interlocked.Increment(ref lifted);
                    }
                }

                if (c.CheckIns.Any(ci => ci.NewFindings.Any(f => f.RedFlagLevel! >= TriageLevel.SeeDoctorUrgently)))
                {
                    Interlocked.Increment(ref raisedAtCheckIn);
                }

                for (var k = 0; k < c.Plans.Count; k++)
                {
                    var plan = c.Plans[k];
                    var seen = c.CheckInsSeenBy(k);
                    foreach (var day in plan.Days)
                    {
                        if (!PlanExamples.IsUrgentRedFlagOpen(c.Assessment.Triage.Level, seen, day.Date))
                        {
                            continue;
                        }

                        // MayTrain for each muscle on the final plan; the day plan and MayDoCoreWork on every plan.
                        Require(
                            day.TrainableMuscles.Count == 0 && !day.HasCoreWork
                                && !day.Planned.Any(e => e.Kind == PlanEntryKind.Training)
                                && day.Blocked.Any(e => e.Kind == PlanEntryKind.AllTrainingSuspended)
                                && !plan.MayDoCoreWork(day.Date).IsAllowed
                                && (k < c.Plans.Count - 1 || MuscleGroup.All.All(m => !plan.MayTrain(m, day.Date).IsAllowed)),
                            () => $"an urgent red flag is open on {day.Date:yyyy-MM-dd} (plan after {k} check-ins), yet training is not suspended");
                    }
                }
            },
            iter: Iterations,
            print: c => c.ToString());

        open.Should().BeGreaterThanOrEqualTo((int)(Iterations / 10), "many cases must have an urgent red flag open");
        lifted.Should().BeGreaterThanOrEqualTo((int)(Iterations / 100), "some of them must be cleared at a check-in");
        raisedAtCheckIn.Should().BeGreaterThanOrEqualTo((int)(Iterations / 100), "some urgent red flags must be new at a check-in");
    }

    [Fact]
    public void Plan_NeverTrainsAMuscleSoonerThanItsRestRuleAllows()
    {
        int restingDays = 0, afterStart = 0;
        Cases.Sample(
            c =>
            {
                Interlocked.Add(ref restingDays, AssertRestRulesHold(c));
                if (c.Workouts.Count(w => w.Date > c.Start) >= 2)
                {
                    Interlocked.Increment(ref afterStart);
                }
            },
            iter: Iterations,
            print: c => c.ToString());

        restingDays.Should().BeGreaterThanOrEqualTo((int)Iterations, "many muscles must still be resting on plan days");
        afterStart.Should().BeGreaterThanOrEqualTo((int)(Iterations / 10), "many histories must hold several sessions after the start");
    }

    [Fact]
    public void CheckIns_NeverLowerTriage()
    {
        var raising = 0;
        Cases.Sample(
            c =>
            {
                if (c.CheckIns.Any(ci => PlanExamples.SpecMinimumTriage(ci, c.Start) > c.Assessment.Triage.Level))
                {
                    Interlocked.Increment(ref raising);
                }

                var floor = c.Assessment.Triage.Level;
                c.Plans[0].HighestTriage.Should().Be(floor, "no check-in yet");
                for (var k = 1; k < c.Plans.Count; k++)
                {
                    var plan = c.Plans[k];
                    var checkIn = c.CheckIns[k - 1];
                    floor = TriageLevel.Max(floor, PlanExamples.SpecMinimumTriage(checkIn, c.Start));
                    Require(
                        plan.HighestTriage >= c.Plans[k - 1].HighestTriage && plan.HighestTriage >= c.Assessment.Triage.Level && plan.HighestTriage >= floor,
                        () => $"after check-in {k} triage is {plan.HighestTriage}: below the previous plan's {c.Plans[k - 1].HighestTriage}, "
                            + $"the assessment's {c.Assessment.Triage.Level} or the check-ins' minimum {floor}");
                }
            },
            iter: Iterations,
            print: c => c.ToString());

        raising.Should().BeGreaterThanOrEqualTo((int)(Iterations / 20), "many cases must have a check-in that requires a higher triage");
    }

    [Fact]
    public void CheckIn_KeepsEveryDayBeforeItAsThePreviousPlanShowedIt() => Cases.Sample(
        c =>
        {
            for (var k = 1; k < c.Plans.Count; k++)
            {
                var kept = c.CheckIns[k - 1].Date.DayNumber - c.Start.DayNumber;
                for (var n = 0; n < kept; n++)
                {
                    Require(
                        c.Plans[k].Days[n].Equals(c.Plans[k - 1].Days[n]),
                        () => $"day {n + 1} changed at check-in {k} on {c.CheckIns[k - 1].Date:yyyy-MM-dd}");
                }

                Require(c.Plans[k].Days.Count == c.Length, () => $"the plan after check-in {k} no longer covers {c.Length} days");
            }
        },
        iter: Iterations,
        print: c => c.ToString());

    [Fact]
    public void Plan_IsDeterministic() => Cases.Sample(
        c =>
        {
            var again = c.Rebuilt();
            for (var k = 0; k < c.Plans.Count; k++)
            {
                Require(again.Plans[k].Equals(c.Plans[k]), () => $"plan {k} differs from its twin built from equal inputs");
                Require(
                    (k > 0 && k < c.Plans.Count - 1) || again.Plans[k].GetHashCode() == c.Plans[k].GetHashCode(),
                    () => $"plan {k} and its twin have different hash codes");
            }
        },
        iter: Iterations,
        print: c => c.ToString());

    [Fact]
    public void MayTrain_AgreesWithTrainableMusclesOnEveryDay() => Cases.Sample(
        c =>
        {
            // The plan after all check-ins; the cases without check-ins cover plans that have none.
            var plan = c.Final;
            foreach (var day in plan.Days)
            {
                foreach (var muscle in MuscleGroup.All)
                {
                    Require(
                        plan.MayTrain(muscle, day.Date).IsAllowed == day.TrainableMuscles.Contains(muscle),
                        () => $"MayTrain({muscle}, {day.Date:yyyy-MM-dd}) disagrees with the day's trainable muscles [{string.Join(" ", day.TrainableMuscles)}]");
                }

                Require(
                    plan.MayDoCoreWork(day.Date).IsAllowed == day.TrainableMuscles.Contains(MuscleGroup.Core),
                    () => $"MayDoCoreWork({day.Date:yyyy-MM-dd}) disagrees with the day's trainable muscles");
                Require(
                    !day.HasCoreWork || day.TrainableMuscles.Contains(MuscleGroup.Core),
                    () => $"core work is planned on {day.Date:yyyy-MM-dd} but the core may not be trained");
            }
        },
        iter: Iterations,
        print: c => c.ToString());

    /// <summary>Checks every plan day that falls in a muscle's rest after a session; returns how many it checked.</summary>
    private static int AssertRestRulesHold(PlanGenerators.PlanCase c)
    {
        // The day plans only: MayTrain_AgreesWithTrainableMusclesOnEveryDay shows that MayTrain says the same.
        var checkedDays = 0;
        foreach (var plan in new[] { c.Plans[0], c.Final }.Distinct())
        {
            foreach (var workout in c.Workouts)
            {
                var hard = workout.IsHard || workout.Rpe >= c.Options.HardRpeThreshold;
                foreach (var muscle in workout.Muscles)
                {
                    var extra = muscle.Size == MuscleSize.Small ? c.Options.ExtraRestSmall.Count : c.Options.ExtraRestLarge.Count;
                    var allowedFrom = workout.Date.AddDays(1 + PlanExamples.SpecRest(muscle, hard) + extra);
                    for (var date = workout.Date > c.Start ? workout.Date : c.Start; date < allowedFrom && date <= plan.Request.End; date = date.AddDays(1))
                    {
                        var on = date;
                        checkedDays++;
                        Require(
                            !plan.Day(on).TrainableMuscles.Contains(muscle),
                            () => $"{muscle} was trained on {workout.Date:yyyy-MM-dd} (hard: {hard}) and may be trained again from "
                                + $"{allowedFrom:yyyy-MM-dd}, yet the plan allows it on {on:yyyy-MM-dd}");
                    }
                }
            }
        }

        return checkedDays;
    }

    /// <summary>Fails with the message only when the invariant does not hold, so that passing cases cost no formatting.</summary>
    private static void Require(bool holds, Func<string> message)
    {
        if (!holds)
        {
            throw new Xunit.Sdk.XunitException(message());
        }
    }
}
