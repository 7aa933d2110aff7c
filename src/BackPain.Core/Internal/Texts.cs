using System.Collections;
using System.Collections.Frozen;
using System.Globalization;
using System.Resources;

namespace BackPain.Core.Internal;

/// <summary>
/// Every sentence a person reads comes from Resources/Texts.resx, keyed by the stable id of the rule or catalogue
/// entry it belongs to, so a host app can add a satellite assembly to translate it. The neutral (English) texts are
/// read once into a frozen table, so the engines' hot paths never go through the resource manager.
/// </summary>
internal static class Texts
{
    private static readonly ResourceManager Manager = new("BackPain.Core.Resources.Texts", typeof(Texts).Assembly);

    private static readonly FrozenDictionary<string, string> Neutral = LoadNeutral();

    internal static string Get(string key, CultureInfo? culture = null)
    {
        if ((culture is null || culture.Equals(CultureInfo.InvariantCulture)) && Neutral.TryGetValue(key, out var text))
        {
            return text;
        }

        return Manager.GetString(key, culture ?? CultureInfo.InvariantCulture)
           ?? throw new InvalidOperationException($"BackPain.Core has no text for key '{key}'.");
    }

    internal static bool Has(string key) => Neutral.ContainsKey(key);

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
}
