using System.Globalization;
using System.Resources;

namespace BackPain.Core.Fhir;

/// <summary>
/// The texts this package adds to the resources it writes (Resources/OutputTexts.resx, with German and Spanish), in the
/// culture of the assessment, so a rationale reads in the same language as the findings it lists.
/// </summary>
internal static class OutputTexts
{
    private static readonly ResourceManager Manager = new("BackPain.Core.Fhir.Resources.OutputTexts", typeof(OutputTexts).Assembly);

    internal static string Get(string key, CultureInfo culture)
        => Manager.GetString(key, culture) ?? throw new InvalidOperationException($"BackPain.Core.Fhir has no text for key '{key}'.");

    internal static string Format(string key, CultureInfo culture, params object[] args) => string.Format(culture, Get(key, culture), args);
}
