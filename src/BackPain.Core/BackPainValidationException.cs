using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// Thrown when an input has one or more invalid fields: by every constructor and factory of an input type, by the
/// <c>Build</c> of a builder, and by the JSON readers. <see cref="Errors"/> lists every one with its path, code and
/// the value given, so a report with three bad fields gives one exception naming all three. A null argument is a
/// programmer error and throws <see cref="ArgumentNullException"/> instead.
/// </summary>
/// <remarks>
/// It is an <see cref="ArgumentException"/> (whose <see cref="ArgumentException.ParamName"/> is the first error's
/// path), because an invalid field is an invalid argument: code that catches <see cref="ArgumentException"/> keeps working.
/// </remarks>
public sealed class BackPainValidationException : ArgumentException
{
    /// <summary>Creates the exception for the given problems.</summary>
    /// <param name="what">What was validated, for the message (for example "symptom report").</param>
    /// <param name="errors">Every problem found.</param>
    public BackPainValidationException(string what, IEnumerable<ValidationError> errors)
        : this(what, ValueList<ValidationError>.From(errors))
    {
    }

    private BackPainValidationException(string what, ValueList<ValidationError> errors)
        : base(Messages.Format("validation.invalid", what, string.Join("; ", errors)), errors.Count > 0 ? errors[0].Path : null)
        => Errors = errors;

    /// <summary>Every problem found, each with its field path.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }
}
