using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>The outcome of validating an input: every problem found, not only the first.</summary>
public sealed record ValidationResult
{
    /// <summary>Creates a result holding the given problems (none means valid).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="errors"/> is null.</exception>
    public ValidationResult(IEnumerable<ValidationError> errors) => Errors = ValueList<ValidationError>.From(Preconditions.CheckNotNull(errors));

    /// <summary>A result with no problems.</summary>
    public static ValidationResult Valid { get; } = new([]);

    /// <summary>Whether the input has no problems.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Every problem found, in field order.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>Throws a <see cref="BackPainValidationException"/> listing every problem, if there is any.</summary>
    /// <param name="what">What was validated, for the message (for example "symptom report").</param>
    public void ThrowIfInvalid(string what)
    {
        if (!IsValid)
        {
            throw new BackPainValidationException(what, Errors);
        }
    }

    /// <inheritdoc />
    public override string ToString() => IsValid ? "valid" : string.Join("; ", Errors);
}
