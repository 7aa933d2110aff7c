using System.Text.Json;
using BackPain.Core.Serialization;
using BenchmarkDotNet.Attributes;

namespace BackPain.Core.Benchmarks;

/// <summary>
/// <c>BackPainJson</c> on a 90-day pulled-muscle plan with 100 workouts and one check-in: writing it, and reading it
/// back (which validates the document and rebuilds the assessment and the plan from their inputs); and issue 12's
/// target, reading a 365-day pulled-muscle plan with 100 workouts and 364 check-ins (<see cref="Examples.CheckIns"/>).
/// Issue 14's target: the same 90-day plan through plain <see cref="JsonSerializer"/> with
/// <see cref="BackPainJson.Configure"/> (what a host's model binding does) costs at most 10 % more than through
/// <see cref="BackPainJson"/>.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Json")]
public class JsonBenchmarks
{
    private RecoveryPlan _plan = null!;
    private string _json = null!;
    private byte[] _buffer = null!;
    private string _yearJson = null!;
    private JsonSerializerOptions _hostOptions = null!;

    /// <summary>Builds the plan and its JSON once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var assessment = BackPainAssessor.Default.Assess(Examples.Answers(NamedExample.PulledMuscle).Build());
        _plan = RecoveryPlanner.Default.Plan(assessment, Examples.History(100), new PlanRequest(Examples.Start, Days.Of(90)))
            .CheckIn(new CheckInReport(Examples.Start.AddDays(7), pain: 0, Trend.Better));
        _json = BackPainJson.Serialize(_plan);
        _buffer = new byte[System.Text.Encoding.UTF8.GetByteCount(_json)];
        _hostOptions = BackPainJson.Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));
        _yearJson = BackPainJson.Serialize(Examples.PlanWithCheckIns(planDays: 365, checkIns: 364).Plan);
    }

    /// <summary>Writes the plan as JSON.</summary>
    [Benchmark(Description = "Serialize (90-day plan)")]
    public string Serialize() => BackPainJson.Serialize(_plan);

    /// <summary>Writes the plan as UTF-8 to a stream over a buffer made once, so no string and no growing buffer is timed.</summary>
    [Benchmark(Description = "Serialize to a stream (90-day plan)")]
    public long SerializeToStream()
    {
        using var stream = new MemoryStream(_buffer);
        BackPainJson.Serialize(stream, _plan);
        return stream.Position;
    }

    /// <summary>Reads the plan back (validating it and rebuilding the assessment and the plan from their inputs).</summary>
    [Benchmark(Description = "Deserialize (90-day plan)")]
    public RecoveryPlan Deserialize() => BackPainJson.DeserializePlan(_json);

    /// <summary>Writes the plan through plain <see cref="JsonSerializer"/> with a host's web options set up by <see cref="BackPainJson.Configure"/>.</summary>
    [Benchmark(Description = "JsonSerializer.Serialize + Configure (90-day plan)")]
    public string SerializeThroughHostOptions() => JsonSerializer.Serialize(_plan, _hostOptions);

    /// <summary>Reads the plan through plain <see cref="JsonSerializer"/> with a host's web options set up by <see cref="BackPainJson.Configure"/>.</summary>
    [Benchmark(Description = "JsonSerializer.Deserialize + Configure (90-day plan)")]
    public RecoveryPlan? DeserializeThroughHostOptions() => JsonSerializer.Deserialize<RecoveryPlan>(_json, _hostOptions);

    /// <summary>Reads a 365-day plan with 364 check-ins back from JSON.</summary>
    [Benchmark(Description = "Deserialize (365-day plan, 364 check-ins)")]
    public RecoveryPlan DeserializeYear() => BackPainJson.DeserializePlan(_yearJson);
}
