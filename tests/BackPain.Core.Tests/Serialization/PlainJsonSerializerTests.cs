using System.Globalization;
using System.Text.Json;
using BackPain.Core.Serialization;
using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Serialization;

/// <summary>
/// Plain <see cref="JsonSerializer"/> on the public document types, with no options, with
/// <see cref="JsonSerializerOptions.Web"/> and with options configured by <see cref="BackPainJson.Configure"/>: the
/// same text as <see cref="BackPainJson"/>, read back to an equal value, validated the same way.
/// </summary>
public sealed class PlainJsonSerializerTests
{
    private static readonly SymptomReport Report = Reports.PulledMuscle(a =>
        a.Exercises = [Exercise.Deadlift, Exercise.Custom("Atlas stone", true, [MuscleGroup.LowerBack, MuscleGroup.Glutes], [MuscleGroup.Forearms])]);

    private static readonly Assessment Assessed =
        new BackPainAssessor(new AssessorOptions { Culture = CultureInfo.GetCultureInfo("en-GB"), LikelyThreshold = 0.5 }).Assess(Report);

    private static readonly TrainingHistory History =
        TrainingHistory.Of(PlanExamples.Session(0, 9, Exercise.Squat, Exercise.Lunge), PlanExamples.HardSession(-1, Exercise.BenchPress));

    private static readonly RecoveryPlan Plan = RecoveryPlanner.Default.Plan(Assessed, History, new PlanRequest(PlanExamples.Start, Days.Of(28)))
        .With(PlanExamples.CheckIn(2, 3, Trend.Better), PlanExamples.CheckIn(7, 1, Trend.Better, cleared: true));

    /// <summary>Every document type with the text <see cref="BackPainJson"/> writes for it.</summary>
    private static readonly (object Value, string Json)[] Documents =
    [
        (Report, BackPainJson.Serialize(Report)),
        (History.Workouts[0], BackPainJson.Serialize(History.Workouts[0])),
        (History, BackPainJson.Serialize(History)),
        (Plan.CheckInReports[1], BackPainJson.Serialize(Plan.CheckInReports[1])),
        (Assessed, BackPainJson.Serialize(Assessed)),
        (Plan, BackPainJson.Serialize(Plan)),
    ];

    public static TheoryData<string, string> DocumentsAndOptions()
    {
        var data = new TheoryData<string, string>();
        foreach (var options in OptionsByName.Keys)
        {
            foreach (var (value, _) in Documents)
            {
                data.Add(value.GetType().Name, options);
            }
        }

        return data;
    }

    private static readonly Dictionary<string, JsonSerializerOptions?> OptionsByName = new()
    {
        ["none"] = null,
        ["web"] = JsonSerializerOptions.Web,
        ["configured default"] = BackPainJson.Configure(new JsonSerializerOptions()),
        ["configured web"] = BackPainJson.Configure(new JsonSerializerOptions(JsonSerializerOptions.Web)),
        ["configured without reflection"] = BackPainJson.Configure(new JsonSerializerOptions { TypeInfoResolver = EmptyContext.Default }),
    };

    [Theory]
    [MemberData(nameof(DocumentsAndOptions))]
    public void JsonSerializer_EveryDocumentType_WritesTheLibrarysTextAndReadsBackAnEqualValue(string type, string optionsName)
    {
        var (value, json) = Documents.Single(d => d.Value.GetType().Name == type);
        var options = OptionsByName[optionsName];

        var written = options is null ? JsonSerializer.Serialize(value, value.GetType()) : JsonSerializer.Serialize(value, value.GetType(), options);
        var read = options is null ? JsonSerializer.Deserialize(json, value.GetType()) : JsonSerializer.Deserialize(json, value.GetType(), options);

        written.Should().Be(json);
        read.Should().Be(value);
    }

    [Fact]
    public void JsonSerializer_PlanInsideAHostObject_IsWrittenInTheLibrarysShape()
    {
        var written = JsonSerializer.SerializeToNode(new { plan = Plan }, JsonSerializerOptions.Web)!;

        written["plan"]!.ToJsonString().Should().Be(BackPainJson.Serialize(Plan));
    }

    [Fact]
    public void JsonSerializer_AssessorOptionsAlone_WritesTheCultureAsItsName()
    {
        var json = JsonSerializer.Serialize(Assessed.Options);

        json.Should().Contain("\"Culture\":\"en-GB\"");
        JsonSerializer.Deserialize<AssessorOptions>(json)!.Culture.Name.Should().Be("en-GB");
    }

    [Fact]
    public void JsonSerializer_ReportWithSeveralBadValues_ThrowsOneJsonExceptionListingEveryProblem()
    {
        // Spec: severity is 0–10, age 0–130, pain duration 0–3,650 days.
        const string json = """{ "severity": 11, "painDurationDays": -2, "age": 200 }""";

        var act = () => JsonSerializer.Deserialize<SymptomReport>(json, JsonSerializerOptions.Web);

        var error = act.Should().Throw<JsonException>().Which;
        error.Message.Should().Contain("severity:").And.Contain("painDurationDays:").And.Contain("age:");
        error.Path.Should().Be("$");
    }

    [Fact]
    public void JsonSerializer_BadValueInsideAPlan_NamesItsPathInsideTheDocument()
    {
        var json = BackPainJson.Serialize(Plan).Replace("\"pain\":3", "\"pain\":12", StringComparison.Ordinal);

        var act = () => JsonSerializer.Deserialize<RecoveryPlan>(json);

        act.Should().Throw<JsonException>().WithMessage("*checkInReports[0].pain*");
    }

    [Fact]
    public void JsonSerializer_UnknownExercise_NamesTheKnownIds()
    {
        var act = () => JsonSerializer.Deserialize<Workout>("""{ "date": "2026-03-02", "exercises": ["curling"] }""");

        act.Should().Throw<JsonException>().WithMessage("*'curling' is not a known exercise id*deadlift*");
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("\"report\"")]
    public void JsonSerializer_ReportThatIsNotAnObject_SaysAnObjectIsExpected_AsAValidationErrorLikeEveryOtherProblem(string json)
    {
        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize<SymptomReport>(json)).Should().Throw<JsonException>().Which;

        thrown.Message.Should().Be("$: Expected a JSON object.");
        var error = thrown.InnerException.Should().BeOfType<BackPainValidationException>().Which.Errors.Should().ContainSingle().Subject;
        (error.Path, error.Code).Should().Be(("$", ValidationCode.Malformed));
    }

    [Fact]
    public void Configure_ReadOnlyOptions_Throws()
    {
        var act = () => BackPainJson.Configure(JsonSerializerOptions.Web);

        act.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Configure_NullOptions_NamesTheArgument()
        => FluentActions.Invoking(() => BackPainJson.Configure(null!)).Should().Throw<ArgumentNullException>().WithParameterName("options");
}
