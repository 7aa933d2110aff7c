using System.Globalization;
using System.Resources;

namespace BackPain.Core.Internal;

/// <summary>
/// Every sentence a person reads comes from Resources/Texts.resx, keyed by the stable id of the rule or catalogue
/// entry it belongs to, so a host app can add a satellite assembly to translate it.
/// </summary>
internal static class Texts
{
    private static readonly ResourceManager Manager = new("BackPain.Core.Resources.Texts", typeof(Texts).Assembly);

    internal static string Get(string key, CultureInfo? culture = null)
        => Manager.GetString(key, culture ?? CultureInfo.InvariantCulture)
           ?? throw new InvalidOperationException($"BackPain.Core has no text for key '{key}'.");

    internal static bool Has(string key) => Manager.GetString(key, CultureInfo.InvariantCulture) is not null;
}
