using BackPain.Core;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Console.Tests;

/// <summary>The examples are the report files of <c>examples/</c>, every one of them, and the help names them all.</summary>
public sealed class ExamplesTests
{
    public static TheoryData<string> Names => new(Examples.All.Select(e => e.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public void Example_IsTheReportOfItsJsonFile(string name)
    {
        Examples.TryFind(name, out var example).Should().BeTrue();

        var report = BackPainJson.DeserializeReport(File.ReadAllText(SampleRun.Example(name + ".json")));

        report.Should().Be(example!.Report);
    }

    [Fact]
    public void EveryReportFileInTheExamplesFolder_IsAnExample()
    {
        var reportFiles = Directory.GetFiles(Path.GetDirectoryName(SampleRun.Example("doms.json"))!, "*.json")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name is not "history" && !name!.StartsWith("check-in", StringComparison.Ordinal));

        reportFiles.Should().BeEquivalentTo(Examples.All.Select(e => e.Name));
    }

    [Fact]
    public void TryFind_IgnoresCaseAndRefusesUnknownNames()
    {
        Examples.TryFind("Slipped-Disc", out var example).Should().BeTrue();
        example.Should().BeSameAs(Examples.SlippedDisc);
        Examples.TryFind("sore-neck", out _).Should().BeFalse();
    }

    [Fact]
    public void ExampleOption_HelpNamesEveryExample()
    {
        var description = typeof(BackPainSettings).GetProperty(nameof(BackPainSettings.Example))!
            .GetCustomAttributes(typeof(System.ComponentModel.DescriptionAttribute), false)
            .Cast<System.ComponentModel.DescriptionAttribute>()
            .Single().Description;

        foreach (var example in Examples.All)
        {
            description.Should().Contain(example.Name);
        }
    }

    [Fact]
    public void CheckInFiles_ReadWithTheLibraryAndUseEveryNewField()
    {
        var plain = BackPainJson.DeserializeCheckIn(File.ReadAllText(SampleRun.Example("check-in.json")));
        var clinician = BackPainJson.DeserializeCheckIn(File.ReadAllText(SampleRun.Example("check-in-clinician.json")));

        plain.Should().Be(new CheckInReport(new DateOnly(2026, 12, 8), 0, Trend.Better));
        clinician.Should().Be(new CheckInReport(
            new DateOnly(2026, 12, 8), 2, Trend.Better, Clearance.LightActivity, [Symptom.MusclesTight], [Cause.LigamentTear], [Cause.SlippedDisc]));
    }
}
