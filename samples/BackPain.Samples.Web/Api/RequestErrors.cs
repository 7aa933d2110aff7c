using System.Text.Json;
using BackPain.Core;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// Every problem found in one request, each with its JSON path from the body's root and its code. The library
/// reports its problems as one <see cref="BackPainValidationException"/>, or, when System.Text.Json reads a document,
/// as one <see cref="JsonException"/>; <see cref="Read{T}"/> and <see cref="AddFrom(JsonException, string)"/> place
/// them under the part of the body they came from (<c>$.report.severity</c>), so one answer lists every bad field.
/// </summary>
internal sealed class RequestErrors
{
    private readonly List<ValidationError> _errors = [];

    /// <summary>Whether any problem was found.</summary>
    public bool Any => _errors.Count > 0;

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<ValidationError> All => _errors;

    /// <summary>Adds a problem the API itself found (a part missing, a malformed envelope field).</summary>
    public void Add(string path, ValidationCode code, string message) => _errors.Add(new ValidationError(path, code, message));

    /// <summary>Adds the library's problems, each with its path placed under <paramref name="path"/>.</summary>
    public void AddFrom(BackPainValidationException exception, string path)
        => _errors.AddRange(exception.Errors.Select(e => new ValidationError(Join(path, e.Path), e.Code, e.Message, e.AttemptedValue)));

    /// <summary>
    /// Adds the problems of a document System.Text.Json could not read, placed under <paramref name="path"/> (where
    /// the document sits in the body) and the exception's own <see cref="JsonException.Path"/>: the library's list
    /// (its <see cref="Exception.InnerException"/>) when it gives one, every problem with its path and code;
    /// otherwise one problem, the exception's message (malformed JSON, or a reader that lists its problems only in
    /// the message).
    /// </summary>
    public void AddFrom(JsonException exception, string path)
    {
        var at = Join(path, exception.Path ?? "$");
        if (exception.InnerException is BackPainValidationException validation)
        {
            AddFrom(validation, at);
            return;
        }

        // System.Text.Json appends " Path: $.x | LineNumber: … | BytePositionInLine: …"; the path is reported apart.
        var message = exception.Message;
        var position = message.IndexOf(" Path: ", StringComparison.Ordinal);
        _errors.Add(new ValidationError(at, ValidationCode.Malformed, position > 0 ? message[..position] : message));
    }

    /// <summary>Runs a library call; if it rejects its input, adds each problem under <paramref name="path"/> and returns null.</summary>
    public T? Read<T>(Func<T> read, string path)
        where T : class
    {
        try
        {
            return read();
        }
        catch (BackPainValidationException e)
        {
            AddFrom(e, path);
            return null;
        }
    }

    /// <summary>The problems as one exception, for a reader that must throw (see <see cref="Envelope"/>).</summary>
    public JsonException ToException(string what)
    {
        var validation = new BackPainValidationException(what, _errors);
        return new JsonException(validation.Message, validation);
    }

    /// <summary>
    /// The library's readers name paths from their document's root (<c>$.severity</c>), its other methods name bare
    /// fields (<c>date</c>); under <c>$.checkIn</c> both become <c>$.checkIn.severity</c> and <c>$.checkIn.date</c>.
    /// </summary>
    private static string Join(string prefix, string path)
    {
        if (path.Length == 0 || path == "$")
        {
            return prefix;
        }

        if (path.StartsWith('$'))
        {
            return prefix == "$" ? path : prefix + path[1..];
        }

        return path.StartsWith('[') ? prefix + path : prefix + "." + path;
    }
}
