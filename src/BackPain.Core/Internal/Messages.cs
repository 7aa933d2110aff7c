using System.Globalization;
using System.Resources;

namespace BackPain.Core.Internal;

/// <summary>
/// The words of validation messages (<see cref="ValidationError.Message"/>, the message of a
/// <see cref="BackPainValidationException"/>), from Resources/Messages.resx and its satellites (Messages.de.resx …), in
/// <see cref="CultureInfo.CurrentUICulture"/> at the time the problem is found, as .NET's own exception messages are.
/// The values put into them (numbers, dates, ids, field names) are written as the JSON format writes them, in every
/// culture. Read only when there is a problem, so valid input never reaches the resource manager.
/// </summary>
internal static class Messages
{
    private static readonly ResourceManager Manager = new("BackPain.Core.Resources.Messages", typeof(Messages).Assembly);

    /// <summary>The text of <paramref name="key"/> in the current UI culture (its parents, then English, when it has none).</summary>
    internal static string Get(string key)
        => Manager.GetString(key, CultureInfo.CurrentUICulture) ?? throw new InvalidOperationException($"BackPain.Core has no message for key '{key}'.");

    /// <summary>The text of <paramref name="key"/> in the current UI culture with its placeholders filled in, the values written invariantly.</summary>
    internal static string Format(string key, params ReadOnlySpan<object?> args) => string.Format(CultureInfo.InvariantCulture, Get(key), args);

    /// <summary>The English (neutral) text of <paramref name="key"/>, whatever the current UI culture.</summary>
    internal static string English(string key)
        => Manager.GetString(key, CultureInfo.InvariantCulture) ?? throw new InvalidOperationException($"BackPain.Core has no message for key '{key}'.");

    /// <summary>What was validated, for a <see cref="BackPainValidationException"/>'s message: <c>document.symptomReport</c> and the like.</summary>
    internal static string Document(string name) => Get("document." + name);

    /// <summary>A catalogue's name in a message (<c>catalogue.muscleGroup</c> gives "muscle group").</summary>
    internal static string Catalogue(string name) => Get("catalogue." + name);
}
