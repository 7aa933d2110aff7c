using BackPain.Core;
using System.Globalization;
using Spectre.Console;

namespace BackPain.Samples.Console.Views;

/// <summary>The sample's visual vocabulary: colours, short labels and symbols, in one place.</summary>
internal static class Look
{
    /// <summary>The widest the views draw, so lines stay readable on a very wide terminal.</summary>
    public const int MaxWidth = 140;

    public static int Width(IAnsiConsole console) => Math.Min(console.Profile.Width, MaxWidth);

    public static Color Colour(TriageLevel level) => level.Rank switch
    {
        0 => Color.Green,
        1 => Color.Yellow,
        2 => Color.DarkOrange,
        _ => Color.Red,
    };

    /// <summary>The level as a short headline, louder the more urgent.</summary>
    public static string Title(TriageLevel level) => level.Rank switch
    {
        0 => "Self-care",
        1 => "See a doctor",
        2 => "See a doctor today",
        _ => "EMERGENCY, get help now",
    };

    public static Color Colour(LikelihoodBand band) => band switch
    {
        LikelihoodBand.Likely => Color.Orange1,
        LikelihoodBand.Possible => Color.Yellow,
        _ => Color.Grey,
    };

    public static string Text(LikelihoodBand band) => band switch
    {
        LikelihoodBand.Likely => "likely",
        LikelihoodBand.Possible => "possible",
        _ => "unlikely",
    };

    public static string Text(RestrictionKind kind) => kind switch
    {
        RestrictionKind.NoCoreWork => "No core work",
        RestrictionKind.NoStrenuousExercise => "No heavy lifting or running",
        RestrictionKind.NoExercise => "No exercise at all",
        RestrictionKind.RestMuscles => "Rest from training",
        RestrictionKind.SuspendAllTraining => "No training of any kind",
        _ => kind.ToString(),
    };

    public static string Text(LiftCondition condition) => condition switch
    {
        LiftCondition.Healed => "until healed",
        LiftCondition.ClinicianClearance => "until a clinician clears you",
        LiftCondition.RestOverAndSorenessGone => "until the rest is over and the soreness has gone",
        _ => condition.ToString(),
    };

    /// <summary>A short name for a muscle group, for tables and the timeline.</summary>
    public static string Short(BackPainTexts texts, MuscleGroup muscle) => muscle == MuscleGroup.Core && texts.Culture.Equals(CultureInfo.InvariantCulture) ? "Core" : texts.Name(muscle);

    /// <summary>
    /// When something is allowed, in a few words for the timeline: "now", a date, or the condition still open
    /// with the earliest date it could be met ("pain-free check-in, from 3 Dec"). <see cref="Availability.Text"/> says it in full.
    /// </summary>
    public static string Short(Availability availability, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(availability);
        var notBefore = availability.NotBefore > start ? $", from {Day(availability.NotBefore)}" : string.Empty;
        return availability.Condition switch
        {
            OpenCondition.None => availability.NotBefore <= start ? "now" : ShortDate(availability.NotBefore),
            OpenCondition.PainFreeCheckIn => $"pain-free check-in{notBefore}",
            OpenCondition.ClinicianClearance => $"clinician's clearance{notBefore}",
            _ => $"pain-free check-in + clearance{notBefore}",
        };
    }

    public static string Day(DateOnly date) => date.ToString("d MMM", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);

    public static string ShortDate(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);

    /// <summary>A bar of <paramref name="width"/> cells filled in proportion to <paramref name="share"/> (0 to 1), as markup.</summary>
    public static string Bar(double share, int width, Color colour)
    {
        var filled = (int)Math.Round(Math.Clamp(share, 0, 1) * width, MidpointRounding.AwayFromZero);
        return $"[{colour.ToMarkup()}]{new string('█', filled)}[/][grey23]{new string('░', width - filled)}[/]";
    }

    /// <summary>A superscript number, for footnotes in the calendar.</summary>
    public static string Superscript(int number)
    {
        const string digits = "⁰¹²³⁴⁵⁶⁷⁸⁹";
        return string.Concat(number.ToString(CultureInfo.InvariantCulture).Select(c => digits[c - '0']));
    }

    /// <summary>A heading rule of a fixed width (a <see cref="Rule"/> alone would stretch to the console's width).</summary>
    public static Grid Heading(IAnsiConsole console, string markup, Color colour)
    {
        var grid = new Grid { Width = Width(console) }.AddColumn();
        grid.AddRow(new Rule($"[bold]{markup}[/]") { Style = new Style(colour), Justification = Justify.Left });
        return grid;
    }

    /// <summary>A kind of block in full words, for the reasons under the calendar.</summary>
    public static string BlockTitle(PlanEntryKind kind) => kind switch
    {
        PlanEntryKind.SuspendAllTraining => "No training of any kind",
        PlanEntryKind.NoExercise => "No exercise at all",
        PlanEntryKind.NoStrenuousExercise => "No heavy lifting, running or other exercise that loads the spine",
        PlanEntryKind.NoCoreWork => "No core work",
        _ => kind.ToString(),
    };

    /// <summary>What blocks the day from the person's point of view, or <see langword="null"/> when the entry is shown elsewhere (rest is on the timeline).</summary>
    public static string? BlockLabel(PlanEntryKind kind) => kind switch
    {
        PlanEntryKind.SuspendAllTraining => "training",
        PlanEntryKind.NoExercise => "exercise",
        PlanEntryKind.NoStrenuousExercise => "heavy",
        PlanEntryKind.NoCoreWork => "core",
        _ => null,
    };
}
