using System.Text;
using BackPain.Core.Serialization;

using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Serialization;

/// <summary>
/// Each reader names exactly the bad paths of a document, with a message that says what is allowed, and applies
/// what a document says (options, check-ins) rather than a default.
/// </summary>
public sealed class JsonErrorPathTests
{
    private const string Report = """{"severity": 3}""";
    private const string Request = """{"start": "2026-12-01", "lengthDays": 28}""";

    public static TheoryData<string, string, string[], string> BadDocuments() => new()
    {
        // reader, document, every path it must name, a word its message must hold
        { "checkIn", "null", ["$"], "not null" },
        { "checkIn", "{}", ["$.date", "$.pain", "$.trend"], "required" },
        { "checkIn", """{"date": "2026-12-01", "pain": 11, "trend": "same"}""", ["$.pain"], "10" },
        { "workout", """{"exercises": ["squat"]}""", ["$.date"], "required" },
        { "workout", """{"date": "2026-12-01", "exercises": []}""", ["$.exercises"], "at least one exercise" },
        { "workout", """{"date": "2026-12-01", "exercises": ["squat", null]}""", ["$.exercises[1]"], "not be null" },
        { "workout", """{"date": "2026-12-01", "exercises": ["squat"], "rpe": 0}""", ["$.rpe"], "1 and 10" },
        { "history", "{}", ["$.workouts"], "required" },
        { "history", """{"workouts": [null, {"date": "2026-12-01", "exercises": ["squat"], "rpe": 11}]}""", ["$.workouts[0]", "$.workouts[1].rpe"], "null" },
        { "assessment", "{}", ["$.report"], "required" },
        { "assessment", """{"report": {"severity": 3}, "options": {"likelyThreshold": 2}}""", ["$.options.likelyThreshold"], "0.95" },
        { "assessment", """{"report": {"severity": 12}}""", ["$.report.severity"], "10" },
        { "plan", $$$"""{"history": {"workouts": []}, "request": {{{Request}}}}""", ["$.assessment"], "required" },
        { "plan", $$$"""{"assessment": {"report": {{{Report}}}}, "history": {"workouts": []}, "request": {"lengthDays": 28}}""", ["$.request.start"], "required" },
        { "plan", $$$"""{"assessment": {"report": {"severity": 11}}, "history": {"workouts": []}, "request": {{{Request}}}}""", ["$.assessment.report.severity"], "0 and 10" },
        { "plan", $$$"""{"assessment": {"report": {{{Report}}}}, "history": {"workouts": []}, "request": {"start": "2026-12-01", "lengthDays": 0}}""", ["$.request.lengthDays"], "1 and 365" },
        { "plan", $$$"""{"assessment": {"report": {{{Report}}}}, "history": {"workouts": []}, "request": {"start": "2026-12-01", "lengthDays": 366}}""", ["$.request.lengthDays"], "1 and 365" },
        { "plan", $$$"""{"assessment": {"report": {{{Report}}}}, "history": {"workouts": []}, "request": {"start": "9999-12-30", "lengthDays": 28}}""", ["$.request.start"], "on or before" },
        { "plan", $$$"""{"assessment": {"report": {{{Report}}}}, "history": {"workouts": []}, "request": {{{Request}}}, "options": {"hardRpeThreshold": 11}}""", ["$.options.hardRpeThreshold"], "1 and 8" },
        { "plan", $$$"""{"assessment": {"report": {{{Report}}}}, "history": {"workouts": []}, "request": {{{Request}}}, "checkInReports": [null]}""", ["$.checkInReports[0]"], "null" },
        { "plan", $$$"""{"assessment": {"report": {{{Report}}}}, "history": {"workouts": []}, "request": {{{Request}}}, "checkInReports": [{"date": "2026-11-01", "pain": 0, "trend": "better"}]}""", ["$.checkInReports[0].date"], "within the plan" },
        { "plan", $$$"""{"assessment": {"report": {{{Report}}}}, "history": {"workouts": []}, "request": {{{Request}}}, "checkInReports": [{"pain": 0, "trend": "better"}]}""", ["$.checkInReports[0].date"], "required" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public void Reader_BadDocument_NamesExactlyTheBadPathsAndSaysWhatIsAllowed(string reader, string json, string[] paths, string word)
    {
        var thrown = FluentActions.Invoking(() => JsonReaders.Read(reader, json)).Should().ThrowExactly<BackPainValidationException>().Which;

        thrown.Errors.Select(e => e.Path).Should().BeEquivalentTo(paths);
        thrown.Errors.Should().OnlyContain(e => e.Message.Length > 0);
        string.Join(" ", thrown.Errors.Select(e => e.Message)).Should().Contain(word);
        thrown.Message.Should().Contain("JSON document");
    }

    [Theory]
    [InlineData("""{"severity": "high"}""")]
    [InlineData("""{"severity": 3, "onset": 7}""")]
    [InlineData("""{"severity": 3""")]
    public void Reader_MalformedValue_GivesTheProblemWithoutTheParsersPositionNoise(string json)
    {
        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeReport(json)).Should().ThrowExactly<BackPainValidationException>().Which;

        thrown.Errors.Should().ContainSingle().Which.Message.Should().NotBeEmpty().And.NotContain("LineNumber").And.NotContain("Path:");
    }

    [Fact]
    public void DeserializePlan_ProblemsInEveryPart_ListsThemAllAtOnceWithFullPathsAndCodes()
    {
        var json = """
            {"assessment": {"report": {"severity": 11}}, "history": {"workouts": [{"date": "2026-12-01", "exercises": ["squat"], "rpe": 0}]},
             "request": {"start": "2026-12-01", "lengthDays": 0}, "options": {"hardRpeThreshold": 11},
             "checkInReports": [{"date": "2026-12-02", "pain": 0, "trend": "worse"}]}
            """;

        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializePlan(json)).Should().ThrowExactly<BackPainValidationException>().Which;

        thrown.Errors.Select(e => (e.Path, e.Code, e.AttemptedValue)).Should().Equal(
            ("$.assessment.report.severity", ValidationCode.OutOfRange, 11),
            ("$.history.workouts[0].rpe", ValidationCode.OutOfRange, 0),
            ("$.request.lengthDays", ValidationCode.OutOfRange, 0),
            ("$.options.hardRpeThreshold", ValidationCode.OutOfRange, 11),
            ("$.checkInReports[0].trend", ValidationCode.Contradiction, Trend.Worse));
    }

    [Theory]
    [InlineData("""{"severity": "high"}""", "$.severity", ValidationCode.Malformed, null)]
    [InlineData("""{"severity": 3""", "$", ValidationCode.Malformed, null)]
    [InlineData("""{"severity": 3, "exercises": ["squat", "cartwheel"]}""", "$.exercises[1]", ValidationCode.UnknownId, "cartwheel")]
    [InlineData("""{"severity": 3, "redFlags": ["hiccups"]}""", "$.redFlags[0]", ValidationCode.UnknownId, "hiccups")]
    [InlineData("null", "$", ValidationCode.Required, null)]
    public void Reader_ValueItCannotRead_GivesTheCodeAndTheValueGiven(string json, string path, ValidationCode code, string? attempted)
    {
        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeReport(json)).Should().ThrowExactly<BackPainValidationException>().Which;

        thrown.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Path.StartsWith(path, StringComparison.Ordinal) && e.Code == code && Equals(e.AttemptedValue, attempted));
    }

    [Fact]
    public void Serialize_Null_ThrowsRatherThanWritingNull()
    {
        FluentActions.Invoking(() => BackPainJson.Serialize((SymptomReport)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BackPainJson.Serialize((Workout)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BackPainJson.Serialize((TrainingHistory)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BackPainJson.Serialize((CheckInReport)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BackPainJson.Serialize((Assessment)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BackPainJson.Serialize((RecoveryPlan)null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void DeserializeAssessment_WithOptions_AssessesWithThoseOptions()
    {
        var read = BackPainJson.DeserializeAssessment("""{"report": {"severity": 6, "popHeard": true, "character": "shooting"}, "options": {"likelyThreshold": 0.9}}""");

        read.Options.LikelyThreshold.Should().Be(0.9);
        read.TopCause.Band.Should().Be(LikelihoodBand.Possible, "a score below the 0.9 threshold from the document is only possible");
    }

    [Fact]
    public void DeserializePlan_WithOptionsAndNoCheckIns_PlansWithThoseOptions()
    {
        var read = BackPainJson.DeserializePlan($$$"""{"assessment": {"report": {{{Report}}}}, "history": {"workouts": []}, "request": {{{Request}}}, "options": {"checkInIntervalDays": 2}}""");

        read.Options.CheckInInterval.Should().Be(Days.Of(2));
        read.CheckInReports.Should().BeEmpty();
    }

    [Fact]
    public void DeserializePlan_EveryOptionGiven_PlansWithEachOfThem()
    {
        var read = BackPainJson.DeserializePlan($$$"""
            {"assessment": {"report": {{{Report}}}, "options": {"culture": "en-GB"}}, "history": {"workouts": []}, "request": {{{Request}}},
             "options": {"extraRestSmallDays": 1, "extraRestLargeDays": 2, "hardRpeThreshold": 7, "checkInIntervalDays": 3, "iceDays": 2, "heatDays": 5}}
            """);

        read.Assessment.Options.Culture.Name.Should().Be("en-GB");
        read.Options.Should().Be(new PlannerOptions
        {
            ExtraRestSmall = Days.Of(1),
            ExtraRestLarge = Days.Of(2),
            HardRpeThreshold = 7,
            CheckInInterval = Days.Of(3),
            IceDays = Days.Of(2),
            HeatDays = Days.Of(5),
        });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(365)]
    public void DeserializePlan_LengthAtEitherEndOfTheRange_IsAccepted(int length)
        => BackPainJson.DeserializePlan($$$"""{"assessment": {"report": {{{Report}}}}, "history": {"workouts": []}, "request": {"start": "2026-12-01", "lengthDays": {{{length}}}}}""")
            .Days.Should().HaveCount(length);

    [Fact]
    public void DeserializeHistory_AtMostTheMaximumWorkouts_IsAcceptedAndOneMoreIsNot()
    {
        var atLimit = History(TrainingHistory.MaxWorkouts);
        BackPainJson.DeserializeHistory(atLimit).Workouts.Should().HaveCount(TrainingHistory.MaxWorkouts);

        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeHistory(History(TrainingHistory.MaxWorkouts + 1)))
            .Should().ThrowExactly<BackPainValidationException>().Which;
        thrown.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Path == "$.workouts" && e.Message.Contains("100000", StringComparison.Ordinal));
    }

    private static string History(int count)
    {
        var json = new StringBuilder("""{"workouts": [""");
        for (var i = 0; i < count; i++)
        {
            json.Append(i == 0 ? "" : ",").Append("""{"date": "2026-12-01", "exercises": ["squat"]}""");
        }

        return json.Append("]}").ToString();
    }
}
