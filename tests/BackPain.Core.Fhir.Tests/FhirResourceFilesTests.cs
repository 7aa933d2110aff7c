using System.Globalization;
using BackPain.Core.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir.Tests;

/// <summary>
/// The committed copies of the generated conformance resources in fhir/ (packed into the package under fhir/): they are
/// what the package makes now, and each reads back with the FHIR parser to the same text.
/// </summary>
public class FhirResourceFilesTests
{
    private const string Regenerate = "BACKPAIN_REGENERATE_FHIR";

    private static readonly Dictionary<string, Func<Resource>> Resources = new()
    {
        ["CodeSystem-backpain-core.json"] = BackPainCodeSystem.Create,
        ["Questionnaire-backpain-symptom-report.json"] = () => BackPainQuestionnaires.SymptomReport(),
        ["Questionnaire-backpain-symptom-report.de.json"] = () => BackPainQuestionnaires.SymptomReport(CultureInfo.GetCultureInfo("de")),
        ["Questionnaire-backpain-symptom-report.es.json"] = () => BackPainQuestionnaires.SymptomReport(CultureInfo.GetCultureInfo("es")),
        ["Questionnaire-backpain-check-in.json"] = () => BackPainQuestionnaires.CheckIn(),
        ["Questionnaire-backpain-check-in.de.json"] = () => BackPainQuestionnaires.CheckIn(CultureInfo.GetCultureInfo("de")),
        ["Questionnaire-backpain-check-in.es.json"] = () => BackPainQuestionnaires.CheckIn(CultureInfo.GetCultureInfo("es")),
    };

    public static TheoryData<string> FileNames => [.. Resources.Keys];

    [Theory]
    [MemberData(nameof(FileNames))]
    public void ResourceFile_IsWhatThePackageMakesNow(string fileName)
    {
        var path = Repository.PathOf("fhir/" + fileName);
        var generated = FhirJson.Serialize(Resources[fileName]());
        if (Environment.GetEnvironmentVariable(Regenerate) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }

        File.Exists(path).Should().BeTrue($"fhir/{fileName} must be committed; regenerate with: {Regenerate}=1 dotnet test tests/BackPain.Core.Fhir.Tests --filter FhirResourceFilesTests");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(
            generated,
            $"fhir/{fileName} must be what the package makes now; if the change is intended, regenerate with: {Regenerate}=1 dotnet test tests/BackPain.Core.Fhir.Tests --filter FhirResourceFilesTests");
    }

    [Theory]
    [MemberData(nameof(FileNames))]
    public void Resource_ParsedAndSerializedAgain_IsTheSameText(string fileName)
    {
        var text = FhirJson.Serialize(Resources[fileName]());

        FhirJson.Serialize(FhirJson.Parse<Resource>(text)).Should().Be(text);
    }

    [Fact]
    public void FhirFolder_HoldsOnlyTheGeneratedFiles()
        => Directory.GetFiles(Repository.PathOf("fhir")).Select(Path.GetFileName).Should().BeEquivalentTo(Resources.Keys);
}
