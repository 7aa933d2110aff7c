namespace BackPain.Samples.Console;

/// <summary>The process exit codes of the sample.</summary>
internal static class ExitCodes
{
    /// <summary>The assessment and plan were shown.</summary>
    public const int Success = 0;

    /// <summary>Something went wrong that is not the input's fault.</summary>
    public const int Failure = 1;

    /// <summary>An option, a file or a value in it is invalid; every problem is listed on standard error.</summary>
    public const int InvalidInput = 2;

    /// <summary>
    /// Stopped with Ctrl+C: the runtime ends the process on SIGINT, which shells report as 128 + 2. The sample
    /// first restores the cursor and ends the line (<see cref="Interruption"/>).
    /// </summary>
    public const int Interrupted = 130;
}
