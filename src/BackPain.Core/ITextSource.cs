using System.Globalization;

namespace BackPain.Core;

/// <summary>
/// A host's own texts, for instance from its database or translation service, used instead of the library's
/// resources for the cultures it claims. Set it on <see cref="AssessorOptions.TextSource"/>; the assessment and every
/// plan made from it then read their texts from it.
/// </summary>
/// <remarks>
/// The keys are the stable ids of the library's texts (for example <c>cause.pulledMuscle</c> or <c>plan.restSmall</c>;
/// <see cref="TextKeys"/> lists them all). For every culture in <see cref="Cultures"/> the source must supply every key:
/// <see cref="AssessorOptions.Validate"/> lists each one it lacks, so a gap is found when the app starts, not when a
/// person reads a half-translated plan. Placeholders (<c>{0}</c>, <c>{1}</c> …) mean the same as in the English text
/// and must all be kept. The source is read once per assessor, when it is built; it must be safe to call from any thread.
/// </remarks>
public interface ITextSource
{
    /// <summary>The cultures this source supplies every text for (for example <c>de-CH</c>).</summary>
    IReadOnlyCollection<CultureInfo> Cultures { get; }

    /// <summary>The text for <paramref name="key"/> in <paramref name="culture"/>, or <see langword="null"/> when the source has none.</summary>
    string? GetText(string key, CultureInfo culture);
}
