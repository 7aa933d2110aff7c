using System.Globalization;
using System.Resources;

namespace BackPain.Core.Fhir;

/// <summary>
/// This package's own texts (Resources/Texts.resx, with de and es): a question per report field (<c>question.severity</c>),
/// help (<c>help.redFlags</c>), the answers of the report's closed lists (<c>onset.duringWorkout</c>), the
/// questionnaires' titles, and the words the output resources add (a rationale's "For:"/"Against:", when a prohibition
/// lifts …), in the assessment's culture; and the messages of the problems a questionnaire response can have
/// (<c>message.unknownLinkId</c> …), in <see cref="CultureInfo.CurrentUICulture"/> like the core's validation messages.
/// The catalogue's texts (exercises, symptoms, causes …) come from BackPain.Core.
/// </summary>
internal static class Texts
{
    private static readonly ResourceManager Manager = new("BackPain.Core.Fhir.Resources.Texts", typeof(Texts).Assembly);

    internal static string Get(string key, CultureInfo culture)
        => Find(key, culture) ?? throw new InvalidOperationException($"BackPain.Core.Fhir has no text for key '{key}'.");

    internal static string? Find(string key, CultureInfo culture) => Manager.GetString(key, culture);

    internal static string Format(string key, CultureInfo culture, params object[] args) => string.Format(culture, Get(key, culture), args);

    /// <summary>
    /// The message <c>message.</c><paramref name="key"/> in <see cref="CultureInfo.CurrentUICulture"/> at the time the
    /// problem is found, as the core's validation messages are, with the values (linkIds, codes, counts) written invariantly.
    /// </summary>
    internal static string Message(string key, params object?[] args)
        => string.Format(CultureInfo.InvariantCulture, Get("message." + key, CultureInfo.CurrentUICulture), args);
}
