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
        : base(string.Join("; ", errors.Select(e => e.Path.Length == 0 ? e.Message : e.ToString())))
        => Errors = errors;

    public JsonValueException()
        : this(ValidationCode.Malformed, "The JSON value is invalid.")
    {
    }

    public JsonValueException(string message)
        : this(ValidationCode.Malformed, message)
    {
    }

    public JsonValueException(string message, Exception innerException)
        : base(message, innerException)
        => Errors = [new ValidationError(string.Empty, ValidationCode.Malformed, message)];

    /// <summary>Every problem, with paths relative to the value the converter was reading.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>
    /// The problems of <paramref name="exception"/>, with paths relative to the value whose path System.Text.Json gave
    /// it (the converter's own problems keep their codes; any other JSON problem is <see cref="ValidationCode.Malformed"/>).
    /// </summary>
    public static IEnumerable<ValidationError> ErrorsOf(JsonException exception)
        => exception is JsonValueException value
            ? value.Errors
            : [new ValidationError(string.Empty, ValidationCode.Malformed, InTheFormatsWords(WithoutPosition(exception.Message)))];

    /// <summary>
    /// Reads a whole object inside a converter. A nested read starts its own path at <c>$</c>, so a problem inside
    /// it (an unknown muscle group in a custom exercise) is given again relative to the value being read, for the
    /// outer reader to place under the value's own path.
    /// </summary>
    public static T? ReadNested<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> typeInfo)
    {
        try
        {
            return JsonSerializer.Deserialize(ref reader, typeInfo);
        }
        catch (JsonException e) when (e.Path is { } path)
        {
            var inner = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
            throw new JsonValueException([.. ErrorsOf(e).Select(x => new ValidationError(ErrorCollector.Join(inner, x.Path), x.Code, x.Message, x.AttemptedValue))]);
        }
    }

    /// <summary>
    /// System.Text.Json says a value of the wrong kind "could not be converted to" a .NET type; a person writing JSON
    /// needs the JSON kind the format expects there instead (never a .NET type name).
    /// </summary>
    private static string InTheFormatsWords(string message)
    {
        const string wrongKind = "could not be converted to ";
        var at = message.IndexOf(wrongKind, StringComparison.Ordinal);
        if (at < 0)
        {
            return message;
        }

        var type = message[(at + wrongKind.Length)..];
        var expected =
            type.Contains("DateOnly", StringComparison.Ordinal) ? "a date as \"yyyy-mm-dd\""
            : type.Contains("Int32", StringComparison.Ordinal) ? "a whole number"
            : type.Contains("Double", StringComparison.Ordinal) ? "a number"
            : type.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
            : type.StartsWith("System.String", StringComparison.Ordinal) ? "a string"
            : type.Contains("List`1", StringComparison.Ordinal) || type.Contains("[]", StringComparison.Ordinal) ? "a JSON array"
            : "a JSON object";
        return $"Expected {expected}.";
    }

    /// <summary>System.Text.Json appends " Path: $.x | LineNumber: … | BytePositionInLine: …"; the path is reported separately.</summary>
    private static string WithoutPosition(string message)
    {
        var index = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return index > 0 ? message[..index] : message;
    }
}
