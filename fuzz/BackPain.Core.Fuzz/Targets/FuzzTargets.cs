using BackPain.Core.Serialization;

namespace BackPain.Core.Fuzz;

/// <summary>
/// The fuzz targets by name: one per <see cref="BackPainJson"/> reader (report, history, workout, checkin,
/// assessment, plan) and "life". Shared by the SharpFuzz program (fuzz/BackPain.Core.Fuzz) and the test that replays
/// the committed corpus and regressions (tests/BackPain.Core.Tests), so a crash reproduces under <c>dotnet test</c>.
/// </summary>
/// <remarks>
/// A target returns normally when the library did what it documents (accepted an input, or rejected it with a
/// <see cref="BackPainValidationException"/>); anything else escapes: an undocumented exception, or a
/// <see cref="InvariantViolationException"/> for a broken invariant.
/// </remarks>
public static class FuzzTargets
{
    /// <summary>Every target, by the name the fuzz program and the corpus folders use.</summary>
    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>
    {
        ["report"] = data => DocumentTarget.Check(data, BackPainJson.DeserializeReport, BackPainJson.Serialize, BackPainJson.DeserializeReport),
        ["history"] = data => DocumentTarget.Check(data, BackPainJson.DeserializeHistory, BackPainJson.Serialize, BackPainJson.DeserializeHistory),
        ["workout"] = data => DocumentTarget.Check(data, BackPainJson.DeserializeWorkout, BackPainJson.Serialize, BackPainJson.DeserializeWorkout),
        ["checkin"] = data => DocumentTarget.Check(data, BackPainJson.DeserializeCheckIn, BackPainJson.Serialize, BackPainJson.DeserializeCheckIn),
        ["assessment"] = data => DocumentTarget.Check(data, BackPainJson.DeserializeAssessment, BackPainJson.Serialize, BackPainJson.DeserializeAssessment),
        ["plan"] = data => DocumentTarget.Check(data, BackPainJson.DeserializePlan, BackPainJson.Serialize, BackPainJson.DeserializePlan),
        ["life"] = LifeTarget.Check,
    };

    /// <summary>Runs the target named <paramref name="target"/> on <paramref name="data"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="target"/> is not a target's name.</exception>
    public static void Run(string target, byte[] data) =>
        (All.TryGetValue(target, out var run) ? run : throw new ArgumentException($"Unknown target '{target}'; the targets are {string.Join(", ", All.Keys)}.", nameof(target)))(data);
}
