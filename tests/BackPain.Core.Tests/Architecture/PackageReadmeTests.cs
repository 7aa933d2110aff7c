using System.Text.RegularExpressions;

namespace BackPain.Core.Tests.Architecture;

/// <summary>
/// The package's own readme (src/BackPain.Core/PACKAGE.md, packed as README.md) is read on a package gallery, away
/// from the repository: its quick start is the README's, word for word, and it has nothing that only works in a
/// clone (relative links or images, repository commands).
/// </summary>
public sealed partial class PackageReadmeTests
{
    private static string PackageReadme => File.ReadAllText(Repository.PathOf("src/BackPain.Core/PACKAGE.md")).ReplaceLineEndings("\n");

    [Fact]
    public void QuickStart_InThePackageReadme_IsTheReadmes()
    {
        var readme = File.ReadAllText(Repository.PathOf("README.md")).ReplaceLineEndings("\n");

        QuickStart(PackageReadme).Should().Be(QuickStart(readme), "the package readme repeats the README's quick start, which .ci/run runs against the package");
    }

    [Fact]
    public void PackageReadme_HasNoRelativeLinkOrImage()
    {
        var targets = LinkTarget().Matches(PackageReadme).Select(m => m.Groups["target"].Value);

        targets.Where(t => !t.StartsWith("https://", StringComparison.Ordinal)).Should().BeEmpty("a package gallery cannot resolve a path inside the repository");
    }

    [Fact]
    public void PackageReadme_HasNoRepositoryCommand()
    {
        PackageReadme.Should().NotContain("dotnet test").And.NotContain("dotnet run --project").And.NotContain("examples/");
    }

    [Fact]
    public void PackageReadme_SaysItIsNotADiagnosis()
    {
        PackageReadme.Should().Contain("Not a diagnosis");
    }

    private static string QuickStart(string markdown)
    {
        const string start = "<!-- quick-start -->", end = "<!-- /quick-start -->";
        var from = markdown.IndexOf(start, StringComparison.Ordinal);
        var to = markdown.IndexOf(end, StringComparison.Ordinal);
        from.Should().BeGreaterThanOrEqualTo(0);
        to.Should().BeGreaterThan(from);
        return markdown[from..to];
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)")]
    private static partial Regex LinkTarget();
}
