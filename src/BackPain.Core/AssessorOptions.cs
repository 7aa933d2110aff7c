using System.Globalization;

namespace BackPain.Core;

/// <summary>
/// Tunes a <see cref="BackPainAssessor"/>. Every option has a default; <see cref="BackPainAssessor"/> validates the
/// options when it is built and keeps its own copy. The safety rules are not options: a cause counts as possible,
/// and its restrictions apply, from a score of <see cref="BackPainAssessor.PossibleThreshold"/> whatever the options say.
/// </summary>
public sealed record AssessorOptions
{
    /// <summary>The default options.</summary>
    public static AssessorOptions Default { get; } = new();

    /// <summary>
    /// The score from which a cause is called likely rather than possible: 0.4 to 0.95, default 0.6
    /// (a library default). It changes only the wording, never which safety rules apply: a report counts as unclear for
    /// triage and for the summary's advice to see a clinician whenever its top score is below the default 0.6, whatever this says.
    /// </summary>
    public double LikelyThreshold { get; init; } = 0.6;

    /// <summary>
    /// The culture of every text a person reads in the assessment (summary, reasons, red flags, disclaimer) and in every
    /// plan made from it (entries, availability texts, with dates written the culture's way); the invariant culture
    /// (English) by default. The library ships German (<c>de</c>) and Spanish (<c>es</c>); a culture it does not ship falls back to its parent,
    /// then to English, unless <see cref="TextSource"/> supplies it. docs/localization.md says how to add a language.
    /// </summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Serialization.CultureNameJsonConverter))]
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>
    /// The host's own texts, used instead of the library's for the cultures it claims (for example from the host's
    /// database or translation service); <see langword="null"/> (the default) uses the library's resources only. It is
    /// not part of the JSON form of the options.
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public ITextSource? TextSource { get; init; }

    /// <summary>
    /// Lists every problem with these options: <c>likelyThreshold</c> outside 0.4–0.95
    /// (<see cref="ValidationCode.OutOfRange"/>), <c>culture</c> null (<see cref="ValidationCode.Required"/>), and for
    /// each culture the <see cref="TextSource"/> claims, every key it lacks (<see cref="ValidationCode.Required"/>) and
    /// every text whose placeholders differ from the English (<see cref="ValidationCode.Malformed"/>), under the path
    /// <c>textSource</c>.
    /// </summary>
    public ValidationResult Validate()
    {
        var errors = new Internal.ErrorCollector();
        Check(errors);
        return errors.ToResult();
    }

    /// <summary>The checks of <see cref="Validate"/>, added to <paramref name="errors"/> (the JSON reader places them under <c>options</c>).</summary>
    internal void Check(Internal.ErrorCollector errors)
    {
        if (!(LikelyThreshold is >= 0.4 and <= 0.95))
        {
            errors.Add("likelyThreshold", ValidationCode.OutOfRange, Internal.Messages.Format("validation.likelyThresholdRange", LikelyThreshold), LikelyThreshold);
        }

        if (Culture is null)
        {
            errors.Add("culture", ValidationCode.Required, Internal.Messages.Get("validation.cultureRequired"));
        }

        if (TextSource is not null)
        {
            Internal.Texts.Check(TextSource, errors);
        }
    }
}
