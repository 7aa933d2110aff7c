using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using BackPain.Core;
using Spectre.Console.Testing;

namespace BackPain.Samples.Console.Tests;

/// <summary>
/// The guard of the sample's own labels (Resources/Labels.resx) in every culture it ships, as the library's
/// LocalizationTests guard its texts: every label is translated with its placeholders and numbers, nothing is left
/// in English, and whole runs in the culture show no English label.
/// </summary>
public sealed partial class LabelsTests
{
    /// <summary>The cultures whose labels the sample ships. Add a culture here when adding its Labels.&lt;culture&gt;.resx.</summary>
    public static TheoryData<string> ShippedCultures { get; } = ["de", "es"];

    /// <summary>
    /// Labels whose translation may equal the English: the letter for "no", and date patterns that are the same in
    /// both languages (the day and month names still come from the culture). Keep it short.
    /// </summary>
    private static readonly Dictionary<string, string[]> SameAsEnglish = new()
    {
        ["de"] = ["ask.no"],
        ["es"] = ["ask.no", "format.date", "format.shortDate", "format.day"],
    };

    private static readonly ResourceManager Resources = new("BackPain.Samples.Console.Resources.Labels", typeof(Labels).Assembly);

    /// <summary>The library's texts, which follow <c>--culture</c> on their own (guarded by the library's LocalizationTests).</summary>
    private static readonly ResourceManager LibraryTexts = new("BackPain.Core.Resources.Texts", typeof(Cause).Assembly);

    private static readonly Dictionary<string, string> English = Set(CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(ShippedCultures))]
    public void EveryLabel_IsTranslatedInEveryShippedCulture(string culture)
    {
        var translated = Set(new CultureInfo(culture));

        translated.Keys.Should().BeEquivalentTo(English.Keys, "every label a person reads must exist in {0}", culture);
        translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ShippedCultures))]
    public void EveryTranslation_KeepsTheEnglishPlaceholders(string culture)
        => Set(new CultureInfo(culture))
            .Where(t => !Placeholders(t.Value).SequenceEqual(Placeholders(English[t.Key])))
            .Select(t => $"{t.Key}: {t.Value}")
            .Should().BeEmpty("a placeholder dropped or added loses a date, a count or a name in {0}", culture);

    [Theory]
    [MemberData(nameof(ShippedCultures))]
    public void EveryTranslation_KeepsTheEnglishNumbers(string culture)
        => Set(new CultureInfo(culture))
            .Where(t => !Numbers(t.Value).SequenceEqual(Numbers(English[t.Key])))
            .Select(t => $"{t.Key}: {t.Value}")
            .Should().BeEmpty("pain scores and counts must be the same numbers in {0}", culture);

    [Theory]
    [MemberData(nameof(ShippedCultures))]
    public void NoLabel_IsLeftInEnglish(string culture)
        => Set(new CultureInfo(culture))
            .Where(t => t.Value == English[t.Key] && !SameAsEnglish[culture].Contains(t.Key))
            .Select(t => t.Key)
            .Should().BeEmpty("{0} must not fall back to English", culture);

    [Theory]
    [MemberData(nameof(ShippedCultures))]
    public void WholeRuns_InTheCulture_ShowNoEnglishLabel(string culture)
    {
        var fragments = EnglishFragments(culture);

        var found = WholeRuns(culture)
            .SelectMany(run => fragments.Where(f => f.Word.IsMatch(run.Output)).Select(f => $"{run.Name}: '{f.Text}'"))
            .Distinct();

        string.Join('\n', found).Should().BeEmpty("every label of the assessment, the plan, the check-ins and the questions is in {0}", culture);
    }

    [Fact]
    public void German_WritesDatesAndScoresTheGermanWay()
    {
        var result = SampleRun.Run("--example", "pulled-muscle", "--start", "2026-12-01", "--culture", "de");

        result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
        result.Output.Should().Contain("Erholungsplan: Di 1. Dez. 2026 bis Mo 28. Dez. 2026 (28 Tage)");
        result.Output.Should().Contain("Mögliche Ursachen").And.Contain("Was jetzt hilft").And.Contain("Keine Diagnose");
        result.Output.Should().MatchRegex(@"█+░* 0,\d\d", "a score is written with a decimal comma");
    }

    [Fact]
    public void AnUnshippedCulture_FallsBackToEnglishLabels()
    {
        var result = SampleRun.Run("--example", "doms", "--start", "2026-12-01", "--culture", "fi");

        result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
        result.Output.Should().Contain(English["causes.heading"]).And.Contain(English["timeline.heading"]);
    }

    /// <summary>Every example's assessment and plan with a check-in and a calendar file, the demonstration, and the interview with a check-in, in <paramref name="culture"/>.</summary>
    private static IEnumerable<(string Name, string Output)> WholeRuns(string culture)
    {
        var ics = Path.Combine(Path.GetTempPath(), $"backpain-labels-{culture}-{Guid.NewGuid():N}.ics");
        try
        {
            foreach (var example in Examples.All)
            {
                var result = SampleRun.Run(
                    Wide(), canPrompt: false,
                    "--example", example.Name, "--start", "2026-12-01", "--check-in", SampleRun.Example("check-in.json"), "--ics", ics, "--culture", culture);
                result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
                yield return (example.Name, SampleRun.Flat(result.Output));
            }
        }
        finally
        {
            File.Delete(ics);
        }

        var demonstration = SampleRun.Run(Wide(), canPrompt: false, "--culture", culture);
        demonstration.ExitCode.Should().Be(ExitCodes.Success, demonstration.Errors);
        yield return ("demonstration", SampleRun.Flat(demonstration.Output));

        var labels = Set(new CultureInfo(culture));
        var (yes, no) = (labels["ask.yes"], labels["ask.no"]);
        var console = Wide().Interactive();
        var keys = console.Input;
        InterviewTests.AnswerPulledMuscleReport(keys, yes, no);
        keys.PushTextWithEnter(yes);                  // record a check-in
        keys.PushKey(ConsoleKey.Enter);               // on the suggested date
        keys.PushTextWithEnter("0");                  // pain-free: core work may start, so days change
        keys.PushKey(ConsoleKey.Enter);               // better
        keys.PushKey(ConsoleKey.DownArrow);           // seen a clinician, who cleared light activity
        keys.PushKey(ConsoleKey.DownArrow);
        keys.PushKey(ConsoleKey.Enter);
        keys.PushKey(ConsoleKey.Enter);               // no cause ruled out
        keys.PushKey(ConsoleKey.Enter);               // no cause confirmed
        keys.PushKey(ConsoleKey.Enter);               // nothing new
        keys.PushTextWithEnter(no);                   // no further check-in
        var interview = SampleRun.Run(console, canPrompt: true, "--culture", culture);
        interview.ExitCode.Should().Be(ExitCodes.Success, interview.Errors);
        yield return ("interview", SampleRun.Flat(interview.Output));
    }

    private static TestConsole Wide() => new TestConsole().Width(Views.Look.MaxWidth);

    /// <summary>
    /// The English labels' words between placeholders, as whole words (so "Pain" is not found in "BackPain.Core", nor
    /// "core" in the example name "poor-core"), long
    /// enough to be words a person reads (not a letter or a date pattern), less those the library's own texts in the
    /// culture use (the Spanish name of poor core strength says "(core)").
    /// </summary>
    private static (string Text, Regex Word)[] EnglishFragments(string culture)
    {
        var library = string.Join('\n', Set(LibraryTexts, new CultureInfo(culture)).Values);
        return [.. English
            .Where(e => !SameAsEnglish[culture].Contains(e.Key) && !e.Key.StartsWith("format.", StringComparison.Ordinal))
            .SelectMany(e => PlaceholderPattern().Split(e.Value))
            .Select(fragment => fragment.Trim(' ', '.', ',', ':', ';', '(', ')', '?'))
            .Where(fragment => fragment.Length >= 3)
            .Distinct()
            .Select(fragment => (fragment, new Regex($@"(?<![\w-]){Regex.Escape(fragment)}(?![\w-])", RegexOptions.CultureInvariant)))
            .Where(fragment => !fragment.Item2.IsMatch(library))];
    }

    private static Dictionary<string, string> Set(CultureInfo culture) => Set(Resources, culture);

    private static Dictionary<string, string> Set(ResourceManager resources, CultureInfo culture)
    {
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
        set.Should().NotBeNull("the sample ships labels for {0}", culture.Name);
        return set!.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static string[] Placeholders(string text) => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    private static string[] Numbers(string text) => [.. NumberPattern().Matches(PlaceholderPattern().Replace(text, "")).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberPattern();
}
