using BackPain.Core;

namespace BackPain.Samples.Console;

/// <summary>One thing wrong with the input: where (an option, or a file and a path in it) and what.</summary>
/// <param name="Where">The option or file, for example <c>--days</c> or <c>--report bad.json: $.severity</c>.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
internal sealed record InputProblem(string Where, string Message)
{
    /// <summary>One problem per error of a <see cref="BackPainValidationException"/>, each prefixed with <paramref name="where"/>.</summary>
    public static IEnumerable<InputProblem> From(string where, BackPainValidationException exception)
        => exception.Errors.Select(e => new InputProblem($"{where}: {e.Path}", e.Message));

    /// <inheritdoc />
    public override string ToString() => $"{Where}: {Message}";
}

/// <summary>Thrown when the input has problems; carries every one of them, so a person can fix them all at once.</summary>
internal sealed class InvalidInputException : Exception
{
    public InvalidInputException(IReadOnlyList<InputProblem> problems)
        : base($"The input is invalid: {string.Join("; ", problems)}")
        => Problems = problems;

    public InvalidInputException()
        : this([])
    {
    }

    public InvalidInputException(string message)
        : this([new InputProblem("input", message)])
    {
    }

    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
        => Problems = [new InputProblem("input", message)];

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<InputProblem> Problems { get; }
}
