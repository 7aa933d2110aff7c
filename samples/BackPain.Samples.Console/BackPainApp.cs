using BackPain.Core;
using Spectre.Console;
using Spectre.Console.Cli;

namespace BackPain.Samples.Console;

/// <summary>
/// Builds the sample's command-line app. <c>Program.cs</c> runs it on the real console; tests configure a
/// <c>CommandAppTester</c> with <see cref="Configure"/> and their own consoles.
/// </summary>
internal static class BackPainApp
{
    /// <summary>What the help says the sample does.</summary>
    public const string Description =
        "Assesses back pain after a workout with BackPain.Core and lays out a recovery plan. "
        + "In a terminal, without options, it asks you the questions; without a terminal it shows the doms example.";

    /// <summary>The app, writing to <paramref name="console"/> and taking the rest from <paramref name="environment"/>.</summary>
    public static CommandApp<BackPainCommand> Create(IAnsiConsole console, SampleEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(console);
        var app = new CommandApp<BackPainCommand>().WithDescription(Description);
        app.Configure(config =>
        {
            config.ConfigureConsole(console);
            Configure(config, environment);
        });
        return app;
    }

    /// <summary>Everything but the console and the default command: the name, the examples in the help, the services and the exit codes.</summary>
    public static void Configure(IConfigurator config, SampleEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(environment);
        config.SetApplicationName("dotnet run --project samples/BackPain.Samples.Console --");
        config.UseStrictParsing();
        config.SetHelpProvider(new HelpWithWholeExamples(config.Settings));
        config.Settings.Registrar.RegisterInstance(environment);
        config.SetExceptionHandler((exception, _) => Fail(environment.Errors, exception));
        config.AddExample("--example", "slipped-disc");
        config.AddExample("--example", "pulled-muscle", "--start", "2026-12-01", "--days", "14");
        config.AddExample("--report", "examples/pulled-muscle.json", "--history", "examples/history.json", "--start", "2026-12-01", "--check-in", "examples/check-in.json");
        config.AddExample("--example", "red-flag", "--json");
    }

    /// <summary>
    /// Writes what went wrong to standard error, never a stack trace, and returns the exit code: 2 for input that
    /// is invalid (every problem listed), 1 for anything else.
    /// </summary>
    internal static int Fail(IAnsiConsole errors, Exception exception)
    {
        switch (exception)
        {
            case InvalidInputException invalid:
                WriteProblems(errors, invalid.Problems);
                return ExitCodes.InvalidInput;
            case BackPainValidationException invalid:
                WriteProblems(errors, [.. InputProblem.From("input", invalid)]);
                return ExitCodes.InvalidInput;
            case CommandAppException { Pretty: { } pretty } and (CommandParseException or CommandRuntimeException):
                // Spectre.Console.Cli could not read the command line: an unknown option, a missing or badly typed value.
                errors.Write(pretty);
                errors.MarkupLine("[grey]Run with --help to see the options.[/]");
                return ExitCodes.InvalidInput;
            case CommandParseException or CommandRuntimeException:
                errors.MarkupLine($"[red]Error:[/] {Markup.Escape(exception.Message)}");
                errors.MarkupLine("[grey]Run with --help to see the options.[/]");
                return ExitCodes.InvalidInput;
            default:
                errors.MarkupLine($"[red]Error:[/] {Markup.Escape(exception.Message)}");
                return ExitCodes.Failure;
        }
    }

    private static void WriteProblems(IAnsiConsole errors, IReadOnlyList<InputProblem> problems)
    {
        var count = problems.Count == 1 ? "1 problem" : $"{problems.Count} problems";
        errors.MarkupLine($"[bold red]✖ The input is invalid ({count}):[/]");
        foreach (var problem in problems)
        {
            errors.MarkupLine($"  [red]•[/] [bold]{Markup.Escape(problem.Where)}[/]: {Markup.Escape(problem.Message)}");
        }

        errors.MarkupLine("[grey]Run with --help to see the options.[/]");
    }
}
