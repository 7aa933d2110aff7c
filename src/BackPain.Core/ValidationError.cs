namespace BackPain.Core;

/// <summary>
/// One problem with an input: which field (as a JSON-style path such as <c>redFlags[2]</c>), what kind of problem
/// (<see cref="Code"/>, for machines), what is allowed (<see cref="Message"/>, for people) and the value given.
/// </summary>
/// <param name="Path">The field's path, in the camelCase names used by the JSON format; a constructor's parameter name for a constructor argument.</param>
/// <param name="Code">What kind of problem it is: stable, for apps that branch on it.</param>
/// <param name="Message">What is wrong and what is allowed, in plain words.</param>
/// <param name="AttemptedValue">The value as the caller gave it, or <see langword="null"/> when it was missing or is not known (for example in malformed JSON).</param>
public sealed record ValidationError(string Path, ValidationCode Code, string Message, object? AttemptedValue = null)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
