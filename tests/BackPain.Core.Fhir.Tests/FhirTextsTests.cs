using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir.Tests;

/// <summary>
/// The guard of the package's own texts (Resources/Texts.resx, with de and es), as the core's localization tests guard
/// the core's: every key — the questionnaires' texts, the output's words and the messages of a broken response — exists
/// in every shipped culture, keeps the English placeholders and is not left in English; and the messages come in the
/// current UI culture, as the core's do.
/// </summary>
public partial class FhirTextsTests
{
    private static readonly ResourceManager Manager = new("BackPain.Core.Fhir.Resources.Texts", typeof(BackPainFhir).Assembly);

    /// <summary>The cultures whose satellite resources ship in the package.</summary>
    public static TheoryData<string> ShippedCultures { get; } = ["de", "es"];

    /// <summary>Keys whose translation may equal the English: words the same in both languages ("No" in Spanish).</summary>
    private static readonly Dictionary<string, string[]> SameAsEnglish = new() { ["de"] = [], ["es"] = ["legs.none"] };

    [Theory]
    [MemberData(nameof(ShippedCultures))]
    public void EveryKey_IsTranslatedInEveryShippedCulture(string culture)
    {
        var translated = Translations(culture);

        translated.Keys.Should().BeEquivalentTo(Translations(string.Empty).Keys, "every text a person reads must exist in {0}", culture);
        translated.Where(t => string.IsNullOrWhiteSpace(t.Value)).Select(t => t.Key).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(ShippedCultures))]
    public void EveryTranslation_KeepsTheEnglishPlaceholders(string culture)
    {
        var english = Translations(string.Empty);

        Translations(culture)
            .Where(t => english.TryGetValue(t.Key, out var text) && !Placeholders(t.Value).SequenceEqual(Placeholders(text)))
            .Select(t => $"{t.Key}: {t.Value}")
            .Should().BeEmpty("a placeholder dropped or added loses a linkId, code or count in {0}", culture);
    }

    [Theory]
    [MemberData(nameof(ShippedCultures))]
    public void NoTranslation_IsLeftInEnglish(string culture)
    {
        var english = Translations(string.Empty);

        Translations(culture).Where(t => english.GetValueOrDefault(t.Key) == t.Value && !SameAsEnglish[culture].Contains(t.Key)).Select(t => t.Key)
            .Should().BeEmpty("{0} must not fall back to English", culture);
    }

    [Fact]
    public void ABrokenResponse_InAGermanUICulture_GivesGermanMessagesAtTheSamePaths()
    {
        // An unknown linkId, a wrong answer type and an unfinished status: the messages in German (the UI culture, as the
        // core's), the paths the linkIds whatever the culture.
        var response = new QuestionnaireResponse
        {
            Questionnaire = BackPainQuestionnaires.SymptomReportUrl,
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.InProgress,
            Item =
            [
                new() { LinkId = "severity", Answer = [new() { Value = new FhirString("4") }] },
                new() { LinkId = "mood", Answer = [new() { Value = new Integer(3) }] },
            ],
        };

        var english = Errors(response, CultureInfo.InvariantCulture);
        var german = Errors(response, CultureInfo.GetCultureInfo("de-DE"));

        german.Select(e => (e.Path, e.Code)).Should().Equal(english.Select(e => (e.Path, e.Code)));
        german.Select(e => e.Path).Should().Contain(["status", "severity", "mood"]);
        german.Single(e => e.Path == "status").Message.Should().Be(Text("de", "message.wrongStatus").Replace("{0}", "in-progress", StringComparison.Ordinal));
        german.Single(e => e.Path == "severity").Message.Should().StartWith("muss mit valueInteger beantwortet werden");
        german.Single(e => e.Path == "mood").Message.Should().StartWith("ist keine Frage von " + BackPainQuestionnaires.SymptomReportUrl);
        german.Zip(english).Should().AllSatisfy(pair => pair.First.Message.Should().NotBe(pair.Second.Message));
    }

    private static List<ValidationError> Errors(QuestionnaireResponse response, CultureInfo uiCulture)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = uiCulture;
        try
        {
            return [.. FluentActions.Invoking(() => QuestionnaireResponses.ToSymptomReport(response))
                .Should().Throw<BackPainValidationException>().Which.Errors];
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static string Text(string culture, string key) => Translations(culture)[key];

    /// <summary>The texts of exactly <paramref name="culture"/> (no fallback), by key.</summary>
    private static Dictionary<string, string> Translations(string culture)
        => Manager.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!, StringComparer.Ordinal);

    private static string[] Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex Placeholder();
}
