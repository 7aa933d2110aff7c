using BackPain.Core.Serialization;
using BenchmarkDotNet.Attributes;

namespace BackPain.Core.Benchmarks;

/// <summary>
/// The cost curve over the number of check-ins a plan holds (issue 12): a 365-day pulled-muscle plan with 100 workouts
/// of history and 0 to 800 check-ins (<see cref="RecoveryPlan.MaxCheckIns"/> is 1,000), spread over the plan or all on
/// one date. Two operations rebuild the plan from every check-in: <c>CheckIn</c> (one more) and reading the plan back
/// from JSON (<c>BackPainJson.DeserializePlan</c>, which also validates the document). The plan, the next check-in and
/// the JSON are built once, outside the measurement.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("CheckIn")]
public class CheckInCurveBenchmarks
{
    private RecoveryPlan _plan = null!;
    private CheckInReport _next = null!;
    private string _json = null!;

    /// <summary>How many check-ins the plan already holds.</summary>
    [Params(0, 50, 100, 200, 400, 800)]
    public int CheckIns { get; set; }

    /// <summary>How the check-ins fall on the plan's dates.</summary>
    [ParamsAllValues]
    public CheckInLayout Layout { get; set; }

    /// <summary>Builds the plan, the next check-in and the plan's JSON once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        (_plan, _next) = Examples.PlanWithCheckIns(planDays: 365, CheckIns, Layout);
        _json = BackPainJson.Serialize(_plan);
    }

    /// <summary>Records one more check-in and returns the updated plan.</summary>
    [Benchmark(Description = "CheckIn (365-day plan)")]
    public RecoveryPlan CheckIn() => _plan.CheckIn(_next);

    /// <summary>Reads the plan back from JSON (validating it and rebuilding the assessment and the plan).</summary>
    [Benchmark(Description = "DeserializePlan (365-day plan)")]
    public RecoveryPlan Deserialize() => BackPainJson.DeserializePlan(_json);
}
