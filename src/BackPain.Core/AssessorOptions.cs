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
    /// The culture of the texts in the assessment (summary, reasons), read from the library's resources; the
    /// invariant culture (English) by default. Host apps translate by adding a satellite resource assembly.
    /// </summary>
    [System.Text.Json.Serialization.JsonConverter(typeof(Serialization.CultureNameJsonConverter))]
    public CultureInfo Culture { get; init; } = CultureInfo.InvariantCulture;

    /// <summary>
    /// Lists every problem with these options: <c>likelyThreshold</c> outside 0.4–0.95
    /// (<see cref="ValidationCode.OutOfRange"/>), <c>culture</c> null (<see cref="ValidationCode.Required"/>).
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
            errors.Add("likelyThreshold", ValidationCode.OutOfRange, $"must be between 0.4 and 0.95; it was {LikelyThreshold.ToString(CultureInfo.InvariantCulture)}.", LikelyThreshold);
        }

        if (Culture is null)
        {
            errors.Add("culture", ValidationCode.Required, "must not be null; use CultureInfo.InvariantCulture for English.");
        }
    }
}
