using BackPain.Samples.Console;
using Spectre.Console;

// The sample reads what the library never does: the console, whether a person is there to answer, and today's date.
var console = AnsiConsole.Console;
var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
if (Console.IsErrorRedirected)
{
    // Problems written to a log or a pipe stay one per line, unwrapped, so they can be searched.
    errors.Profile.Width = 4096;
}

// Ctrl+C: restore the terminal, then let the runtime end the process (exit code 130, ExitCodes.Interrupted).
Console.CancelKeyPress += (_, _) => Interruption.Restore(console, errors);

var environment = new SampleEnvironment(
    errors,
    CanPrompt: console.Profile.Capabilities.Interactive && !Console.IsInputRedirected,
    Today: () => DateOnly.FromDateTime(DateTime.Now));

return await BackPainApp.Create(console, environment).RunAsync(args);
