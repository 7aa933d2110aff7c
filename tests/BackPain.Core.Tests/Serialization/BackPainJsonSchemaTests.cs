using System.Text.Json.Nodes;
using BackPain.Core.Serialization;
using BackPain.Core.Tests.Architecture;
using BackPain.Core.Tests.Support;
using CsCheck;

namespace BackPain.Core.Tests.Serialization;

public sealed class BackPainJsonSchemaTests
{
    private const string Regenerate = "BACKPAIN_REGENERATE_SCHEMAS";

    public static TheoryData<string> DocumentTypeNames => [.. BackPainJsonSchema.DocumentTypes.Select(t => t.Name)];

    private static Type TypeNamed(string name) => BackPainJsonSchema.DocumentTypes.Single(t => t.Name == name);

    [Theory]
    [MemberData(nameof(DocumentTypeNames))]
    public void SchemaFile_IsWhatTheGeneratorMakesNow(string typeName)
    {
        var type = TypeNamed(typeName);
        var path = Repository.PathOf("schemas/" + BackPainJsonSchema.FileNameOf(type));
        var generated = Schemas.Text(type);
        if (Environment.GetEnvironmentVariable(Regenerate) == "1")
        {
            File.WriteAllText(path, generated);
        }

        File.Exists(path).Should().BeTrue($"schemas/{Path.GetFileName(path)} must be committed; regenerate with: {Regenerate}=1 dotnet test tests/BackPain.Core.Tests --filter BackPainJsonSchemaTests");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(
            generated,
            $"schemas/{Path.GetFileName(path)} must be what BackPainJsonSchema.For(typeof({typeName})) makes now; if the change is intended, regenerate with: {Regenerate}=1 dotnet test tests/BackPain.Core.Tests --filter BackPainJsonSchemaTests");
    }

    [Theory]
    [MemberData(nameof(DocumentTypeNames))]
    public void Schema_IsDraft202012_WithAnIdADescriptionAndNoOtherFields(string typeName)
    {
        var schema = BackPainJsonSchema.For(TypeNamed(typeName));

        schema["$schema"]!.GetValue<string>().Should().Be("https://json-schema.org/draft/2020-12/schema");
        schema["$id"]!.GetValue<string>().Should().Be("urn:backpain-core:schema:" + BackPainJsonSchema.FileNameOf(TypeNamed(typeName)).Replace(".schema.json", string.Empty, StringComparison.Ordinal));
        schema["description"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        schema["additionalProperties"]!.GetValue<bool>().Should().BeFalse();
        schema.ToJsonString().Should().NotContain("System.", "a schema is for clients in any language and names no .NET type");
    }

    [Fact]
    public void For_ReturnsANewObjectEachTime_SoACallerMayChangeIt()
    {
        var first = BackPainJsonSchema.For(typeof(CheckInReport));
        first["title"] = "changed";

        BackPainJsonSchema.For(typeof(CheckInReport))["title"]!.GetValue<string>().Should().Be("CheckInReport");
    }

    [Fact]
    public void For_NotADocumentType_ThrowsNamingTheDocumentTypes()
    {
        var act = () => BackPainJsonSchema.For(typeof(DayPlan));

        act.Should().Throw<ArgumentException>().WithParameterName("documentType")
            .WithMessage("*SymptomReport, Workout, TrainingHistory, CheckInReport, Assessment, RecoveryPlan*");
    }

    [Fact]
    public void Schemas_TakeTheirLimitsFromTheLibrary()
    {
        var report = BackPainJsonSchema.For(typeof(SymptomReport))["properties"]!;
        var plan = BackPainJsonSchema.For(typeof(RecoveryPlan))["properties"]!;

        report["exercises"]!["maxItems"]!.GetValue<long>().Should().Be(SymptomReport.MaxExercises);
        report["painDurationDays"]!["maximum"]!.GetValue<long>().Should().Be(SymptomReport.MaxPainDurationDays);
        report["redFlags"]!["items"]!["enum"]!.AsArray().Select(w => w!.GetValue<string>()).Should().Equal(Symptom.RedFlagQuestions.Select(s => s.Id));
        plan["history"]!["properties"]!["workouts"]!["maxItems"]!.GetValue<long>().Should().Be(TrainingHistory.MaxWorkouts);
        plan["checkInReports"]!["maxItems"]!.GetValue<long>().Should().Be(RecoveryPlan.MaxCheckIns);
        plan["request"]!["properties"]!["lengthDays"]!["maximum"]!.GetValue<long>().Should().Be(PlanRequest.MaxLength);
        plan["checkInReports"]!["items"]!["properties"]!["newSymptoms"]!["items"]!["enum"]!.AsArray().Select(w => w!.GetValue<string>())
            .Should().Equal(CheckInReport.SymptomsAllowed.Select(s => s.Id));
    }

    [Fact]
    public void Outputs_AreReadOnly_AndTheInputsAreNot()
    {
        var plan = BackPainJsonSchema.For(typeof(RecoveryPlan))["properties"]!.AsObject();
        var assessment = plan["assessment"]!["properties"]!.AsObject();

        ReadOnly(plan).Should().BeEquivalentTo("asOf", "highestTriage", "days", "checkInDates", "disclaimer", "coreWorkAllowedFrom");
        ReadOnly(assessment).Should().BeEquivalentTo("causes", "topCause", "isUnclear", "redFlags", "triage", "remedies", "restrictions", "summary", "disclaimer");

        static IEnumerable<string> ReadOnly(JsonObject properties)
            => properties.Where(p => p.Value?["readOnly"]?.GetValue<bool>() == true).Select(p => p.Key);
    }

    public static TheoryData<string, string> ExampleFiles => new()
    {
        { "examples/doms.json", nameof(SymptomReport) },
        { "examples/ligament-tear.json", nameof(SymptomReport) },
        { "examples/poor-core.json", nameof(SymptomReport) },
        { "examples/pulled-muscle.json", nameof(SymptomReport) },
        { "examples/red-flag.json", nameof(SymptomReport) },
        { "examples/slipped-disc.json", nameof(SymptomReport) },
        { "examples/history.json", nameof(TrainingHistory) },
        { "examples/check-in.json", nameof(CheckInReport) },
        { "examples/check-in-clinician.json", nameof(CheckInReport) },
        { "tests/BackPain.Core.Tests/Golden/report.json", nameof(SymptomReport) },
        { "tests/BackPain.Core.Tests/Golden/history.json", nameof(TrainingHistory) },
        { "tests/BackPain.Core.Tests/Golden/check-in.json", nameof(CheckInReport) },
    };

    [Fact]
    public void ExampleFiles_ListEveryExampleAndGolden()
        => ExampleFiles.Select(row => (string)row[0]).Should().BeEquivalentTo(
            Directory.GetFiles(Repository.PathOf("examples"), "*.json").Concat(Directory.GetFiles(Repository.PathOf("tests/BackPain.Core.Tests/Golden"), "*.json"))
                .Select(f => Path.GetRelativePath(Repository.Root, f).Replace('\\', '/')));

    [Theory]
    [MemberData(nameof(ExampleFiles))]
    public void ExampleAndGoldenFiles_ValidateAgainstTheirSchema(string file, string typeName)
    {
        var json = File.ReadAllText(Repository.PathOf(file));

        var results = Schemas.Evaluate(TypeNamed(typeName), json);

        results.IsValid.Should().BeTrue($"{file} must validate against {BackPainJsonSchema.FileNameOf(TypeNamed(typeName))}:\n{Schemas.Failures(results)}");
    }

    [Fact]
    public void GeneratedReportsWorkoutsHistoriesAndCheckIns_TheReaderAccepts_AndSoDoesTheSchema()
    {
        Generators.ValidReports.Sample(r => Agrees(typeof(SymptomReport), BackPainJson.Serialize(r)), iter: Generators.Iterations);
        Generators.AnyWorkout.Sample(w => Agrees(typeof(Workout), BackPainJson.Serialize(w)), iter: Generators.Iterations);
        Generators.AnyHistory.Sample(h => Agrees(typeof(TrainingHistory), BackPainJson.Serialize(h)), iter: Generators.Iterations / 5);
        Gen.Select(Generators.AnyDate, LongitudinalGenerators.Answers).Sample(
            (date, answers) => Agrees(typeof(CheckInReport), BackPainJson.Serialize(answers.On(date))), iter: Generators.Iterations);
    }

    [Fact]
    public void GeneratedAssessmentsAndPlans_TheReaderAccepts_AndSoDoesTheSchema()
    {
        Gen.Select(Generators.ValidReports, Generators.TunedAssessor).Sample(
            (report, assessor) => Agrees(typeof(Assessment), BackPainJson.Serialize(assessor.Assess(report))), iter: Generators.Iterations / 5);
        LongitudinalGenerators.Cases.Sample(c => Agrees(typeof(RecoveryPlan), BackPainJson.Serialize(c.Plans()[^1])), iter: Generators.Iterations / 20);
    }

    /// <summary>The reader accepts the written document, and so does the schema.</summary>
    private static void Agrees(Type type, string json)
    {
        Schemas.ReaderOf(type)(json);
        var results = Schemas.Evaluate(type, json);
        results.IsValid.Should().BeTrue($"the reader accepts this {type.Name}, so the schema must too:\n{Schemas.Failures(results)}\n{json}");
    }
}
