using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using BackPain.Core.Internal;
using BackPain.Core.Serialization;

namespace BackPain.Core.Tests.Localization;

/// <summary>
/// Issue 16: validation messages follow the UI culture of the thread that finds the problem (docs/localization.md,
/// "Validation messages"), as .NET's own exception messages do; the paths and codes, the machine keys, never change.
/// </summary>
public sealed partial class ValidationMessageTests
{
    /// <summary>A report with five problems of different kinds: out of range, an unknown word, an unknown field, a red flag that is no question, an unknown id.</summary>
    private const string BrokenReport = """
        {"severity": 11, "onset": "sometimes", "pain_duration_days": 3, "redFlags": ["dullAche"], "exercises": ["nope"], "age": 131}
        """;

    [Fact]
    public void DeserializeReport_GermanUiCulture_ListsEveryProblemInGermanUnderTheSamePaths()
    {
        var english = ErrorsIn(CultureInfo.InvariantCulture, () => BackPainJson.DeserializeReport(BrokenReport));

        var german = ErrorsIn(CultureInfo.GetCultureInfo("de-DE"), () => BackPainJson.DeserializeReport(BrokenReport));

        german.Errors.Select(e => (e.Path, e.Code, e.AttemptedValue)).Should().Equal(english.Errors.Select(e => (e.Path, e.Code, e.AttemptedValue)));
        german.Errors.Should().HaveCount(6);
        german.Errors.Select(e => e.Message).Should().OnlyContain(m => !EnglishFragments.Any(f => m.Contains(f, StringComparison.Ordinal)), "every message is German");
        german.Errors.Single(e => e.Path == "$.severity").Message.Should().Be("muss zwischen 0 und 10 liegen (beide eingeschlossen); angegeben war 11.");
        german.Errors.Single(e => e.Path == "$.pain_duration_days").Message.Should().StartWith("ist kein bekanntes Feld: Meinten Sie painDurationDays?");
        german.Message.Should().StartWith("Ungültige Angaben (JSON-Dokument): $.").And.Contain("$.severity: muss zwischen 0 und 10");
    }

    [Fact]
    public void DeserializeReport_SpanishUiCulture_ListsEveryProblemInSpanish()
    {
        var spanish = ErrorsIn(CultureInfo.GetCultureInfo("es-ES"), () => BackPainJson.DeserializeReport(BrokenReport));

        spanish.Errors.Select(e => e.Message).Should().OnlyContain(m => !EnglishFragments.Any(f => m.Contains(f, StringComparison.Ordinal)), "every message is Spanish");
        spanish.Errors.Single(e => e.Path == "$.age").Message.Should().Be("debe estar entre 0 y 130, ambos incluidos; se indicó 131.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("en-US")]
    [InlineData("fi-FI")]
    public void DeserializeReport_NeutralEnglishOrAnUnshippedUiCulture_WritesTheEnglishMessages(string culture)
    {
        var problems = ErrorsIn(CultureInfo.GetCultureInfo(culture), () => BackPainJson.DeserializeReport(BrokenReport));

        problems.Errors.Single(e => e.Path == "$.severity").Message.Should().Be(English("validation.range", 0, 10, 11));
        problems.Errors.Single(e => e.Path == "$.age").Message.Should().Be(English("validation.range", 0, 130, 131));
        problems.Errors.Single(e => e.Path == "$.redFlags[0]").Message.Should().StartWith(English("validation.redFlagNotAllowed", "dullAche", string.Empty).TrimEnd('.'));
        problems.Message.Should().StartWith(English("validation.invalid", Messages.English("document.json"), "$."));
    }

    [Fact]
    public void Messages_SpecificCulture_FallsBackToItsLanguage()
    {
        var austrian = ErrorsIn(CultureInfo.GetCultureInfo("de-AT"), () => _ = new Workout(new DateOnly(2026, 12, 1), [Exercise.Squat], rpe: 11));

        austrian.Errors.Single().Message.Should().Be("muss zwischen 1 und 10 liegen (beide eingeschlossen); angegeben war 11.");
        austrian.Message.Should().StartWith("Ungültige Angaben (Trainingseinheit): rpe:");
    }

    [Fact]
    public void Messages_ValuesInAGermanMessage_AreWrittenAsTheJsonWritesThem()
    {
        // The threshold is a JSON number: 0.3 in every language, never the German 0,3.
        var errors = ErrorsIn(CultureInfo.GetCultureInfo("de"), () => new AssessorOptions { LikelyThreshold = 0.3 }.Validate().ThrowIfInvalid("options"));

        errors.Errors.Single().Message.Should().Be("muss zwischen 0.4 und 0.95 liegen; angegeben war 0.3.");
    }

    [Fact]
    public void FromId_GermanUiCulture_NamesTheCatalogueInGermanAndListsTheIds()
    {
        var errors = ErrorsIn(CultureInfo.GetCultureInfo("de"), () => MuscleGroup.FromId("neck"));

        errors.Errors.Single().Message.Should().StartWith("'neck' ist keine bekannte Kennung für Muskelgruppe; bekannte Kennungen: ").And.Contain("lowerBack");
    }

    /// <summary>Pieces of the English messages long enough to be words rather than ids or field names.</summary>
    private static readonly string[] EnglishFragments =
    [
        .. new System.Resources.ResourceManager("BackPain.Core.Resources.Messages", typeof(Cause).Assembly)
            .GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<System.Collections.DictionaryEntry>()
            .SelectMany(entry => PlaceholderPattern().Split((string)entry.Value!))
            .Select(fragment => fragment.Trim(' ', '.', ',', ':', ';', '(', ')', '\''))
            .Where(fragment => fragment.Length >= 12 && !fragment.Contains("CultureInfo", StringComparison.Ordinal) && !fragment.Contains("yyyy", StringComparison.Ordinal))
            .Distinct(),
    ];

    /// <summary>The English message of <paramref name="key"/> with <paramref name="args"/> put in, from the package's neutral resource.</summary>
    private static string English(string key, params object[] args)
        => string.Format(CultureInfo.InvariantCulture, CompositeFormat.Parse(Messages.English(key)), args);

    /// <summary>The exception <paramref name="act"/> throws with the UI culture set to <paramref name="culture"/> on this thread, then restored.</summary>
    private static BackPainValidationException ErrorsIn(CultureInfo culture, Action act)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return act.Should().Throw<BackPainValidationException>().Which;
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
