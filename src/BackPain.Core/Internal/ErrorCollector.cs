using System.Globalization;

namespace BackPain.Core.Internal;

/// <summary>Collects every validation problem of an input, with its path, instead of stopping at the first.</summary>
internal sealed class ErrorCollector
{
    private List<ValidationError>? _errors;

    internal void Add(string path, string message) => (_errors ??= []).Add(new ValidationError(path, message));

    internal void Required<T>(string path, T? value)
        where T : struct
    {
        if (value is null)
        {
            Add(path, "is required.");
        }
    }

    internal void Range(string path, int? value, int min, int max)
    {
        if (value is { } v && (v < min || v > max))
        {
            Add(path, string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max} inclusive; it was {v}."));
        }
    }

    internal void Defined<TEnum>(string path, TEnum? value)
        where TEnum : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v))
        {
            Add(path, $"must be one of {string.Join(", ", Enum.GetNames<TEnum>())}; it was {v}.");
        }
    }

    internal ValidationResult ToResult() => _errors is null ? ValidationResult.Valid : new ValidationResult(_errors);
}
