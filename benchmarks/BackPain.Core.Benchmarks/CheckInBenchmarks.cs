using BackPain.Core.Assessment;
using BackPain.Core.Domain;
using BackPain.Core.Recovery;
using BenchmarkDotNet.Attributes;

namespace BackPain.Core.Benchmarks;

/// <summary>
/// <c>RecoveryPlan.CheckIn</c> on a 90-day pulled-muscle plan with 100 workouts of history: a pain-free check-in on
/// day 8, which heals the strain and lifts the core-work block, so the plan is rebuilt from that date.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("CheckIn")]
public class CheckInBenchmarks
{
    private RecoveryPlan _plan = null!;
    private CheckInReport _checkIn = null!;

    /// <summary>Builds the plan and the check-in once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var assessment = BackPainAssessor.Default.Assess(Examples.Answers(NamedExample.PulledMuscle).Build());
        _plan = RecoveryPlanner.Default.Plan(assessment, Examples.History(100), new PlanRequest(Examples.Start, Days.Of(90)));
        _checkIn = new CheckInReport(Examples.Start.AddDays(7), pain: 0, Trend.Better);
    }

    /// <summary>Records the check-in and returns the updated plan.</summary>
    [Benchmark(Description = "CheckIn (90-day plan)")]
    public RecoveryPlan CheckIn() => _plan.CheckIn(_checkIn);
}
