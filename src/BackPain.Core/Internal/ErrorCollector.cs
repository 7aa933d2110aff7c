using System.Globalization;

namespace BackPain.Core.Internal;

/// <summary>
/// Collects every validation problem of an input, with its path and code, instead of stopping at the first. A type's
/// checks write paths relative to the type (<c>rpe</c>); <see cref="At"/> places them under where the value sits in a
/// larger input (<c>$.workouts[3]</c> gives <c>$.workouts[3].rpe</c>), so a constructor and a JSON reader share one
/// set of checks and every path is given in full.
/// </summary>
internal sealed class ErrorCollector
{
    private readonly ErrorCollector? _root;
    private readonly string _prefix;
    private List<ValidationError>? _errors;
    private List<string>? _blocked;
    private int _suppressed;

    internal ErrorCollector()
        : this(null, string.Empty)
    {
    }

    private ErrorCollector(ErrorCollector? root, string prefix)
    {
        _root = root;
        _prefix = prefix;
    }

    /// <summary>How many problems have been found so far, under any prefix (those not listed again under a blocked path included, so a check still sees that something failed).</summary>
    internal int Count => (Root._errors?.Count ?? 0) + Root._suppressed;

    private ErrorCollector Root => _root ?? this;

    /// <summary>A collector that adds to this one, with every path placed under <paramref name="path"/>.</summary>
    internal ErrorCollector At(string path) => new(Root, Join(_prefix, path));

    internal void Add(string path, ValidationCode code, string message, object? attemptedValue = null)
    {
        var full = Join(_prefix, path);
        if (Root._blocked is not null && IsBlocked(Root._blocked, full))
        {
            Root._suppressed++;
            return;
        }

        (Root._errors ??= []).Add(new ValidationError(full, code, message, attemptedValue));
    }

    /// <summary>
    /// From now on, ignores problems at <paramref name="path"/> and under it: a JSON reader that could not read the
    /// value there has reported it once, and the checks that follow would only say again that it is missing.
    /// </summary>
    internal void Block(string path) => (Root._blocked ??= []).Add(Join(_prefix, path));

    internal void Required<T>(string path, T? value)
        where T : struct
    {
        if (value is null)
        {
            Add(path, ValidationCode.Required, Messages.Get("validation.required"));
        }
    }

    internal void Range(string path, int? value, int min, int max)
    {
        if (value is { } v && (v < min || v > max))
        {
            Add(path, ValidationCode.OutOfRange, Messages.Format("validation.range", min, max, v), v);
        }
    }

    internal void Defined<TEnum>(string path, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v))
        {
            Add(path, ValidationCode.UnknownId, Messages.Format("validation.oneOf", string.Join(", ", Enum.GetNames<TEnum>()), v), v);
        }
    }

    /// <summary>Each entry of <paramref name="items"/> that is null, as <c>path[i]</c>.</summary>
    internal void NoNulls<T>(string path, IReadOnlyList<T?> items)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null)
            {
                Add(Index(path, i), ValidationCode.Required, Messages.Get("validation.notNull"));
            }
        }
    }

    internal ValidationResult ToResult() => Root._errors is { } errors ? new ValidationResult(errors) : ValidationResult.Valid;

    /// <summary>Throws one <see cref="BackPainValidationException"/> listing every problem, if there is any.</summary>
    /// <param name="document">What was validated, as the name of its <c>document.*</c> message (<c>symptomReport</c>).</param>
    internal void ThrowIfAny(string document)
    {
        if (Root._errors is not null)
        {
            ToResult().ThrowIfInvalid(Messages.Document(document));
        }
    }

    private static bool IsBlocked(List<string> blocked, string path)
    {
        foreach (var prefix in blocked)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal)
                && (path.Length == prefix.Length || path[prefix.Length] is '.' or '['))
            {
                return true;
            }
        }

        return false;
    }

    internal static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");

    /// <summary><c>$</c> and <c>rpe</c> give <c>$.rpe</c>; <c>$.workouts</c> and <c>[3]</c> give <c>$.workouts[3]</c>; an empty side gives the other.</summary>
    internal static string Join(string prefix, string path)
        => prefix.Length == 0 ? path
            : path.Length == 0 ? prefix
            : path[0] == '[' ? prefix + path
            : prefix + "." + path;
}
