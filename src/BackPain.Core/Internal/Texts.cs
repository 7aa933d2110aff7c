using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace BackPain.Core.Internal;

/// <summary>
/// Every sentence a person reads comes from Resources/Texts.resx, keyed by the stable id of the rule or catalogue
/// entry it belongs to; Texts.de.resx and the other satellite resources translate it, and a host's
/// <see cref="ITextSource"/> can replace it. The neutral (English) texts are read once into a frozen table, so the
/// engines' hot paths never go through the resource manager; each other culture's table is read once and cached.
/// </summary>
internal static partial class Texts
{
    private static readonly ResourceManager Manager = new("BackPain.Core.Resources.Texts", typeof(Texts).Assembly);

    private static readonly FrozenDictionary<string, string> NeutralTexts = LoadNeutral();

    private static readonly ConcurrentDictionary<CultureInfo, TextTable> ByCulture = new();

    /// <summary>Every key, in ordinal order.</summary>
    internal static IReadOnlyList<string> Keys { get; } = ValueList<string>.Wrap([.. NeutralTexts.Keys.Order(StringComparer.Ordinal)]);

    /// <summary>The neutral (English) texts.</summary>
    internal static TextTable Neutral { get; } = new(CultureInfo.InvariantCulture, NeutralTexts);

    /// <summary>The neutral (English) text of <paramref name="key"/>.</summary>
    internal static string Get(string key)
        => NeutralTexts.TryGetValue(key, out var text) ? text : throw new InvalidOperationException($"BackPain.Core has no text for key '{key}'.");

    internal static bool Has(string key) => NeutralTexts.ContainsKey(key);

    /// <summary>
    /// The texts for <paramref name="culture"/>: the host's <paramref name="source"/> when it claims the culture, else the
    /// satellite resources of the culture and its parents, else the neutral English.
    /// </summary>
    internal static TextTable For(CultureInfo culture, ITextSource? source = null)
    {
        if (source is not null && Claims(source, culture))
        {
            return new TextTable(culture, Load(key => source.GetText(key, culture) ?? Manager.GetString(key, culture)));
        }

        return culture.Equals(CultureInfo.InvariantCulture)
            ? Neutral
            : ByCulture.GetOrAdd(culture, static c => new TextTable(c, Load(key => Manager.GetString(key, c))));
    }

    /// <summary>Whether <paramref name="source"/> claims <paramref name="culture"/> itself.</summary>
    internal static bool Claims(ITextSource source, CultureInfo culture) => source.Cultures?.Contains(culture) == true;

    /// <summary>The placeholders of a text (<c>{0}</c>, <c>{1}</c> …), in ordinal order, each once.</summary>
    internal static string[] Placeholders(string text)
        => [.. PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>
    /// The problems of <paramref name="source"/>: for each culture it claims, the keys it lacks and the keys whose
    /// placeholders differ from the English text's.
    /// </summary>
    internal static void Check(ITextSource source, ErrorCollector errors)
    {
        if (source.Cultures is null)
        {
            errors.Add("textSource.cultures", ValidationCode.Required, Messages.Get("validation.textSourceCultures"));
            return;
        }

        foreach (var culture in source.Cultures)
        {
            var name = culture.Name.Length == 0 ? "invariant" : culture.Name;
            var missing = new List<string>();
            var mismatched = new List<string>();
            foreach (var key in Keys)
            {
                var text = source.GetText(key, culture);
                if (string.IsNullOrWhiteSpace(text))
                {
                    missing.Add(key);
                }
                else if (!Placeholders(text).SequenceEqual(Placeholders(NeutralTexts[key])))
                {
                    mismatched.Add(key);
                }
            }

            if (missing.Count > 0)
            {
                errors.Add("textSource", ValidationCode.Required,
                    Messages.Format("validation.textSourceMissing", name, missing.Count, string.Join(", ", missing)), culture.Name);
            }

            if (mismatched.Count > 0)
            {
                errors.Add("textSource", ValidationCode.Malformed,
                    Messages.Format("validation.textSourcePlaceholders", name, string.Join(", ", mismatched)), culture.Name);
            }
        }
    }

    private static FrozenDictionary<string, string> Load(Func<string, string?> text)
        => NeutralTexts.Keys.ToFrozenDictionary(key => key, key => text(key) ?? NeutralTexts[key], StringComparer.Ordinal);

    private static FrozenDictionary<string, string> LoadNeutral()
    {
        var set = Manager.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: true)
            ?? throw new InvalidOperationException("BackPain.Core's text resources are missing.");
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in set)
        {
            if (entry is { Key: string key, Value: string value })
            {
                texts[key] = value;
            }
        }

        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
