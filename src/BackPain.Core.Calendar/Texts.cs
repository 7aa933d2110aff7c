using System.Globalization;
using System.Resources;

namespace BackPain.Core.Calendar;

/// <summary>The calendar's own texts (Resources/Texts.resx), in the culture of the plan's assessment.</summary>
internal static class Texts
{
    private static readonly ResourceManager Manager = new("BackPain.Core.Calendar.Resources.Texts", typeof(Texts).Assembly);

    internal static string Get(string key, CultureInfo culture)
        => Manager.GetString(key, culture) ?? throw new InvalidOperationException($"BackPain.Core.Calendar has no text for key '{key}'.");

    internal static string Format(string key, CultureInfo culture, object arg) => string.Format(culture, Get(key, culture), arg);
}
