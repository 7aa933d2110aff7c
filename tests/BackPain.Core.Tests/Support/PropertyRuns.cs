namespace BackPain.Core.Tests.Support;

/// <summary>
/// How many cases each CsCheck property runs: 10,000 (the issues' minimum), unless the environment variable
/// BACKPAIN_PROPERTY_ITERATIONS says otherwise. Mutation testing sets it lower to keep each mutant's run short; the
/// score it reports is then a lower bound.
/// </summary>
public static class PropertyRuns
{
    public static long Iterations { get; } =
        long.TryParse(Environment.GetEnvironmentVariable("BACKPAIN_PROPERTY_ITERATIONS"), out var n) && n > 0 ? n : 10_000;
}
