using System.Collections.Frozen;
using System.Globalization;

namespace BackPain.Core.Internal;

/// <summary>Every text of one culture, resolved once (see <see cref="Texts.For"/>), with the culture's way of writing numbers and dates.</summary>
internal sealed class TextTable(CultureInfo culture, FrozenDictionary<string, string> texts)
{
    private readonly string _dateFormat = culture.Equals(CultureInfo.InvariantCulture) ? "yyyy-MM-dd" : "d";

    /// <summary>The culture the texts are in.</summary>
    internal CultureInfo Culture { get; } = culture;

    /// <summary>Whether these are the neutral (English) texts.</summary>
    internal bool IsNeutral => ReferenceEquals(this, Texts.Neutral);

    internal string Get(string key)
        => texts.TryGetValue(key, out var text) ? text : throw new InvalidOperationException($"BackPain.Core has no text for key '{key}'.");

    internal string Format(string key, object? arg0) => string.Format(Culture, Get(key), arg0);

    internal string Format(string key, object? arg0, object? arg1) => string.Format(Culture, Get(key), arg0, arg1);

    /// <summary>A date in a text: ISO (2026-12-08) for the invariant culture, the culture's short date otherwise.</summary>
    internal string Date(DateOnly date) => date.ToString(_dateFormat, Culture);
}
