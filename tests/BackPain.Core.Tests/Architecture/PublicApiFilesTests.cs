namespace BackPain.Core.Tests.Architecture;

/// <summary>
/// The public API of the core is tracked by Microsoft.CodeAnalysis.PublicApiAnalyzers in two files beside the
/// project; the analyser reads nullable annotations only when each file starts with <c>#nullable enable</c>.
/// </summary>
public class PublicApiFilesTests
{
    [Theory]
    [InlineData("PublicAPI.Shipped.txt")]
    [InlineData("PublicAPI.Unshipped.txt")]
    public void PublicApiFile_ExistsBesideTheCoreProject(string fileName)
    {
        File.Exists(Repository.PathOf("src/BackPain.Core/" + fileName)).Should().BeTrue();
    }

    [Theory]
    [InlineData("PublicAPI.Shipped.txt")]
    [InlineData("PublicAPI.Unshipped.txt")]
    public void PublicApiFile_StartsWithNullableEnable(string fileName)
    {
        var lines = File.ReadAllLines(Repository.PathOf("src/BackPain.Core/" + fileName));

        lines.Should().NotBeEmpty();
        lines[0].Trim().Should().Be("#nullable enable");
    }

    [Fact]
    public void CoreProject_GivesBothPublicApiFilesToTheAnalyser()
    {
        var additionalFiles = CoreDependencyTests.CoreBuildFiles
            .SelectMany(file => System.Xml.Linq.XDocument.Load(file).Descendants("AdditionalFiles"))
            .Select(e => (string?)e.Attribute("Include"));

        additionalFiles.Should().Contain(["PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt"]);
    }
}
