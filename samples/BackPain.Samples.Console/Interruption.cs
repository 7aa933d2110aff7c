using Spectre.Console;

namespace BackPain.Samples.Console;

/// <summary>
/// What the sample does when a person presses Ctrl+C: it shows the cursor again (a choice list hides it), ends the
/// line it was on, and says it stopped; then the runtime ends the process, which exits with
/// <see cref="ExitCodes.Interrupted"/> (130).
/// </summary>
internal static class Interruption
{
    /// <summary>Restores the terminal and says why the sample stopped.</summary>
    public static void Restore(IAnsiConsole console, IAnsiConsole errors)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(errors);
        console.Cursor.Show();
        console.WriteLine();
        errors.MarkupLine("[grey]Stopped (Ctrl+C). Nothing was saved.[/]");
    }
}
