using System.Runtime.CompilerServices;

namespace BackPain.Core.Internal;

/// <summary>
/// The null check shared by constructors, in the style of NodaTime's Preconditions. A null argument is a programmer
/// error and throws <see cref="ArgumentNullException"/>; every other problem is collected by <see cref="ErrorCollector"/>
/// and thrown as one <see cref="BackPainValidationException"/>.
/// </summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, [CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
        => value ?? throw new ArgumentNullException(paramName);
}
