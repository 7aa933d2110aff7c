using BackPain.Core.Fuzz;
using BackPain.Core.Tests.Architecture;

namespace BackPain.Core.Tests.Fuzzing;

/// <summary>
/// Replays every committed input of the fuzz targets (fuzz/corpus/&lt;target&gt;/ and fuzz/regressions/&lt;target&gt;/)
/// through the same target code the fuzzer runs (<see cref="FuzzTargets"/>): none may throw anything but what the
/// library documents, nor break an invariant of domain.md §7. A crash the fuzzer finds is committed to
/// fuzz/regressions, so it stays fixed.
/// </summary>
public sealed class FuzzCorpusTests
{
    private static readonly string[] Folders = ["corpus", "regressions"];

    /// <summary>Every committed input: its target and its path from the repository root.</summary>
    public static TheoryData<string, string> Inputs()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in Folders)
        {
            var root = Repository.PathOf("fuzz/" + folder);
            if (!Directory.Exists(root))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(Repository.Root, file).Replace('\\', '/');
                data.Add(relative.Split('/')[2], relative);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Target_CommittedInput_NeitherThrowsUndocumentedNorBreaksAnInvariant(string target, string path)
    {
        FuzzTargets.All.Should().ContainKey(target, $"{path} lies in a folder named after a fuzz target");
        var act = () => FuzzTargets.Run(target, File.ReadAllBytes(Repository.PathOf(path)));
        act.Should().NotThrow();
    }

    [Fact]
    public void Corpus_EveryTarget_HasSeeds()
    {
        foreach (var target in FuzzTargets.All.Keys)
        {
            var folder = Repository.PathOf("fuzz/corpus/" + target);
            Directory.Exists(folder).Should().BeTrue($"the {target} target needs seeds in fuzz/corpus/{target}");
            Directory.EnumerateFiles(folder).Should().NotBeEmpty($"the {target} target needs seeds in fuzz/corpus/{target}");
        }
    }
}
