using System.Reflection;
using System.Text.RegularExpressions;

namespace BackPain.Core.Tests.Architecture;

/// <summary>docs/safety.md names, for every hazard, the tests that prove its control: each must exist and run.</summary>
public sealed partial class HazardLogTests
{
    [Fact]
    public void HazardLog_EveryNamedTest_ExistsInTheTestSuite()
    {
        var log = File.ReadAllText(Path.Combine(Repository.Root, "docs", "safety.md"));
        var rows = log.Split('\n').Where(line => HazardRow().IsMatch(line)).ToList();
        var named = rows.SelectMany(row => row.Split('|')[4..5]).SelectMany(cell => TestName().Matches(cell).Select(m => m.Groups[1].Value)).ToList();
        var known = KnownTests();

        rows.Should().HaveCountGreaterThanOrEqualTo(10, "the log lists the hazards of issue 8");
        rows.Should().OnlyContain(row => TestName().IsMatch(row.Split('|')[4]), "every hazard names at least one test");
        named.Where(name => !known.Contains(name)).Should().BeEmpty("every test the hazard log names must exist");
    }

    [Fact]
    public void HazardLog_NumbersEachHazardOnce_InOrder()
    {
        // Rows cite hazards by id (issue notes, the CHANGELOG): two rows with one id make the citation ambiguous.
        var log = File.ReadAllText(Path.Combine(Repository.Root, "docs", "safety.md"));
        var ids = log.Split('\n').Where(line => HazardRow().IsMatch(line))
            .Select(row => int.Parse(row.Split('|')[1].Trim()[1..], System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        ids.Should().Equal(Enumerable.Range(1, ids.Count), "hazards are numbered H1, H2, … once each, a new one after the last");
    }

    private static HashSet<string> KnownTests()
    {
        // This assembly's tests, plus the test methods of the other test projects, read from their sources.
        var names = typeof(HazardLogTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static))
            .Where(m => m.GetCustomAttributes<FactAttribute>(inherit: true).Any())
            .Select(m => m.Name)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(Path.Combine(Repository.Root, "tests"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)))
        {
            names.UnionWith(TestMethod().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value));
        }

        return names;
    }

    [GeneratedRegex(@"public (?:async Task|void) ([A-Z][A-Za-z0-9]*_[A-Za-z0-9_]+)\(")]
    private static partial Regex TestMethod();

    [GeneratedRegex(@"^\| H\d+ \|")]
    private static partial Regex HazardRow();

    [GeneratedRegex(@"`([A-Z][A-Za-z0-9]*_[A-Za-z0-9_]+)`")]
    private static partial Regex TestName();
}
