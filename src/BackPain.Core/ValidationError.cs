namespace BackPain.Core;

/// <summary>One problem with an input: which field (as a JSON-style path such as <c>redFlags[2]</c>) and what is allowed.</summary>
/// <param name="Path">The field's path, in the camelCase names used by the JSON format.</param>
/// <param name="Message">What is wrong and what is allowed, in plain words.</param>
public sealed record ValidationError(string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}: {Message}";
}
