using Spectre.Console.Testing;

namespace BackPain.Samples.Console.Tests;

/// <summary>What Ctrl+C leaves behind: a clean line, a visible cursor, a word on standard error and a documented code.</summary>
public sealed class InterruptionTests
{
    [Fact]
    public void Restore_MidLine_EndsTheLineShowsTheCursorAndSaysItStopped()
    {
        var console = new TestConsole().EmitAnsiSequences();
        var errors = new TestConsole();
        console.Write(new Spectre.Console.Text("How bad is the pain now? 4"));

        Interruption.Restore(console, errors);

        console.Output.Should().EndWith("\n", "the shell's prompt starts on a line of its own");
        console.Output.Should().Contain("\u001b[?25h", "the cursor a choice list hid is shown again");
        errors.Output.Should().Contain("Stopped (Ctrl+C)");
    }

    [Fact]
    public void InterruptedExitCode_IsTheShellsCodeForSigintAndIsInTheHelp()
    {
        ExitCodes.Interrupted.Should().Be(128 + 2);

        var result = SampleRun.Run("--help");

        SampleRun.Flat(result.Output).Should().Contain($"{ExitCodes.Interrupted} stopped with Ctrl+C");
    }
}
