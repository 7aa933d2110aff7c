using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackPain.Samples.Web.Tests.Page;

/// <summary>
/// The page's own labels (wwwroot/i18n/*.json): every language says everything the English says, with the same
/// placeholders, and nothing the page asks for is missing from the English (a missing label would show its key).
/// </summary>
public sealed partial class PageStringsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    public static TheoryData<string> Translations => [.. PageStrings.Languages.Skip(1)];

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translation_HasEveryEnglishKeyAndNoOther(string language)
        => PageStrings.Of(language).All.Keys.Should().BeEquivalentTo(PageStrings.English.All.Keys);

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translation_KeepsTheEnglishPlaceholdersOfEveryLabel(string language)
    {
        var translation = PageStrings.Of(language);
        foreach (var (key, english) in PageStrings.English.All)
        {
            PageStrings.PlaceholdersOf(translation[key]).Should().BeEquivalentTo(PageStrings.PlaceholdersOf(english), $"{language}: \"{key}\" fills in the same values");
        }
    }

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translation_LeavesNoLabelInEnglish(string language)
    {
        var translation = PageStrings.Of(language);
        PageStrings.English.All
            .Where(entry => !PageStrings.Settings.Contains(entry.Key) && translation[entry.Key] == entry.Value)
            .Select(entry => entry.Key)
            .Should().BeEmpty($"every label of {language} is translated");
    }

    [Fact]
    public async Task Page_AsksOnlyForLabelsTheEnglishFileHas()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var script = await client.GetStringAsync(new Uri("/app.js", UriKind.Relative));

        var keys = HtmlKey().Matches(html).Concat(ScriptKey().Matches(script)).Select(m => m.Groups["key"].Value).Distinct().ToList();
        var prefixes = ScriptKeyPrefix().Matches(script).Select(m => m.Groups["prefix"].Value + ".").Distinct().ToList();

        keys.Should().HaveCountGreaterThan(100, "the page's labels are looked up by key");
        keys.Should().BeSubsetOf(PageStrings.English.All.Keys);
        foreach (var prefix in prefixes)
        {
            PageStrings.English.All.Keys.Should().Contain(key => key.StartsWith(prefix, StringComparison.Ordinal), $"the page builds keys starting with {prefix}");
        }
    }

    [GeneratedRegex("data-i18n(?:-content)?=\"(?<key>[^\"]+)\"")]
    private static partial Regex HtmlKey();

    /// <summary>A literal key: <c>t('plan.title'</c>, <c>labelFor('…'</c>.</summary>
    [GeneratedRegex(@"\b(?:t|labelFor)\('(?<key>[\w.]+)'")]
    private static partial Regex ScriptKey();

    /// <summary>A key built from an id: <c>t(`band.${…}`)</c>.</summary>
    [GeneratedRegex(@"`(?<prefix>[\w.]+)\.\$\{")]
    private static partial Regex ScriptKeyPrefix();
}
