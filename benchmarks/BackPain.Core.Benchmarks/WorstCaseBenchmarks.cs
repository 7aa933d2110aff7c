using System.Text.Json.Nodes;
using BackPain.Core.Serialization;
using BenchmarkDotNet.Attributes;

namespace BackPain.Core.Benchmarks;

/// <summary>
/// The most work one call can be asked to do within the library's limits (issue 18): the longest plan
/// (<see cref="PlanRequest.MaxLength"/>, 365 days), the longest history (<see cref="TrainingHistory.MaxWorkouts"/>,
/// 100,000 workouts) and the most check-ins (<see cref="RecoveryPlan.MaxCheckIns"/>, 1,000: the plan holds 999 and the
/// benchmark adds the last). Everything is built once, outside the measurement; docs/reliability.md states the bound.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("WorstCase")]
public class WorstCaseBenchmarks
{
    private Assessment _assessment = null!;
    private TrainingHistory _history = null!;
    private PlanRequest _request = null!;
    private RecoveryPlan _plan = null!;
    private CheckInReport _last = null!;
    private string _json = null!;

    /// <summary>Builds the inputs and the plan with 999 check-ins once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _assessment = BackPainAssessor.Default.Assess(Examples.Answers(NamedExample.PulledMuscle).Build());
        _history = Examples.History(TrainingHistory.MaxWorkouts);
        _request = new PlanRequest(Examples.Start, Days.Of(PlanRequest.MaxLength));
        // Adding 999 check-ins one by one to a plan with 100,000 workouts takes long; reading them all at once is the
        // same plan (the reader rebuilds it from its inputs), so the plan is made with a short history and read back
        // with the long one put in its place.
        var (shortPlan, last) = Examples.PlanWithCheckIns(PlanRequest.MaxLength, RecoveryPlan.MaxCheckIns - 1);
        var document = JsonNode.Parse(BackPainJson.Serialize(shortPlan))!.AsObject();
        document["history"] = JsonNode.Parse(BackPainJson.Serialize(_history));
        _plan = BackPainJson.DeserializePlan(document.ToJsonString());
        _last = last;
        _json = BackPainJson.Serialize(_plan);
    }

    /// <summary>Plans 365 days from 100,000 workouts of history.</summary>
    [Benchmark(Description = "Plan (365 days, 100,000 workouts)")]
    public RecoveryPlan Plan() => RecoveryPlanner.Default.Plan(_assessment, _history, _request);

    /// <summary>Adds the 1,000th check-in to that plan with 999.</summary>
    [Benchmark(Description = "CheckIn (the 1,000th)")]
    public RecoveryPlan CheckIn() => _plan.CheckIn(_last);

    /// <summary>Writes the plan with 999 check-ins and 100,000 workouts as JSON.</summary>
    [Benchmark(Description = "Serialize (that plan)")]
    public string Serialize() => BackPainJson.Serialize(_plan);

    /// <summary>Reads it back (validating it and rebuilding the assessment and every check-in).</summary>
    [Benchmark(Description = "DeserializePlan (that plan)")]
    public RecoveryPlan Deserialize() => BackPainJson.DeserializePlan(_json);
}
