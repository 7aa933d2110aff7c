using Spectre.Console;
using Spectre.Console.Cli;
using Spectre.Console.Cli.Help;
using Spectre.Console.Rendering;

namespace BackPain.Samples.Console;

/// <summary>
/// Spectre.Console.Cli's help, with two changes: each example command is written on one line, whatever the width
/// (piped output is 80 columns, and a command broken across lines cannot be copied and run), while the prose still
/// wraps; and a footer lists the exit codes (<see cref="ExitCodes"/>).
/// </summary>
internal sealed class HelpWithWholeExamples(ICommandAppSettings settings) : HelpProvider(settings)
{
    /// <summary>The exit codes, as the help's footer and the README list them.</summary>
    public const string ExitCodesText =
        "Exit codes: 0 shown; 1 something went wrong that is not the input's fault; 2 invalid input (every problem "
        + "is listed on standard error); 130 stopped with Ctrl+C (128 + SIGINT, as shells report it).";

    private readonly string _applicationName = settings.ApplicationName ?? "?";

    public override IEnumerable<IRenderable> GetExamples(ICommandModel model, ICommandInfo? command)
    {
        var examples = command?.Examples is { Count: > 0 } own ? own : model.Examples;
        if (examples.Count == 0)
        {
            return [];
        }

        return
        [
            new Markup(Environment.NewLine + "[yellow]EXAMPLES:[/]" + Environment.NewLine),
            .. examples.Select(example => new OneLine($"    {_applicationName} {string.Join(' ', example)}")),
        ];
    }

    public override IEnumerable<IRenderable> GetFooter(ICommandModel model, ICommandInfo? command)
        => [.. base.GetFooter(model, command), new Text(Environment.NewLine + ExitCodesText + Environment.NewLine)];

    /// <summary>A line written whole: wider than the console, it runs on rather than breaking.</summary>
    private sealed class OneLine(string text) : IRenderable
    {
        public Measurement Measure(RenderOptions options, int maxWidth) => new(text.Length, text.Length);

        public IEnumerable<Segment> Render(RenderOptions options, int maxWidth) => [new Segment(text), Segment.LineBreak];
    }
}
