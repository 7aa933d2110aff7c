namespace BackPain.Core.Fuzz;

/// <summary>
/// A broken invariant found by a fuzz target: thrown so that the fuzzer records the input as a crash (any exception
/// other than the documented ones is one too).
/// </summary>
public sealed class InvariantViolationException : Exception
{
    /// <summary>Creates an exception that says what broke.</summary>
    public InvariantViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates an exception with no message.</summary>
    public InvariantViolationException()
    {
    }

    /// <summary>Creates an exception that says what broke, and what was thrown.</summary>
    public InvariantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Throws one with <paramref name="message"/> unless <paramref name="holds"/>.</summary>
    public static void Require(bool holds, Func<string> message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!holds)
        {
            throw new InvariantViolationException(message());
        }
    }
}
