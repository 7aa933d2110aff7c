namespace BackPain.Core.Tests.Architecture;

/// <summary>
/// The README's quick start is the package consumer sample's Program.cs, word for word. .ci/run builds and runs that
/// program against the packed package, so this keeps the README's code compiling and working from the outside.
/// </summary>
public sealed class ReadmeQuickStartTests
{
    private const string Start = "<!-- quick-start -->";
    private const string End = "<!-- /quick-start -->";
    private const string Fence = "```csharp";

    [Fact]
    public void QuickStart_InTheReadme_IsThePackageConsumersProgram()
    {
        var quickStart = QuickStartCode(File.ReadAllText(Repository.PathOf("README.md")));
        var program = File.ReadAllText(Repository.PathOf("samples/BackPain.Samples.PackageConsumer/Program.cs"));

        Normalize(program).Should().Be(
            Normalize(quickStart),
            "samples/BackPain.Samples.PackageConsumer/Program.cs must be the README's quick start, word for word; copy one into the other");
    }

    [Fact]
    public void QuickStart_InTheReadme_IsOneCSharpBlockBetweenTheMarkers()
    {
        var code = QuickStartCode(File.ReadAllText(Repository.PathOf("README.md")));

        code.Should().Contain("BackPainAssessor.Default.Assess").And.Contain("RecoveryPlanner.Default.Plan");
        code.Should().NotContain("```");
    }

    [Fact]
    public void QuickStart_InTheReadme_NeedsOneUsing()
    {
        var code = QuickStartCode(File.ReadAllText(Repository.PathOf("README.md")));

        code.Split('\n').Where(line => line.StartsWith("using ", StringComparison.Ordinal)).Should().Equal(
            ["using BackPain.Core;"],
            "a first program needs one using: every type of the common scenario lives in BackPain.Core");
    }

    /// <summary>The code of the one ```csharp block between the quick-start markers.</summary>
    private static string QuickStartCode(string readme)
    {
        var normalized = readme.ReplaceLineEndings("\n");
        var start = normalized.IndexOf(Start, StringComparison.Ordinal);
        var end = normalized.IndexOf(End, StringComparison.Ordinal);
        start.Should().BeGreaterThanOrEqualTo(0, $"README.md must mark its quick start with {Start}");
        end.Should().BeGreaterThan(start, $"README.md must close its quick start with {End}");

        var block = normalized[(start + Start.Length)..end].Trim();
        block.Should().StartWith(Fence + "\n").And.EndWith("\n```", "the quick start is one ```csharp code block");
        return block[(Fence.Length + 1)..^3];
    }

    private static string Normalize(string code) => code.ReplaceLineEndings("\n").Trim('\n');
}
