using System.Runtime.CompilerServices;

namespace BackPain.Core.Internal;

/// <summary>Argument checks shared by every constructor, in the style of NodaTime's Preconditions.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
        => value ?? throw new ArgumentNullException(paramName);

    internal static int CheckRange(int value, int min, int max, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        => value >= min && value <= max
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, $"{paramName} must be between {min} and {max} inclusive; it was {value}.");

    internal static string CheckNotBlank(string? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return string.IsNullOrWhiteSpace(value)
            ? throw new ArgumentException($"{paramName} must not be empty or white space.", paramName)
            : value;
    }
}
