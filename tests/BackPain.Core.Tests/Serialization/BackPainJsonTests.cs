using System.Text.Json.Nodes;
using BackPain.Core.Serialization;

namespace BackPain.Core.Tests.Serialization;

/// <summary>The wire contract: golden files written by hand from the format's description, and round trips.</summary>
public sealed class BackPainJsonTests
{
    private static readonly DateOnly Start = new(2026, 12, 1);

    private static string Golden(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Golden", name));

    private static void ShouldMatchGolden(string actual, string goldenName)
        => JsonNode.DeepEquals(JsonNode.Parse(actual), JsonNode.Parse(Golden(goldenName))).Should().BeTrue($"the output must match Golden/{goldenName}:\n{actual}");

    private static SymptomReport GoldenReport() => new SymptomReportBuilder
    {
        Severity = 5,
        Onset = Onset.DuringWorkout,
        Character = PainCharacter.Sharp,
        SuddenJerk = true,
        MusclesTight = true,
        PainDurationDays = 2,
        Trend = Trend.Same,
        RedFlags = [Symptom.Fever],
        Age = 30,
        Exercises = [Exercise.Deadlift, Exercise.Custom("Atlas stone", true, [MuscleGroup.LowerBack, MuscleGroup.Glutes], [MuscleGroup.Forearms])],
    }.Build();

    [Fact]
    public void SerializeReport_WritesTheGoldenWireFormat() => ShouldMatchGolden(BackPainJson.Serialize(GoldenReport()), "report.json");

    [Fact]
    public void DeserializeReport_GoldenFile_GivesTheSameReport() => BackPainJson.DeserializeReport(Golden("report.json")).Should().Be(GoldenReport());

    [Fact]
    public void SerializeHistory_WritesTheGoldenWireFormat()
    {
        var history = TrainingHistory.Of(
            new Workout(new DateOnly(2026, 11, 30), [Exercise.Squat, Exercise.Lunge], rpe: 9),
            new Workout(new DateOnly(2026, 11, 29), [Exercise.BenchPress, Exercise.BicepsCurl]));
        ShouldMatchGolden(BackPainJson.Serialize(history), "history.json");
        BackPainJson.DeserializeHistory(Golden("history.json")).Should().Be(history);
    }

    [Fact]
    public void DeserializeCheckIn_GoldenFile_ReadsEveryField()
    {
        var checkIn = BackPainJson.DeserializeCheckIn(Golden("check-in.json"));
        checkIn.Should().Be(new CheckInReport(
            new DateOnly(2026, 12, 8), 1, Trend.Better, Clearance.LightActivity, [Symptom.PainDownOneLeg, Symptom.LegWeakness], [Cause.LigamentTear], [Cause.SlippedDisc]));
    }

    [Fact]
    public void Assessment_RoundTrip_IsEqual()
    {
        var assessment = BackPainAssessor.Default.Assess(GoldenReport());
        var json = BackPainJson.Serialize(assessment);
        BackPainJson.DeserializeAssessment(json).Should().Be(assessment);
        JsonNode.Parse(json)!["triage"]!["level"]!.GetValue<string>().Should().Be("seeDoctorUrgently");
        JsonNode.Parse(json)!["disclaimer"]!.GetValue<string>().Should().Contain("not a diagnosis");
    }

    [Fact]
    public void DeserializeAssessment_EditedTriage_IsIgnoredAndTheRedFlagStillWins()
    {
        var json = JsonNode.Parse(BackPainJson.Serialize(BackPainAssessor.Default.Assess(GoldenReport())))!;
        json["triage"]!["level"] = "selfCare";
        BackPainJson.DeserializeAssessment(json.ToJsonString()).Triage.Level.Should().Be(TriageLevel.SeeDoctorUrgently);
    }

    [Fact]
    public void Plan_RoundTripWithCheckIns_IsEqual()
    {
        var assessment = BackPainAssessor.Default.Assess(new SymptomReportBuilder { Severity = 5, Onset = Onset.DuringWorkout, Character = PainCharacter.Sharp }.Build());
        var plan = RecoveryPlanner.Default.Plan(assessment, BackPainJson.DeserializeHistory(Golden("history.json")), new PlanRequest(Start, Days.Of(21)))
            .CheckIn(new CheckInReport(Start.AddDays(2), 4, Trend.Better))
            .CheckIn(new CheckInReport(Start.AddDays(8), 0, Trend.Better));

        var read = BackPainJson.DeserializePlan(BackPainJson.Serialize(plan));

        read.Should().Be(plan);
        read.GetHashCode().Should().Be(plan.GetHashCode());
    }

    [Fact]
    public void SerializePlanToAStream_WritesTheSameDocumentAsTheStringAndLeavesTheStreamOpen()
    {
        var assessment = BackPainAssessor.Default.Assess(new SymptomReportBuilder { Severity = 5, Onset = Onset.DuringWorkout, Character = PainCharacter.Sharp }.Build());
        var plan = RecoveryPlanner.Default.Plan(assessment, TrainingHistory.Empty, new PlanRequest(Start, Days.Of(90)))
            .CheckIn(new CheckInReport(Start.AddDays(8), 0, Trend.Better));
        using var stream = new MemoryStream();

        BackPainJson.Serialize(stream, plan);

        stream.CanWrite.Should().BeTrue();
        System.Text.Encoding.UTF8.GetString(stream.ToArray()).Should().Be(BackPainJson.Serialize(plan));
        BackPainJson.DeserializePlan(System.Text.Encoding.UTF8.GetString(stream.ToArray())).Should().Be(plan);
    }

    [Fact]
    public void SerializePlanToAStream_NullArguments_NameTheArgument()
    {
        var plan = RecoveryPlanner.Default.Plan(BackPainAssessor.Default.Assess(new SymptomReportBuilder { Severity = 3 }.Build()), TrainingHistory.Empty, new PlanRequest(Start, Days.Of(7)));

        FluentActions.Invoking(() => BackPainJson.Serialize(Stream.Null, (RecoveryPlan)null!)).Should().Throw<ArgumentNullException>().WithParameterName("plan");
        FluentActions.Invoking(() => BackPainJson.Serialize(null!, plan)).Should().Throw<ArgumentNullException>().WithParameterName("utf8Json");
    }

    [Theory]
    [InlineData("""{"severity": 11, "age": 200, "redFlags": ["dullAche"]}""", new[] { "$.severity", "$.age", "$.redFlags[0]" })]
    [InlineData("""{"onset": "hoursAfter"}""", new[] { "$.severity" })]
    [InlineData("""{"severity": "high"}""", new[] { "$.severity" })]
    [InlineData("""{"severity": 3, "exercises": ["flying"]}""", new[] { "$.exercises[0]" })]
    [InlineData("""{"severity": 3, "onset": "sideways"}""", new[] { "$.onset" })]
    [InlineData("""{"severity": 3, "severity": 4}""", new[] { "$.severity" })]
    [InlineData("""{"severity": 3""", new[] { "$.severity" })]
    [InlineData("null", new[] { "$" })]
    public void DeserializeReport_BadJson_NamesEveryBadPath(string json, string[] paths)
    {
        var act = () => BackPainJson.DeserializeReport(json);

        act.Should().Throw<BackPainValidationException>()
            .Which.Errors.Select(e => e.Path).Should().BeEquivalentTo(paths);
    }

    [Fact]
    public void DeserializePlan_BadNestedValues_NamesTheirPaths()
    {
        const string json = """
            {"assessment": {"report": {"severity": 2}},
             "history": {"workouts": [{"date": "2026-11-30", "exercises": [], "rpe": 12}]},
             "request": {"start": "2026-12-01"}}
            """;

        var act = () => BackPainJson.DeserializePlan(json);

        act.Should().Throw<BackPainValidationException>()
            .Which.Errors.Select(e => e.Path).Should().BeEquivalentTo("$.history.workouts[0].rpe", "$.history.workouts[0].exercises");
    }
}
