using BackPain.Core;
using System.Globalization;
using Spectre.Console;

namespace BackPain.Samples.Console.Views;

/// <summary>The sample's visual vocabulary: colours, bars and symbols, in one place (the words are in <see cref="Labels"/>).</summary>
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

    public static Color Colour(LikelihoodBand band) => band switch
    {
        LikelihoodBand.Likely => Color.Orange1,
        LikelihoodBand.Possible => Color.Yellow,
        _ => Color.Grey,
    };

    /// <summary>A short name for a muscle group, for tables and the timeline.</summary>
    public static string Short(BackPainTexts texts, MuscleGroup muscle) => muscle == MuscleGroup.Core && texts.Culture.Equals(CultureInfo.InvariantCulture) ? "Core" : texts.Name(muscle);

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
}
