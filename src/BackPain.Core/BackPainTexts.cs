using System.Globalization;
using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// The catalogue's texts (cause, symptom, remedy, muscle, exercise and triage-level names) in the culture of an
/// assessment, for an app that shows them beside the assessment's own texts: <see cref="Assessment.Texts"/>. The
/// catalogue objects' own properties (<see cref="Cause.Name"/>, <see cref="Symptom.Text"/> …) are shared by every
/// culture and stay in English.
/// </summary>
/// <remarks>Immutable and thread-safe; the texts come from the same place as the assessment's (<see cref="AssessorOptions.TextSource"/>, else the library's resources).</remarks>
public sealed class BackPainTexts
{
    private readonly TextTable _texts;

    internal BackPainTexts(TextTable texts) => _texts = texts;

    /// <summary>The culture of the texts (<see cref="AssessorOptions.Culture"/>).</summary>
    public CultureInfo Culture => _texts.Culture;

    /// <summary>The name a person reads for <paramref name="cause"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cause"/> is null.</exception>
    public string Name(Cause cause) => _texts.Get("cause." + Preconditions.CheckNotNull(cause).Id);

    /// <summary>One or two sentences a person reads about <paramref name="cause"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="cause"/> is null.</exception>
    public string Description(Cause cause) => _texts.Get("cause." + Preconditions.CheckNotNull(cause).Id + ".description");

    /// <summary>The question or finding a person reads for <paramref name="symptom"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="symptom"/> is null.</exception>
    public string Text(Symptom symptom) => _texts.Get("symptom." + Preconditions.CheckNotNull(symptom).Id);

    /// <summary>The name a person reads for <paramref name="remedy"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="remedy"/> is null.</exception>
    public string Name(Remedy remedy) => _texts.Get("remedy." + Preconditions.CheckNotNull(remedy).Id);

    /// <summary>When <paramref name="remedy"/> helps, in plain words.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="remedy"/> is null.</exception>
    public string WhenToUse(Remedy remedy) => _texts.Get("remedy." + Preconditions.CheckNotNull(remedy).Id + ".when");

    /// <summary>The name a person reads for <paramref name="muscle"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="muscle"/> is null.</exception>
    public string Name(MuscleGroup muscle) => _texts.Get("muscle." + Preconditions.CheckNotNull(muscle).Id);

    /// <summary>The name a person reads for <paramref name="exercise"/>; a custom exercise keeps the name it was given.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="exercise"/> is null.</exception>
    public string Name(Exercise exercise)
        => Preconditions.CheckNotNull(exercise).IsCustom ? exercise.Name : _texts.Get("exercise." + exercise.Id);

    /// <summary>What <paramref name="level"/> tells a person to do.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="level"/> is null.</exception>
    public string Text(TriageLevel level) => _texts.Get("triageLevel." + Preconditions.CheckNotNull(level).Id);

    /// <summary>
    /// What <paramref name="rule"/> (one of <see cref="RuleCatalogue.All"/>) says, in this culture, for an audit screen
    /// or a list of the rules beside the assessment; <see cref="RuleDescription.Text"/> is the English.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public string Text(RuleDescription rule) => Preconditions.CheckNotNull(rule).TextIn(_texts);
}
