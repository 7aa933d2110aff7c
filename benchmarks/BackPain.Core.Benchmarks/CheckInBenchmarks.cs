using BenchmarkDotNet.Attributes;

namespace BackPain.Core.Benchmarks;

/// <summary>
/// <c>RecoveryPlan.CheckIn</c>, which rebuilds the plan from its inputs and every check-in:
/// <list type="bullet">
/// <item>on a 90-day pulled-muscle plan with 100 workouts of history: a pain-free check-in on day 8, which heals the
/// strain and lifts the core-work block;</item>
/// <item>issue 12's target: on a 365-day pulled-muscle plan with 100 workouts of history that already holds 100
/// check-ins (<see cref="Examples.CheckIns"/>: pain falling with worse days, two clearances, new findings, now and then
/// two on one date), the 101st.</item>
/// </list>
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("CheckIn")]
public class CheckInBenchmarks
{
    private RecoveryPlan _plan = null!;
    private CheckInReport _checkIn = null!;
    private RecoveryPlan _yearPlan = null!;
    private CheckInReport _yearCheckIn = null!;

    /// <summary>Builds the plans and the check-ins once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var assessment = BackPainAssessor.Default.Assess(Examples.Answers(NamedExample.PulledMuscle).Build());
        _plan = RecoveryPlanner.Default.Plan(assessment, Examples.History(100), new PlanRequest(Examples.Start, Days.Of(90)));
        _checkIn = new CheckInReport(Examples.Start.AddDays(7), pain: 0, Trend.Better);
        (_yearPlan, _yearCheckIn) = Examples.PlanWithCheckIns(planDays: 365, checkIns: 100);
    }

    /// <summary>Records the check-in and returns the updated plan.</summary>
    [Benchmark(Description = "CheckIn (90-day plan)")]
    public RecoveryPlan CheckIn() => _plan.CheckIn(_checkIn);

    /// <summary>Records the 101st check-in of a 365-day plan and returns the updated plan.</summary>
    [Benchmark(Description = "CheckIn (365-day plan, 100 check-ins)")]
    public RecoveryPlan CheckInYear() => _yearPlan.CheckIn(_yearCheckIn);
}
