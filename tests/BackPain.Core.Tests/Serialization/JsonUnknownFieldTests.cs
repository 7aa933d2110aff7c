using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using BackPain.Core.Serialization;

namespace BackPain.Core.Tests.Serialization;

/// <summary>
/// A field the format does not know is an error, never skipped: a red-flag answer under a misspelt name would
/// otherwise be lost silently and triage could be lower than the person's answers (docs/safety.md). The schemas say
/// the same (<c>additionalProperties: false</c>, names as written). The outputs the library writes stay accepted.
/// </summary>
public sealed class JsonUnknownFieldTests
{
    private const string History = """{"workouts": [{"date": "2026-11-30", "exercises": ["squat"]}]}""";

    [Theory]
    [InlineData("redflags")]
    [InlineData("RedFlags")]
    [InlineData("red_flags")]
    [InlineData("red-flags")]
    public void DeserializeReport_RedFlagsMisspelt_IsRejectedNamingRedFlags(string misspelt)
    {
        var error = ErrorsOf(() => BackPainJson.DeserializeReport($$"""{"severity": 3, "{{misspelt}}": ["fever"]}""")).Should().ContainSingle().Which;

        error.Path.Should().Be($"$.{misspelt}");
        error.Code.Should().Be(ValidationCode.NotAllowed);
        error.AttemptedValue.Should().Be(misspelt);
        error.Message.Should().StartWith("is not a known field: did you mean redFlags?")
            .And.Contain("The fields allowed here are: severity, onset, character,")
            .And.Contain("redFlags, age.")
            .And.NotContain("painDuration,", "the retired name is not offered");
    }

    [Fact]
    public void DeserializeReport_RedFlagsMisspelt_IsRejectedThroughPlainJsonSerializerToo()
    {
        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize<SymptomReport>("""{"severity": 3, "RedFlags": ["fever"]}""", JsonSerializerOptions.Web))
            .Should().Throw<JsonException>().Which;

        thrown.Message.Should().Contain("RedFlags: is not a known field: did you mean redFlags?").And.NotContain("System.");
        thrown.InnerException.Should().BeOfType<BackPainValidationException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Match<ValidationError>(e => e.Path == "RedFlags" && e.Code == ValidationCode.NotAllowed);
    }

    [Fact]
    public void DeserializeReport_AFieldInAnotherCase_IsUnknownWhileAnEnumWordInAnotherCaseIsAccepted()
    {
        // Field names are written exactly, as the schemas say; enum words are forgiving, as System.Text.Json's are.
        var errors = ErrorsOf(() => BackPainJson.DeserializeReport("""{"Severity": 9}"""));
        var read = BackPainJson.DeserializeReport("""{"severity": 3, "onset": "DuringWorkout", "character": "SHARP"}""");

        errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo([("$.Severity", ValidationCode.NotAllowed), ("$.severity", ValidationCode.Required)]);
        errors.Single(e => e.Path == "$.Severity").Message.Should().StartWith("is not a known field: did you mean severity?");
        read.Onset.Should().Be(Onset.DuringWorkout);
        read.Character.Should().Be(PainCharacter.Sharp);
    }

    [Fact]
    public void DeserializeReport_UnknownFieldsAmongOtherProblems_ListsEveryProblemAtOnce()
    {
        var errors = ErrorsOf(() => BackPainJson.DeserializeReport("""{"severity": 11, "redflags": ["fever"], "onset": "bogus", "colour": "red"}"""));

        errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
        [
            ("$.severity", ValidationCode.OutOfRange),
            ("$.redflags", ValidationCode.NotAllowed),
            ("$.onset", ValidationCode.UnknownId),
            ("$.colour", ValidationCode.NotAllowed),
        ]);
        errors.Single(e => e.Path == "$.colour").Message.Should().StartWith("is not a known field. The fields allowed here");
    }

    [Fact]
    public void DeserializeHistory_UnknownFieldsInAWorkoutAndInACustomExercise_NameTheirFullPaths()
    {
        const string json = """
            {"workouts": [
              {"date": "2026-11-30", "exercises": ["squat"]},
              {"date": "2026-11-29", "exercises": ["squat", {"name": "Atlas stone", "primaryMuscles": ["lowerBack"], "Muscles": ["glutes"]}], "effort": 9}
            ]}
            """;

        var errors = ErrorsOf(() => BackPainJson.DeserializeHistory(json));

        errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
        [
            ("$.workouts[1].exercises[1].Muscles", ValidationCode.NotAllowed),
            ("$.workouts[1].effort", ValidationCode.NotAllowed),
        ]);
        errors.Single(e => e.Path.EndsWith("Muscles", StringComparison.Ordinal)).Message.Should()
            .Be("is not a known field. The fields allowed here are: name, isStrenuousForSpine, primaryMuscles, secondaryMuscles.");
        errors.Single(e => e.Path.EndsWith("effort", StringComparison.Ordinal)).Message.Should()
            .Be("is not a known field. The fields allowed here are: date, exercises, rpe, isHard.");
    }

    [Fact]
    public void DeserializePlan_UnknownFieldsInACheckInAndInTheReportsRedFlags_NameTheirFullPathsWithTheOtherProblems()
    {
        var json = $$$"""
            {"assessment": {"report": {"severity": 4, "red_flags": ["fever"], "exercises": [{"name": "Stone", "primaryMuscles": ["lowerBack"], "strenuous": true}]}},
             "history": {{{History}}}, "request": {"start": "2026-12-01", "lengthDays": 14},
             "checkInReports": [{"date": "2026-12-03", "pain": 12, "trend": "same", "Clearance": "full"}]}
            """;

        var errors = ErrorsOf(() => BackPainJson.DeserializePlan(json));

        errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
        [
            ("$.assessment.report.red_flags", ValidationCode.NotAllowed),
            ("$.assessment.report.exercises[0].strenuous", ValidationCode.NotAllowed),
            ("$.checkInReports[0].pain", ValidationCode.OutOfRange),
            ("$.checkInReports[0].Clearance", ValidationCode.NotAllowed),
        ]);
        errors.Single(e => e.Path == "$.assessment.report.red_flags").Message.Should().Contain("did you mean redFlags?");
        errors.Single(e => e.Path == "$.checkInReports[0].Clearance").Message.Should().Contain("did you mean clearance?");
    }

    [Fact]
    public void DeserializePlan_UnknownFieldThroughPlainJsonSerializer_KeepsItsPathInsideTheDocument()
    {
        var json = $$$"""{"assessment": {"report": {"severity": 4}}, "history": {{{History}}}, "request": {"start": "2026-12-01", "lenghtDays": 14}}""";

        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize<RecoveryPlan>(json)).Should().Throw<JsonException>().Which;

        thrown.InnerException.Should().BeOfType<BackPainValidationException>().Which.Errors.Select(e => (e.Path, e.Code)).Should()
            .Equal(("request.lenghtDays", ValidationCode.NotAllowed));
    }

    [Fact]
    public void DeserializeAssessment_UnknownField_ListsTheInputsAndTheOutputsThatAreIgnored()
    {
        var error = ErrorsOf(() => BackPainJson.DeserializeAssessment("""{"report": {"severity": 2}, "notes": "x"}""")).Should().ContainSingle().Which;

        error.Path.Should().Be("$.notes");
        error.Message.Should().Be(
            "is not a known field. The fields allowed here are: report, options; and the outputs the library writes, which are ignored on reading: "
            + "causes, topCause, isUnclear, redFlags, triage, remedies, restrictions, summary, disclaimer.");
    }

    [Fact]
    public void DeserializeAssessment_RedFlagsInAnotherCaseBesideTheReport_IsNotSteeredToTheIgnoredOutput()
    {
        // An assessment's own redFlags are its findings, an output ignored on reading: suggesting it would lose the answers again.
        var error = ErrorsOf(() => BackPainJson.DeserializeAssessment("""{"report": {"severity": 2}, "RedFlags": ["fever"]}""")).Should().ContainSingle().Which;

        error.Path.Should().Be("$.RedFlags");
        error.Message.Should().StartWith("is not a known field. The fields allowed here are: report, options;");
    }

    [Fact]
    public void DeserializePlanAndAssessment_DocumentsTheLibraryWrote_ReadBackWithEveryOutputAccepted()
    {
        var report = new SymptomReportBuilder { Severity = 5, Onset = Onset.DuringWorkout, Character = PainCharacter.Sharp, RedFlags = [Symptom.Fever] }.Build();
        var assessment = new BackPainAssessor(new AssessorOptions { LikelyThreshold = 0.7, Culture = CultureInfo.GetCultureInfo("en-GB") }).Assess(report);
        var start = new DateOnly(2026, 12, 1);
        var plan = RecoveryPlanner.Default.Plan(assessment, BackPainJson.DeserializeHistory(History), new PlanRequest(start, Days.Of(21)))
            .CheckIn(new CheckInReport(start.AddDays(3), 4, Trend.Better));
        var planJson = BackPainJson.Serialize(plan);
        var assessmentJson = BackPainJson.Serialize(assessment);

        // Every output is in the documents, so reading them back proves each is accepted.
        JsonNode.Parse(planJson)!.AsObject().Select(p => p.Key).Should().Contain(["asOf", "highestTriage", "days", "checkInDates", "disclaimer", "coreWorkAllowedFrom"]);
        JsonNode.Parse(planJson)!["request"]!.AsObject().Select(p => p.Key).Should().Contain("end");
        JsonNode.Parse(assessmentJson)!.AsObject().Select(p => p.Key).Should().Contain(["causes", "topCause", "isUnclear", "redFlags", "triage", "remedies", "restrictions", "summary", "disclaimer"]);
        BackPainJson.DeserializePlan(planJson).Should().Be(plan);
        BackPainJson.DeserializeAssessment(assessmentJson).Should().Be(assessment);
        JsonSerializer.Deserialize<RecoveryPlan>(planJson).Should().Be(plan);
    }

    [Fact]
    public void DeserializeAssessment_OutputsOfAnyShape_AreIgnoredAndTheReportDecides()
    {
        // Outputs are never trusted on the way in: an edited or garbled one changes nothing (hazard H13).
        var read = BackPainJson.DeserializeAssessment("""{"report": {"severity": 3, "redFlags": ["fever"]}, "triage": "selfCare", "redFlags": [], "causes": {"x": [1, {}]}}""");

        read.Triage.Level.Should().Be(TriageLevel.SeeDoctorUrgently);
    }

    [Fact]
    public void DeserializeReport_UnknownFieldsWithOddNames_AreEachNamedWithoutATypeName()
    {
        var errors = ErrorsOf(() => BackPainJson.DeserializeReport("""{"severity": 3, "red flags": ["fever"], "a.b": 1, "x']": 2}"""));

        errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
            [("$['red flags']", ValidationCode.NotAllowed), ("$['a.b']", ValidationCode.NotAllowed), ("$['x']']", ValidationCode.NotAllowed)]);
        errors.Should().OnlyContain(e => e.Message.StartsWith("is not a known field", StringComparison.Ordinal) && !e.Message.Contains(".NET", StringComparison.Ordinal));
    }

    private static IReadOnlyList<ValidationError> ErrorsOf(Action read)
        => read.Should().Throw<BackPainValidationException>().Which.Errors;
}
