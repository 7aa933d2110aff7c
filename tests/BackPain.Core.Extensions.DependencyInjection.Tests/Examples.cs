using BackPain.Core.Serialization;

namespace BackPain.Core.Extensions.DependencyInjection.Tests;

/// <summary>The repository's example stories (examples/*.json, copied beside the tests).</summary>
public static class Examples
{
    public static IEnumerable<string> ReportNames { get; } = ["doms", "poor-core", "pulled-muscle", "slipped-disc", "ligament-tear", "red-flag"];

    public static SymptomReport Report(string name) => BackPainJson.DeserializeReport(Read(name));

    public static CheckInReport CheckIn(string name) => BackPainJson.DeserializeCheckIn(Read(name));

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", name + ".json"));
}
