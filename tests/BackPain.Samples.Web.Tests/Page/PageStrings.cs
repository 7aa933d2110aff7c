using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace BackPain.Samples.Web.Tests.Page;

/// <summary>
/// The page's own labels in one language, read from the sample's <c>wwwroot/i18n/&lt;language&gt;.json</c> (copied
/// beside the tests), so the tests find the page's controls by the labels a person reads in that language.
/// </summary>
internal sealed partial class PageStrings
{
    /// <summary>The languages the page ships labels in, English (the reference) first.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["en", "de", "es"];

    /// <summary>Entries that set how the page writes rather than what it says (no text a person reads).</summary>
    public static IReadOnlySet<string> Settings { get; } = new HashSet<string>(StringComparer.Ordinal) { "locale", "lowercaseNamesInSentences" };

    private static readonly ConcurrentDictionary<string, PageStrings> Loaded = new(StringComparer.Ordinal);

    private PageStrings(string language, IReadOnlyDictionary<string, string> all)
    {
        Language = language;
        All = all;
    }

    /// <summary>The English labels, the reference every other language is checked against.</summary>
    public static PageStrings English => Of("en");

    /// <summary>The language's tag, such as <c>de</c>.</summary>
    public string Language { get; }

    /// <summary>Every entry, by key.</summary>
    public IReadOnlyDictionary<string, string> All { get; }

    /// <summary>The label of a key; a key the file lacks fails the test that asks for it.</summary>
    public string this[string key] => All.TryGetValue(key, out var text) ? text : throw new KeyNotFoundException($"i18n/{Language}.json has no \"{key}\".");

    public static PageStrings Of(string language) => Loaded.GetOrAdd(language, static language =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "i18n", language + ".json");
        var all = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))
            ?? throw new InvalidOperationException($"{path} is empty.");
        return new PageStrings(language, all);
    });

    /// <summary>The label with its placeholders (<c>{date}</c>, …) filled in.</summary>
    public string Format(string key, params (string Name, object Value)[] values)
        => values.Aggregate(this[key], (text, value) => text.Replace("{" + value.Name + "}", Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

    /// <summary>A pattern that matches the label whatever its placeholders hold.</summary>
    public Regex Pattern(string key)
        => new(string.Join(".+", Placeholder().Split(this[key]).Select(Regex.Escape)), RegexOptions.None, TimeSpan.FromSeconds(1));

    /// <summary>The placeholders of a label, in order, such as <c>{date}</c> and <c>{number}</c>.</summary>
    public static IReadOnlyList<string> PlaceholdersOf(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    /// <summary>
    /// The fixed words of a label, between its placeholders and without the punctuation around them
    /// (<c>"{band} — evidence score {score} of 100"</c>: <c>evidence score</c>, <c>of 100</c>); only parts with two
    /// letters or more, since a lone letter or symbol says nothing about the language.
    /// </summary>
    public static IEnumerable<string> WordsOf(string text)
        => Placeholder().Split(text)
            .Select(part => part.Trim(' ', ',', '.', ':', ';', '(', ')', '—', '·', '✓', '…'))
            .Where(part => part.Count(char.IsLetter) >= 2);

    [GeneratedRegex(@"\{\w+\}")]
    private static partial Regex Placeholder();
}
