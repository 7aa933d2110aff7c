using Spectre.Console;

namespace BackPain.Samples.Console;

/// <summary>
/// What the sample needs from the world outside the command line: where errors go, whether a person is there to
/// answer questions, and today's date. <see cref="Program"/> reads them from the real console and clock; tests pass
/// their own, so every run is repeatable.
/// </summary>
/// <param name="Errors">Where problems are written (standard error).</param>
/// <param name="CanPrompt">Whether a person can answer prompts: a terminal, with input not redirected.</param>
/// <param name="Today">Today's date, the default start of the plan. The library never reads the clock; the sample does.</param>
internal sealed record SampleEnvironment(IAnsiConsole Errors, bool CanPrompt, Func<DateOnly> Today)
{
    /// <summary>
    /// The start date used when the sample falls back to its demonstration (no terminal and no report given), so that
    /// the README's <c>dotnet run</c> prints the same plan on every machine and in CI.
    /// </summary>
    public static readonly DateOnly DemoStart = new(2026, 12, 1);
}
