using System.Diagnostics;
using System.Text.Json.Nodes;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Console.Tests;

/// <summary>
/// The real program in its own process, with standard input redirected as in CI: what the README's
/// <c>dotnet run --project samples/BackPain.Samples.Console</c> does, and how the exit codes and the two outputs reach the caller.
/// </summary>
public sealed class ProgramTests
{
    [Fact]
    public async Task NoArgumentsAndNoTerminal_ShowsTheDomsDemonstrationAndExitsZero()
    {
        var (exitCode, output, errors) = await RunAsync();

        exitCode.Should().Be(ExitCodes.Success, errors);
        errors.Should().BeEmpty();
        output.Should().Contain("Demonstration, example doms").And.Contain("Recovery plan: Tue 1 Dec 2026").And.Contain("This is not a diagnosis");
    }

    [Fact]
    public async Task Json_WritesOnlyThePlanToStandardOutput()
    {
        var (exitCode, output, errors) = await RunAsync("--example", "ligament-tear", "--start", "2026-12-01", "--json");

        exitCode.Should().Be(ExitCodes.Success, errors);
        JsonNode.Parse(output).Should().NotBeNull();
        BackPainJson.DeserializePlan(output).Assessment.TopCause.Cause.Id.Should().Be("ligamentTear");
    }

    [Fact]
    public async Task UnknownExample_ExitsTwoWithTheProblemOnStandardErrorAndNothingOnStandardOutput()
    {
        var (exitCode, output, errors) = await RunAsync("--example", "sore-neck");

        exitCode.Should().Be(ExitCodes.InvalidInput);
        output.Should().BeEmpty();
        errors.Should().Contain("--example").And.Contain("doms, poor-core, pulled-muscle, slipped-disc, ligament-tear, red-flag");
    }

    [Fact]
    public async Task HelpPiped_KeepsEachExampleCommandOnOneLineAndWrapsOnlyTheProseAt80Columns()
    {
        var (exitCode, output, _) = await RunAsync("--help");

        exitCode.Should().Be(ExitCodes.Success);
        var lines = output.Split('\n').Select(line => line.TrimEnd('\r', ' ')).ToList();
        const string Program = "dotnet run --project samples/BackPain.Samples.Console --";
        lines.Should().Contain($"    {Program} --report examples/pulled-muscle.json --history examples/history.json --start 2026-12-01 --check-in examples/check-in.json");
        lines.Should().Contain($"    {Program} --example pulled-muscle --start 2026-12-01 --days 14");
        lines.Where(line => !line.StartsWith($"    {Program} ", StringComparison.Ordinal))
            .Should().OnlyContain(line => line.Length <= 80, "prose wraps at the pipe's 80 columns");
        SampleRun.Flat(output).Should().Contain("130 stopped with Ctrl+C");
    }

    private static async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetTempPath(),
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "BackPain.Samples.Console.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await errors);
    }
}
