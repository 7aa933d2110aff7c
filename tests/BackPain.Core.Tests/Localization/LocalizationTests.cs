using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.Json;
using System.Text.RegularExpressions;
using BackPain.Core.Internal;
using BackPain.Core.Serialization;
using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Localization;

/// <summary>
/// The guard of every culture the package ships (docs/localization.md): every key of the texts (Texts.resx) and of the
/// validation messages (Messages.resx) is translated, the placeholders and numbers are kept, nothing is left in
/// English, and a whole assessment and plan in the culture carry no English text.
/// </summary>
public partial class LocalizationTests
{
    /// <summary>The cultures whose satellite resources ship in the package. Add a culture here when adding its Texts.&lt;culture&gt;.resx.</summary>
    public static TheoryData<string> ShippedCultures { get; } = ["de", "es"];

    /// <summary>Each resource of the package (the texts and the validation messages) in each shipped culture.</summary>
    public static TheoryData<string, string> ShippedResources { get; } = EachResourceInEachCulture();

    /// <summary>
    /// Keys whose translation may equal the English in a culture: words that are the same in both languages. Keep it
    /// short; a text in it is still read by the reviewer.
    /// </summary>
    private static readonly Dictionary<string, string[]> SameAsEnglish = new()
    {
        ["de"] = [],
        ["es"] = [],
    };

    [Theory]
    [MemberData(nameof(ShippedResources))]
    public void EveryKey_IsTranslatedInEveryShippedCulture(string resource, string culture)
    {
        var translated = Translations(resource, culture);

        translated.Keys.Should().BeEquivalentTo(Translations(resource, string.Empty).Keys, "every text a person reads must exist in {0}", culture);
        translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ShippedResources))]
    public void EveryTranslation_KeepsTheEnglishPlaceholders(string resource, string culture)
        => Translations(resource, culture)
            .Where(t => !Texts.Placeholders(t.Value).SequenceEqual(Texts.Placeholders(English(resource, t.Key))))
            .Select(t => $"{t.Key}: {t.Value}")
            .Should().BeEmpty("a placeholder dropped or added loses a cause, muscle, date or field in {0}", culture);

    [Theory]
    [MemberData(nameof(ShippedResources))]
    public void EveryTranslation_KeepsTheEnglishNumbers(string resource, string culture)
        => Translations(resource, culture)
            .Where(t => !Numbers(t.Value).SequenceEqual(Numbers(English(resource, t.Key))))
            .Select(t => $"{t.Key}: {t.Value}")
            .Should().BeEmpty("doses, hours, pain scores, ages and allowed ranges must be the same numbers in {0}", culture);

    [Theory]
    [MemberData(nameof(ShippedResources))]
    public void NoTranslation_IsLeftInEnglish(string resource, string culture)
        => Translations(resource, culture)
            .Where(t => t.Value == English(resource, t.Key) && !SameAsEnglish[culture].Contains(t.Key))
            .Select(t => t.Key)
            .Should().BeEmpty("{0} must not fall back to English", culture);

    [Fact]
    public void TheTexts_AreTheKeysHostsSupply()
        => Translations("Texts", string.Empty).Keys.Should().BeEquivalentTo(TextKeys.All);

    [Theory]
    [MemberData(nameof(ShippedCultures))]
    public void WholeAssessmentsAndPlans_ContainNoEnglishText(string culture)
    {
        var english = EnglishFragments(culture);
        var found = new List<string>();
        foreach (var (name, text) in EveryTextOfTheStories(new CultureInfo(culture)))
        {
            found.AddRange(english.Where(fragment => text.Contains(fragment, StringComparison.Ordinal)).Select(fragment => $"{name}: '{fragment}' in '{text}'"));
        }

        found.Should().BeEmpty();
    }

    [Fact]
    public void German_WritesTheDisclaimerAndDatesTheGermanWay()
    {
        var assessor = new BackPainAssessor(new AssessorOptions { Culture = new CultureInfo("de") });
        var plan = RecoveryPlanner.Default.Plan(assessor.Assess(Reports.PulledMuscle()), TrainingHistory.Empty, new PlanRequest(new DateOnly(2026, 12, 1), Days.Of(28)));

        plan.Disclaimer.Should().StartWith("Dies ist keine Diagnose.");
        plan.CoreWorkAllowedFrom.Text.Should().Be("nach einem schmerzfreien Check-in am 08.12.2026 oder später, oder nach voller Freigabe durch eine Ärztin, einen Arzt oder eine Physiotherapeutin");
    }

    [Fact]
    public void Spanish_WritesTheDisclaimerAndDatesTheSpanishWay()
    {
        var assessor = new BackPainAssessor(new AssessorOptions { Culture = new CultureInfo("es") });
        var plan = RecoveryPlanner.Default.Plan(assessor.Assess(Reports.PulledMuscle()), TrainingHistory.Empty, new PlanRequest(new DateOnly(2026, 12, 1), Days.Of(28)));

        plan.Disclaimer.Should().StartWith("Esto no es un diagnóstico.");
        plan.CoreWorkAllowedFrom.Text.Should().StartWith("tras un control sin dolor el 8/12/2026 o más tarde");
    }

    [Fact]
    public void AUnshippedCulture_FallsBackToItsParentThenEnglish()
    {
        Texts.For(new CultureInfo("de-AT")).Get("disclaimer").Should().Be(Texts.For(new CultureInfo("de")).Get("disclaimer"));
        Texts.For(new CultureInfo("fi")).Get("disclaimer").Should().Be(TextKeys.English("disclaimer"));
    }

    /// <summary>Every text a person reads in the six stories' assessments and plans, with their check-ins (the same stories the examples hold).</summary>
    private static IEnumerable<(string Name, string Text)> EveryTextOfTheStories(CultureInfo culture)
    {
        var assessor = new BackPainAssessor(new AssessorOptions { Culture = culture });
        var history = BackPainJson.DeserializeHistory(File.ReadAllText(Reports.ExampleFile("history.json")));
        var start = new DateOnly(2026, 12, 1);
        var stories = new (string Name, SymptomReport Report)[]
        {
            ("doms", Reports.Doms()), ("poor-core", Reports.PoorCoreStrength()), ("pulled-muscle", Reports.PulledMuscle()),
            ("slipped-disc", Reports.SlippedDisc()), ("ligament-tear", Reports.LigamentTear()), ("red-flag", Reports.CaudaEquina()),
            ("nothing-fits", Reports.WithSeverity(5)),
        };
        foreach (var (name, report) in stories)
        {
            var assessment = assessor.Assess(report);
            var plan = RecoveryPlanner.Default.Plan(assessment, history, new PlanRequest(start, Days.Of(28)));
            var checkedIn = plan
                .CheckIn(new CheckInReport(start.AddDays(1), 6, Trend.Worse, Clearance.None, []))
                .CheckIn(new CheckInReport(start.AddDays(6), 5, Trend.Same, Clearance.LightActivity, [Symptom.FromId("fever")]))
                .CheckIn(new CheckInReport(start.AddDays(13), 0, Trend.Better, Clearance.FullTraining, []));
            foreach (var (what, text) in TextsOf(assessment).Concat(TextsOf(plan)).Concat(TextsOf(checkedIn)))
            {
                yield return ($"{name} {what}", text);
            }
        }
    }

    private static IEnumerable<(string Name, string Text)> TextsOf(Assessment assessment)
    {
        foreach (var text in JsonStrings(JsonDocument.Parse(BackPainJson.Serialize(assessment)).RootElement))
        {
            yield return ("assessment", text);
        }

        foreach (var remedy in assessment.Remedies)
        {
            yield return ("dose", remedy.Dose.Text);
        }
    }

    private static IEnumerable<(string Name, string Text)> TextsOf(RecoveryPlan plan)
    {
        foreach (var text in JsonStrings(JsonDocument.Parse(BackPainJson.Serialize(plan)).RootElement))
        {
            yield return ("plan", text);
        }

        yield return ("core work", plan.CoreWorkAllowedFrom.Text);
        foreach (var entry in plan.Days.SelectMany(d => d.Planned.Concat(d.Blocked)))
        {
            yield return ($"{entry.RuleId} on {entry.Kind}", entry.Reason);
            if (entry.AllowedFrom is { } allowed)
            {
                yield return ($"{entry.RuleId} allowed", allowed.Text);
            }

            if (entry.Dose is { } dose)
            {
                yield return ($"{entry.RuleId} dose", dose.Text);
            }
        }
    }

    private static IEnumerable<string> JsonStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(JsonStrings),
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => JsonStrings(p.Value)),
        _ => [],
    };

    /// <summary>The pieces of English text between placeholders, long enough to be words a person reads rather than ids.</summary>
    private static string[] EnglishFragments(string culture)
        => [.. TextKeys.All
            .Where(key => !SameAsEnglish[culture].Contains(key))
            .SelectMany(key => PlaceholderPattern().Split(TextKeys.English(key)))
            .Select(fragment => fragment.Trim(' ', '.', ',', ':', '(', ')'))
            .Where(fragment => fragment.Length >= 12)
            .Distinct()];

    private static TheoryData<string, string> EachResourceInEachCulture()
    {
        var data = new TheoryData<string, string>();
        foreach (var resource in new[] { "Texts", "Messages" })
        {
            foreach (var culture in ShippedCultures)
            {
                data.Add(resource, culture);
            }
        }

        return data;
    }

    /// <summary>The English text of <paramref name="key"/> in <paramref name="resource"/>, through the library's own accessors.</summary>
    private static string English(string resource, string key) => resource == "Texts" ? TextKeys.English(key) : Messages.English(key);

    /// <summary>Every text of <paramref name="resource"/> (Texts or Messages) in <paramref name="culture"/> itself; the empty name gives the English.</summary>
    private static Dictionary<string, string> Translations(string resource, string culture)
    {
        var set = new ResourceManager("BackPain.Core.Resources." + resource, typeof(Cause).Assembly)
            .GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false);
        set.Should().NotBeNull("the package ships {0} in '{1}'", resource, culture);
        return set!.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static string[] Numbers(string text) => [.. NumberPattern().Matches(PlaceholderPattern().Replace(text, "")).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberPattern();
}
