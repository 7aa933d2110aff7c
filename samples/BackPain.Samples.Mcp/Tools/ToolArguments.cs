using System.Globalization;
using System.Text.Json;
using BackPain.Core;

namespace BackPain.Samples.Mcp.Tools;

/// <summary>
/// The arguments of one tool call, read with the library's own readers, and every problem found in them, each with
/// its JSON path from the arguments' root (<c>$.report.severity</c>), so one error result lists them all and the
/// assistant can ask again for exactly what was wrong.
/// </summary>
internal sealed class ToolArguments
{
    private readonly IDictionary<string, JsonElement> _values;
    private readonly List<ValidationError> _errors = [];

    /// <summary>Takes the call's arguments; any argument not in <paramref name="known"/> is a problem.</summary>
    public ToolArguments(IDictionary<string, JsonElement>? values, IReadOnlyCollection<string> known)
    {
        _values = values ?? new Dictionary<string, JsonElement>();
        foreach (var name in _values.Keys.Where(n => !known.Contains(n)).Order(StringComparer.Ordinal))
        {
            var takes = known.Count == 0 ? "this tool takes no arguments." : $"this tool takes {string.Join(", ", known)}.";
            Add("$." + name, ValidationCode.NotAllowed, $"is not an argument of this tool; {takes}");
        }
    }

    /// <summary>Every problem found so far, in the order found.</summary>
    public IReadOnlyList<ValidationError> Errors => _errors;

    /// <summary>Whether any problem was found.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>Adds a problem the tool itself found.</summary>
    public void Add(string path, ValidationCode code, string message) => _errors.Add(new ValidationError(path, code, message));

    /// <summary>
    /// Reads the document in argument <paramref name="name"/> with one of <see cref="Core.Serialization.BackPainJson"/>'s
    /// readers; its problems are added under <c>$.name</c>. Returns <see langword="null"/> when the argument is absent
    /// (a problem if <paramref name="what"/> says it is required) or invalid.
    /// </summary>
    public T? Document<T>(string name, Func<string, T> read, string? what)
        where T : class
    {
        if (!_values.TryGetValue(name, out var value))
        {
            if (what is not null)
            {
                Add("$." + name, ValidationCode.Required, $"is required: {what}");
            }

            return null;
        }

        return Run(() => read(value.GetRawText()), "$." + name);
    }

    /// <summary>Reads a date (<c>yyyy-MM-dd</c>) from argument <paramref name="name"/>, which is required.</summary>
    public DateOnly? Date(string name, string what)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            Add("$." + name, ValidationCode.Required, $"is required: {what}");
            return null;
        }

        if (value.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Add("$." + name, ValidationCode.Malformed, $"must be a date written yyyy-MM-dd: {what}");
        return null;
    }

    /// <summary>
    /// Reads the optional <c>language</c> argument (a BCP 47 tag) as one of <see cref="Languages.Supported"/>; English
    /// when it is absent. Any other language is a problem that names the languages allowed.
    /// </summary>
    public string? Language()
    {
        if (!_values.TryGetValue(Languages.Argument, out var value))
        {
            return Languages.Supported[0];
        }

        if (value.ValueKind == JsonValueKind.String && Languages.Of(value.GetString()!) is { } language)
        {
            return language;
        }

        Add("$." + Languages.Argument, ValidationCode.NotAllowed,
            $"must be one of the languages the texts are written in: {string.Join(", ", Languages.Supported)} (a regional tag such as es-MX falls back to its language); it was {value.GetRawText()}. Choose the closest of them, or leave it out for English.");
        return null;
    }

    /// <summary>Reads a whole number from <paramref name="min"/> to <paramref name="max"/> from argument <paramref name="name"/>, or <paramref name="fallback"/> when it is absent.</summary>
    public int? Number(string name, int min, int max, int fallback)
    {
        if (!_values.TryGetValue(name, out var value))
        {
            return fallback;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= min && number <= max)
        {
            return number;
        }

        Add("$." + name, ValidationCode.OutOfRange, $"must be a whole number from {min} to {max}; {fallback} when left out.");
        return null;
    }

    /// <summary>
    /// Runs a library call; if it rejects its input, adds each problem under <paramref name="path"/> and returns
    /// <see langword="null"/>. The library names paths from its document's root (<c>$.severity</c>) or bare fields
    /// (<c>date</c>); both are placed under <paramref name="path"/>.
    /// </summary>
    public T? Run<T>(Func<T> call, string path)
        where T : class
    {
        try
        {
            return call();
        }
        catch (BackPainValidationException e)
        {
            _errors.AddRange(e.Errors.Select(error => new ValidationError(Join(path, error.Path), error.Code, error.Message, error.AttemptedValue)));
            return null;
        }
    }

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
