using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// One problem with an input: which field (as a JSON-style path such as <c>redFlags[2]</c>), what kind of problem
/// (<see cref="Code"/>, for machines), what is allowed (<see cref="Message"/>, for people) and the value given.
/// Immutable and value-equal.
/// </summary>
public sealed record ValidationError
{
    /// <summary>Creates a problem report for one field.</summary>
    /// <param name="path">The field's path, in the camelCase names used by the JSON format; a constructor's parameter name for a constructor argument.</param>
    /// <param name="code">What kind of problem it is.</param>
    /// <param name="message">What is wrong and what is allowed, in plain words.</param>
    /// <param name="attemptedValue">The value as the caller gave it, or <see langword="null"/> when it was missing or is not known.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="message"/> is null.</exception>
    public ValidationError(string path, ValidationCode code, string message, object? attemptedValue = null)
    {
        Path = Preconditions.CheckNotNull(path);
        Code = code;
        Message = Preconditions.CheckNotNull(message);
        AttemptedValue = attemptedValue;
    }

    /// <summary>The field's path, in the camelCase names used by the JSON format; a constructor's parameter name for a constructor argument.</summary>
    public string Path { get; }

    /// <summary>What kind of problem it is: stable, for apps that branch on it.</summary>
    public ValidationCode Code { get; }

    /// <summary>What is wrong and what is allowed, in plain words.</summary>
    public string Message { get; }

    /// <summary>The value as the caller gave it, or <see langword="null"/> when it was missing or is not known (for example in malformed JSON).</summary>
    public object? AttemptedValue { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
