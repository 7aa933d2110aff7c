using BackPain.Samples.Console;
using Spectre.Console;

// The sample reads what the library never does: the console, whether a person is there to answer, and today's date.
var console = AnsiConsole.Console;
var errors = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
var environment = new SampleEnvironment(
    errors,
    CanPrompt: console.Profile.Capabilities.Interactive && !Console.IsInputRedirected,
    Today: () => DateOnly.FromDateTime(DateTime.Now));

return await BackPainApp.Create(console, environment).RunAsync(args);
