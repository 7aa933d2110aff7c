using BenchmarkDotNet.Attributes;

namespace BackPain.Core.Benchmarks;

/// <summary>
/// <c>RecoveryPlanner.Default.Plan</c> for a pulled muscle (an injury: core work blocked until healed, the sore
/// muscles rested, ice and heat) over 28, 90 and 365 days, with training histories of 0 to 1,000 workouts. The
/// assessment, the history and the request are built once, outside the measurement.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Plan")]
public class PlanBenchmarks
{
    private Assessment _assessment = null!;
    private TrainingHistory _history = null!;
    private PlanRequest _request = null!;

    /// <summary>The plan's length in days.</summary>
    [Params(28, 90, 365)]
    public int PlanDays { get; set; }

    /// <summary>How many workouts the history holds.</summary>
    [Params(0, 10, 100, 1000)]
    public int Workouts { get; set; }

    /// <summary>Builds the inputs once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _assessment = BackPainAssessor.Default.Assess(Examples.Answers(NamedExample.PulledMuscle).Build());
        _history = Examples.History(Workouts);
        _request = new PlanRequest(Examples.Start, Days.Of(PlanDays));
    }

    /// <summary>Plans recovery.</summary>
    [Benchmark]
    public RecoveryPlan Plan() => RecoveryPlanner.Default.Plan(_assessment, _history, _request);
}
