using System.ComponentModel;
using Spectre.Console.Cli;

namespace BackPain.Samples.Console;

/// <summary>
/// The sample's options. Spectre.Console.Cli parses the command line; <see cref="InputLoader"/> checks the values,
/// which are strings so that one run can list every bad value at once.
/// </summary>
internal sealed class BackPainSettings : CommandSettings
{
    [CommandOption("-e|--example <NAME>")]
    [Description("Assess a ready-made report: doms, poor-core, pulled-muscle, slipped-disc, ligament-tear or red-flag.")]
    public string? Example { get; set; }

    [CommandOption("-r|--report <FILE>")]
    [Description("Assess the symptom report in a JSON file (see examples/*.json next to the program).")]
    public string? Report { get; set; }

    [CommandOption("--history <FILE>")]
    [Description("Plan around the training history in a JSON file (see examples/history.json). An example brings its own workout; this replaces it.")]
    public string? History { get; set; }

    [CommandOption("-s|--start <DATE>")]
    [Description("The first day of the plan, yyyy-mm-dd. Default: today (2026-12-01 for the demonstration run without a terminal).")]
    public string? Start { get; set; }

    [CommandOption("-d|--days <N>")]
    [Description("How many days the plan covers, 1 to 365.")]
    [DefaultValue("28")]
    public string Days { get; set; } = "28";

    [CommandOption("-c|--check-in <FILE>")]
    [Description("Record the check-in in a JSON file and show the updated plan (see examples/check-in.json). Repeat for several, oldest first.")]
    public string[] CheckIns { get; set; } = [];

    [CommandOption("--ics <FILE>")]
    [Description("Also write the plan as a calendar file (iCalendar, .ics) with ice and heat reminders; import it into your calendar, and again after each check-in to update it.")]
    public string? Ics { get; set; }

    [CommandOption("--culture <NAME>")]
    [Description("The language of the run (assessment, plan, names, questions, headings, dates): de (German), es (Spanish) or any culture name; English when left out. The help and error messages stay in English.")]
    public string? Culture { get; set; }

    [CommandOption("--json")]
    [Description("Print the plan, with its assessment, as JSON (BackPainJson) and nothing else.")]
    public bool Json { get; set; }

    /// <summary>Whether a report was named, by example or by file.</summary>
    public bool HasReport => Example is not null || Report is not null;
}
