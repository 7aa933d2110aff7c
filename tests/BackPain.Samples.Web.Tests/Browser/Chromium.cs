namespace BackPain.Samples.Web.Tests.Browser;

/// <summary>
/// Finds the Chromium the browser tests drive. Browsers cannot be downloaded on the machines this project runs on,
/// so the tests use the system's Chromium (Debian's <c>chromium</c> package): <c>BACKPAIN_CHROMIUM</c> names its
/// executable, <c>/usr/bin/chromium</c> by default. When it is missing the browser tests are skipped, with a message
/// that says how to enable them, unless <c>BACKPAIN_REQUIRE_BROWSER=1</c> (as <c>.ci/run</c> sets), which makes them fail.
/// </summary>
internal static class Chromium
{
    /// <summary>The variable that names the Chromium executable.</summary>
    public const string ExecutableVariable = "BACKPAIN_CHROMIUM";

    /// <summary>The variable that, set to 1, makes a missing browser a failure instead of a skip.</summary>
    public const string RequireVariable = "BACKPAIN_REQUIRE_BROWSER";

    /// <summary>The executable used when <see cref="ExecutableVariable"/> is not set.</summary>
    public const string DefaultExecutable = "/usr/bin/chromium";

    /// <summary>
    /// The launch arguments: no sandbox (the tests run as root in CI), no GPU, no /dev/shm (small in containers), and
    /// none of the background connections that a machine without a network refuses.
    /// </summary>
    public static readonly IReadOnlyList<string> LaunchArguments =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
    ];

    /// <summary>
    /// The executable to launch, or why the browser tests are skipped.
    /// </summary>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="fileExists">Whether a file exists.</param>
    /// <exception cref="InvalidOperationException">The executable is missing and <see cref="RequireVariable"/> is 1.</exception>
    public static (string? Executable, string? SkipReason) Locate(Func<string, string?> environment, Func<string, bool> fileExists)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(fileExists);
        var configured = environment(ExecutableVariable);
        var executable = string.IsNullOrWhiteSpace(configured) ? DefaultExecutable : configured;
        if (fileExists(executable))
        {
            return (executable, null);
        }

        var problem = $"Chromium was not found at {executable}. Install it (apt-get install chromium) or set {ExecutableVariable} to its executable.";
        if (environment(RequireVariable) == "1")
        {
            throw new InvalidOperationException($"{problem} The browser tests are required here ({RequireVariable}=1).");
        }

        return (null, $"{problem} The browser tests are skipped; set {RequireVariable}=1 to make a missing browser fail them.");
    }

    /// <summary><see cref="Locate(Func{string, string?}, Func{string, bool})"/> for this process and file system.</summary>
    public static (string? Executable, string? SkipReason) Locate() => Locate(Environment.GetEnvironmentVariable, File.Exists);
}
