using Spectre.Console.Cli.Testing;
using Spectre.Console.Testing;

namespace BackPain.Samples.Console.Tests;

/// <summary>What one run of the sample did: its exit code, what it wrote to standard output and to standard error.</summary>
internal sealed record SampleResult(int ExitCode, string Output, string Errors);

/// <summary>
/// Runs the sample as its <c>Program.cs</c> does, but through Spectre's <see cref="CommandAppTester"/> with test
/// consoles for both outputs, a fixed "today" and no person at the keyboard (unless a test gives one).
/// </summary>
internal static class SampleRun
{
    /// <summary>The "today" of every test run: not the demonstration's start date, so tests can tell them apart.</summary>
    public static readonly DateOnly Today = new(2027, 3, 15);

    public static SampleResult Run(params string[] args) => Run(new TestConsole().Width(120), canPrompt: false, args);

    public static SampleResult Run(TestConsole console, bool canPrompt, params string[] args)
    {
        var errors = new TestConsole().Width(200);
        var environment = new SampleEnvironment(errors, canPrompt, () => Today);
        var tester = new CommandAppTester(console: console);
        tester.SetDefaultCommand<BackPainCommand>();
        tester.Configure(config => BackPainApp.Configure(config, environment));
        var result = tester.Run(args);
        return new SampleResult(result.ExitCode, result.Output, errors.Output);
    }

    /// <summary>A file in the test's output folder, where the sample's <c>examples/</c> are copied.</summary>
    public static string Example(string fileName) => Path.Combine(AppContext.BaseDirectory, "examples", fileName);

    /// <summary>The output with its lines joined by spaces, for text the console wrapped.</summary>
    public static string Flat(string output) => string.Join(' ', output.Split('\n').Select(line => line.TrimEnd()));
}
