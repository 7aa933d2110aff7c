using System.Text.Json;
using BackPain.Core.Serialization;
using BackPain.Core.Tests.Support;
using CsCheck;

namespace BackPain.Core.Tests.Serialization;

/// <summary>
/// Issue 14: every problem of a document at once, values that cannot be read (a wrong JSON kind, an unknown word)
/// as well as invalid ones, each with its full path and a stable code, through <see cref="BackPainJson"/> and through
/// plain <see cref="JsonSerializer"/>.
/// </summary>
public sealed class JsonEveryProblemTests
{
    private const string Plan = """
        {"assessment": {"report": {"severity": 4}}, "history": {"workouts": []}, "request": {"start": "2026-12-01", "lengthDays": 28},
         "checkInReports": [{"date": "2026-11-20", "pain": 12, "trend": "same"}]}
        """;

    [Fact]
    public void DeserializeReport_SeverityElevenANegativeDurationAndAnUnknownExercise_ListsAllThree()
    {
        // The issue's first example: severity is 0–10, the duration 0–3,650 days, exercises are catalogue ids.
        var errors = ErrorsOf(() => BackPainJson.DeserializeReport("""{"severity": 11, "painDurationDays": -2, "exercises": ["nope"]}"""));

        errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
        [
            ("$.severity", ValidationCode.OutOfRange),
            ("$.painDurationDays", ValidationCode.OutOfRange),
            ("$.exercises[0]", ValidationCode.UnknownId),
        ]);
        errors.Single(e => e.Path == "$.painDurationDays").Message.Should().Be("must be between 0 and 3650 days; it was -2.");
        errors.Single(e => e.Path == "$.exercises[0]").Message.Should().Contain("'nope'").And.Contain("deadlift");
    }

    [Fact]
    public void DeserializeReport_AnOutOfRangeNumberAnUnknownWordAndAnUnknownId_ListsAllThree()
    {
        var errors = ErrorsOf(() => BackPainJson.DeserializeReport("""{"severity": 11, "onset": "bogus", "exercises": ["nope"]}"""));

        errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
        [
            ("$.severity", ValidationCode.OutOfRange),
            ("$.onset", ValidationCode.UnknownId),
            ("$.exercises[0]", ValidationCode.UnknownId),
        ]);
        errors.Single(e => e.Path == "$.onset").Message.Should().Contain("duringWorkout, hoursAfter, nextDayOrLater");
    }

    [Fact]
    public void DeserializeReport_AnUnreadableFieldAndAnUnknownFieldWhoseNameBeginsWithIt_ListsBoth()
    {
        // What an unreadable value blocks is the field itself and what lies under it ("$.age.x", "$.age[0]"), not
        // every path that begins with the same letters.
        var errors = ErrorsOf(() => BackPainJson.DeserializeReport("""{"severity": 3, "age": "old", "ageGroup": "adult"}"""));

        errors.Select(e => (e.Path, e.Code)).Should().Equal(("$.age", ValidationCode.Malformed), ("$.ageGroup", ValidationCode.NotAllowed));
    }

    [Fact]
    public void DeserializePlan_ACheckInWithPainTwelveDatedBeforeThePlan_ListsBoth()
    {
        // The issue's second example: pain is 0–10, and a check-in lies within the plan.
        var errors = ErrorsOf(() => BackPainJson.DeserializePlan(Plan));

        errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
        [
            ("$.checkInReports[0].pain", ValidationCode.OutOfRange),
            ("$.checkInReports[0].date", ValidationCode.OutOfRange),
        ]);
    }

    [Fact]
    public void JsonSerializer_TheIssuesTwoExamples_ListEveryProblemInTheMessageAndAsValidationErrors()
    {
        var report = FluentActions.Invoking(() => JsonSerializer.Deserialize<SymptomReport>("""{"severity": 11, "painDurationDays": -2, "exercises": ["nope"]}"""))
            .Should().Throw<JsonException>().Which;
        var plan = FluentActions.Invoking(() => JsonSerializer.Deserialize<RecoveryPlan>(Plan, JsonSerializerOptions.Web))
            .Should().Throw<JsonException>().Which;

        report.Message.Should().Contain("severity:").And.Contain("painDurationDays:").And.Contain("exercises[0]:").And.NotContain("System.");
        report.Path.Should().Be("$");
        report.InnerException.Should().BeOfType<BackPainValidationException>().Which.Errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
        [
            ("severity", ValidationCode.OutOfRange),
            ("painDurationDays", ValidationCode.OutOfRange),
            ("exercises[0]", ValidationCode.UnknownId),
        ]);
        plan.InnerException.Should().BeOfType<BackPainValidationException>().Which.Errors.Select(e => e.Path).Should().BeEquivalentTo(
            ["checkInReports[0].pain", "checkInReports[0].date"]);
    }

    [Fact]
    public void JsonSerializer_ABadDocumentInsideAnotherObject_SaysWhereTheDocumentIs()
    {
        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize<Dictionary<string, SymptomReport>>("""{"mine": {"severity": 11, "onset": "bogus"}}"""))
            .Should().Throw<JsonException>().Which;

        thrown.Path.Should().Be("$.mine");
        thrown.InnerException.Should().BeOfType<BackPainValidationException>().Which.Errors.Select(e => e.Path).Should().BeEquivalentTo(["severity", "onset"]);
    }

    [Fact]
    public void DeserializeHistory_UnknownMusclesInACustomExercise_KeepTheOuterPathAndListTheKnownIds()
    {
        const string json = """
            {"workouts": [{"date": "2026-11-30", "exercises": ["squat", {"name": "Atlas stone", "primaryMuscles": ["wings", "lowerBack", "gills"]}], "rpe": 11}]}
            """;

        var errors = ErrorsOf(() => BackPainJson.DeserializeHistory(json));

        errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
        [
            ("$.workouts[0].exercises[1].primaryMuscles[0]", ValidationCode.UnknownId),
            ("$.workouts[0].exercises[1].primaryMuscles[2]", ValidationCode.UnknownId),
            ("$.workouts[0].rpe", ValidationCode.OutOfRange),
        ]);
        errors[0].Message.Should().Contain("'wings'").And.Contain("lowerBack");
    }

    [Fact]
    public void DeserializeReport_ValuesOfTheWrongKind_NameTheKindExpectedForEach()
    {
        var errors = ErrorsOf(() => BackPainJson.DeserializeReport("""{"severity": "five", "exercises": 5, "popHeard": "yes", "redFlags": "fever"}"""));

        errors.Should().OnlyContain(e => e.Code == ValidationCode.Malformed && !e.Message.Contains("System.", StringComparison.Ordinal));
        errors.ToDictionary(e => e.Path, e => e.Message).Should().BeEquivalentTo(new Dictionary<string, string>
        {
            ["$.severity"] = "Expected a whole number.",
            ["$.exercises"] = "Expected a JSON array.",
            ["$.popHeard"] = "Expected true or false.",
            ["$.redFlags"] = "Expected a JSON array.",
        });
    }

    [Fact]
    public void DeserializeReport_BrokenSyntaxAfterABadValue_StopsAtTheSyntaxAndSaysWhere()
    {
        // Broken syntax is the one problem that stops the reading: the document cannot be read any further.
        var errors = ErrorsOf(() => BackPainJson.DeserializeReport("""{"severity": "five", "onset": "bogus", "age": }"""));

        errors.Select(e => (e.Path, e.Code)).Should().Equal(("$.severity", ValidationCode.Malformed), ("$", ValidationCode.Malformed));
        errors[^1].Message.Should().Contain("LineNumber: 0 | BytePositionInLine: 46");
    }

    [Fact]
    public void DeserializeReport_KIndependentBrokenFields_GivesKErrorsAtThosePaths()
    {
        // Each field has ways to be wrong that are independent of the others; any subset of them gives one error each.
        Gen.Select(Gen.Int[0, (1 << Breakages.Length) - 1], Gen.Int[0, 1000]).Sample(
            (which, variant) =>
            {
                var fields = new Dictionary<string, string>(Valid);
                var expected = new List<string>();
                for (var i = 0; i < Breakages.Length; i++)
                {
                    if ((which & (1 << i)) != 0)
                    {
                        var (field, options) = Breakages[i];
                        var (json, path) = options[variant % options.Length];
                        fields[field] = json;
                        expected.Add("$." + path);
                    }
                }

                var document = "{" + string.Join(", ", fields.Select(f => $"\"{f.Key}\": {f.Value}")) + "}";
                var read = () => BackPainJson.DeserializeReport(document);
                if (expected.Count == 0)
                {
                    read.Should().NotThrow();
                    return;
                }

                read.Should().Throw<BackPainValidationException>().Which.Errors.Select(e => e.Path).Should().BeEquivalentTo(expected, document);
            },
            iter: PropertyRuns.Iterations / 10);
    }

    private static readonly Dictionary<string, string> Valid = new()
    {
        ["severity"] = "5", ["onset"] = "\"duringWorkout\"", ["character"] = "\"sharp\"", ["area"] = "\"lowerBack\"", ["legs"] = "\"none\"",
        ["trend"] = "\"same\"", ["age"] = "30", ["painDurationDays"] = "2", ["popHeard"] = "false", ["suddenJerk"] = "false",
        ["exercises"] = "[\"squat\"]", ["redFlags"] = "[]",
    };

    private static readonly (string Field, (string Json, string Path)[] Options)[] Breakages =
    [
        ("severity", [("\"five\"", "severity"), ("11", "severity"), ("-1", "severity"), ("true", "severity")]),
        ("onset", [("\"bogus\"", "onset"), ("3", "onset"), ("{}", "onset")]),
        ("character", [("\"bogus\"", "character"), ("[]", "character")]),
        ("area", [("\"bogus\"", "area"), ("1", "area")]),
        ("legs", [("\"bogus\"", "legs")]),
        ("trend", [("\"sideways\"", "trend"), ("2", "trend")]),
        ("age", [("131", "age"), ("\"old\"", "age"), ("30.5", "age")]),
        ("painDurationDays", [("-2", "painDurationDays"), ("\"P1D\"", "painDurationDays"), ("3651", "painDurationDays"), ("2.5", "painDurationDays")]),
        ("popHeard", [("\"yes\"", "popHeard"), ("1", "popHeard")]),
        ("suddenJerk", [("\"no\"", "suddenJerk"), ("null", "suddenJerk")]),
        ("exercises", [("[\"nope\"]", "exercises[0]"), ("5", "exercises"), ("[\"squat\", {\"name\": \"x\", \"primaryMuscles\": [\"wings\"]}]", "exercises[1].primaryMuscles[0]")]),
        ("redFlags", [("[\"nope\"]", "redFlags[0]"), ("\"fever\"", "redFlags")]),
        ("painDuration", [("\"1.00:00:00\"", "painDuration"), ("3", "painDuration")]),
    ];

    private static IReadOnlyList<ValidationError> ErrorsOf(Action read)
        => read.Should().Throw<BackPainValidationException>().Which.Errors;
}
