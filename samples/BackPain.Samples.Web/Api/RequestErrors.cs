using BackPain.Core;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// Every problem found in one request, each with its JSON path from the body's root and its code. The library's
/// readers and methods report their problems as one <see cref="BackPainValidationException"/>; <see cref="Read{T}"/>
/// places them under the part of the body they came from, so one answer lists every bad field.
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

    /// <summary>
    /// Runs a library call; if it rejects its input, adds each problem with its path placed under
    /// <paramref name="path"/> and returns null.
    /// </summary>
    public T? Read<T>(Func<T> read, string path)
        where T : class
    {
        try
        {
            return read();
        }
        catch (BackPainValidationException e)
        {
            _errors.AddRange(e.Errors.Select(error => new ValidationError(Join(path, error.Path), error.Code, error.Message, error.AttemptedValue)));
            return null;
        }
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
            return prefix + path[1..];
        }

        return path.StartsWith('[') ? prefix + path : prefix + "." + path;
    }
}
