namespace BackPain.Core.Fhir.Tests.Support;

/// <summary>Finds files of the repository from a test run, whatever folder the tests run in.</summary>
internal static class Repository
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "BackPain.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No BackPain.Core.sln found in {AppContext.BaseDirectory} or any folder above it.");
    });

    /// <summary>The full path of a file given relative to the repository root with forward slashes.</summary>
    public static string PathOf(string relativePath) => Path.Combine([LazyRoot.Value, .. relativePath.Split('/')]);
}
