using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BackPain.Core.Internal;

namespace BackPain.Core.Serialization;

/// <summary>
/// A converter's problems with the value it was reading, each with a code and a path relative to that value (empty
/// for the value itself, <c>name</c> or <c>primaryMuscles[1]</c> inside a custom exercise). System.Text.Json adds the
/// value's own path (<see cref="JsonException.Path"/>); <see cref="BackPainJson"/> joins the two, so every error names
/// its full path. Plain <see cref="JsonSerializer"/> callers see an ordinary <see cref="JsonException"/> whose message
/// lists every problem.
/// </summary>
internal sealed class JsonValueException : JsonException
{
    public JsonValueException(ValidationCode code, string message, object? attemptedValue = null)
        : this([new ValidationError(string.Empty, code, message, attemptedValue)])
    {
    }

    public JsonValueException(IReadOnlyList<ValidationError> errors)
        : this(errors, null)
    {
    }

    public JsonValueException()
        : this(ValidationCode.Malformed, Messages.Get("validation.json.invalidValue"))
    {
    }

    public JsonValueException(string message)
        : this(ValidationCode.Malformed, message)
    {
    }

    public JsonValueException(string message, Exception innerException)
        : this([new ValidationError(string.Empty, ValidationCode.Malformed, message)], innerException)
    {
    }

    private JsonValueException(IReadOnlyList<ValidationError> errors, Exception? innerException)
        : base(string.Join("; ", errors.Select(e => e.Path.Length == 0 ? e.Message : e.ToString())), innerException)
        => Errors = errors;

    /// <summary>Every problem, with paths relative to the value the converter was reading.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>
    /// The exception a document converter throws for a bad document: its message lists every problem, and its
    /// <see cref="Exception.InnerException"/> is a <see cref="BackPainValidationException"/> with the same problems as
    /// <see cref="ValidationError"/> records (paths relative to the document), so a host can list them one by one.
    /// </summary>
    public static JsonValueException ForDocument(IReadOnlyList<ValidationError> errors)
        => new(errors, new BackPainValidationException(Messages.Document("json"), errors));

    /// <summary>
    /// The problems of <paramref name="exception"/>, with paths relative to the value whose path System.Text.Json gave
    /// it (the converter's own problems keep their codes; any other JSON problem is <see cref="ValidationCode.Malformed"/>).
    /// </summary>
    public static IEnumerable<ValidationError> ErrorsOf(JsonException exception)
        => exception is JsonValueException value
            ? value.Errors
            : [new ValidationError(string.Empty, ValidationCode.Malformed, InTheFormatsWords(WithoutPosition(exception.Message)))];

    /// <summary>
    /// System.Text.Json says a value of the wrong kind "could not be converted to" a .NET type; a person writing JSON
    /// needs the JSON kind the format expects there instead (never a .NET type name).
    /// </summary>
    private static string InTheFormatsWords(string message)
    {
        if (message.Contains("could not be mapped to any .NET member", StringComparison.Ordinal))
        {
            return Messages.Get("validation.json.unknownField");
        }

        const string wrongKind = "could not be converted to ";
        var at = message.IndexOf(wrongKind, StringComparison.Ordinal);
        if (at < 0)
        {
            return message;
        }

        var type = message[(at + wrongKind.Length)..];
        var expected =
            type.Contains("DateOnly", StringComparison.Ordinal) ? "json.date"
            : type.Contains("Int32", StringComparison.Ordinal) ? "json.wholeNumber"
            : type.Contains("Double", StringComparison.Ordinal) ? "json.number"
            : type.Contains("Boolean", StringComparison.Ordinal) ? "json.boolean"
            : type.StartsWith("System.String", StringComparison.Ordinal) ? "json.string"
            : type.Contains("List`1", StringComparison.Ordinal) || type.Contains("[]", StringComparison.Ordinal) ? "json.array"
            : "json.object";
        return Messages.Format("validation.json.expected", Messages.Get(expected));
    }

    /// <summary>System.Text.Json appends " Path: $.x | LineNumber: … | BytePositionInLine: …"; the path is reported separately.</summary>
    private static string WithoutPosition(string message)
    {
        var index = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return index > 0 ? message[..index] : message;
    }
}
