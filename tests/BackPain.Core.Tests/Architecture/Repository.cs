namespace BackPain.Core.Tests.Architecture;

/// <summary>Finds files of the repository from a test run, whatever folder the tests run in.</summary>
internal static class Repository
{
    private const string SolutionFile = "BackPain.Core.sln";

    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>The folder that holds BackPain.Core.sln.</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>The full path of a file given relative to the repository root with forward slashes.</summary>
    public static string PathOf(string relativePath)
        => Path.Combine([Root, .. relativePath.Split('/')]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No {SolutionFile} found in {AppContext.BaseDirectory} or any folder above it; run the tests from inside the repository.");
    }
}
