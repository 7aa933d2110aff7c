using System.Text;
using System.Text.Json;
using BackPain.Core.Serialization;
using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Serialization;

/// <summary>
/// The details of tolerant reading that a host relies on when it shows a bad document's problems: the cap of 100
/// unreadable values, the JSON kind each wrong value should have been, field names that System.Text.Json quotes in a
/// path, and the message a plain <see cref="JsonSerializer"/> call gives.
/// </summary>
public sealed class JsonReadingDetailTests
{
    [Fact]
    public void DeserializeReport_MoreThanAHundredUnreadableValues_ListsTheFirstHundredAndSaysItStopped()
    {
        var json = "{\"severity\": 3, \"redFlags\": [" + string.Join(", ", Enumerable.Repeat("7", 150)) + "]}";

        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeReport(json)).Should().ThrowExactly<BackPainValidationException>().Which;

        thrown.Errors.Should().HaveCount(101);
        thrown.Errors.Take(100).Select(e => e.Path).Should().Equal(Enumerable.Range(0, 100).Select(i => $"$.redFlags[{i}]"));
        var stopped = thrown.Errors[^1];
        stopped.Path.Should().Be("$");
        stopped.Code.Should().Be(ValidationCode.TooMany);
        stopped.Message.Should().Contain("100").And.Contain("stopped");
    }

    [Fact]
    public void DeserializeReport_AnExerciseThatIsANumber_SaysAnIdStringOrACustomObjectIsExpectedAtItsPath()
    {
        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeReport("""{"severity": 3, "exercises": ["squat", 7]}"""))
            .Should().ThrowExactly<BackPainValidationException>().Which;

        var error = thrown.Errors.Should().ContainSingle().Which;
        error.Path.Should().Be("$.exercises[1]");
        error.Code.Should().Be(ValidationCode.Malformed);
        error.Message.Should().Contain("exercise id as a string").And.Contain("custom exercise as an object");
    }

    public static TheoryData<string, string, string, string> WrongKinds() => new()
    {
        // reader, document, path, the JSON kind the message must name
        { "workout", """{"date": 20261201, "exercises": ["squat"]}""", "$.date", "Expected a date as \"yyyy-mm-dd\"." },
        { "assessment", """{"report": {"severity": 3}, "options": {"likelyThreshold": "high"}}""", "$.options.likelyThreshold", "Expected a number." },
        { "report", """{"severity": 3, "exercises": [{"name": 5, "primaryMuscles": ["lowerBack"]}]}""", "$.exercises[0].name", "Expected a string." },
    };

    [Theory]
    [MemberData(nameof(WrongKinds))]
    public void Reader_AValueOfTheWrongJsonKind_SaysTheKindExpectedThereAtItsPath(string reader, string json, string path, string message)
    {
        var thrown = FluentActions.Invoking(() => JsonReaders.Read(reader, json)).Should().ThrowExactly<BackPainValidationException>().Which;

        var error = thrown.Errors.Should().ContainSingle().Which;
        error.Path.Should().Be(path);
        error.Code.Should().Be(ValidationCode.Malformed);
        error.Message.Should().Be(message);
    }

    [Theory]
    [InlineData("red flags", "$['red flags']")]
    [InlineData("my.onset", "$['my.onset']")]
    public void DeserializeReport_AnUnknownFieldWhoseNameNeedsQuotingInAPath_IsNotAllowedAtItsQuotedPath(string field, string path)
    {
        var json = "{\"severity\": 3, \"" + field + "\": true}";

        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeReport(json)).Should().ThrowExactly<BackPainValidationException>().Which;

        var error = thrown.Errors.Should().ContainSingle().Which;
        error.Path.Should().Be(path);
        error.Code.Should().Be(ValidationCode.NotAllowed);
        error.AttemptedValue.Should().Be(field);
        error.Message.Should().Contain("is not a known field").And.Contain("redFlags").And.Contain("severity");
    }

    [Fact]
    public void DeserializeReport_AnUnknownFieldWithAQuoteBracketThenADotInItsName_IsNotAllowedWithTheFieldsAllowed()
    {
        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeReport("""{"severity": 3, "a'] x.y": 1}"""))
            .Should().ThrowExactly<BackPainValidationException>().Which;

        var error = thrown.Errors.Should().ContainSingle().Which;
        error.Code.Should().Be(ValidationCode.NotAllowed);
        error.Message.Should().Contain("is not a known field").And.Contain("severity");
    }

    [Theory]
    [InlineData("a'].b")]
    [InlineData("a'][0]")]
    [InlineData("severity'].x")]
    [InlineData("a.x']y")]
    [InlineData("a'].x['")]
    public void DeserializeReport_AnUnknownFieldWithAQuoteAndABracketInItsName_IsOneNameNotAPath(string field)
    {
        // System.Text.Json quotes such a name as it is ($['a'].b']); it must not read as a path into another field.
        var json = "{\"severity\": 3, \"" + field + "\": 1}";

        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeReport(json)).Should().ThrowExactly<BackPainValidationException>().Which;

        var error = thrown.Errors.Should().ContainSingle().Which;
        error.Path.Should().Be($"$['{field}']");
        error.Code.Should().Be(ValidationCode.NotAllowed);
        error.AttemptedValue.Should().Be(field);
        error.Message.Should().Contain("is not a known field").And.Contain("severity");
    }

    [Fact]
    public void DeserializeAssessment_AnUnknownFieldNamedLikeAPathIntoTheReport_IsOneUnknownFieldNotAPath()
    {
        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeAssessment("""{"report'].x": 1}"""))
            .Should().ThrowExactly<BackPainValidationException>().Which;

        thrown.Errors.Should().ContainSingle(e => e.Code == ValidationCode.NotAllowed)
            .Which.AttemptedValue.Should().Be("report'].x");
        thrown.Errors.Should().NotContain(e => e.Message.Contains("100", StringComparison.Ordinal), "one unknown field is one problem");
    }

    [Fact]
    public void DeserializeWorkout_NoExercises_SaysItNeedsAtLeastOneExercise()
    {
        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeWorkout("""{"date": "2026-12-01"}"""))
            .Should().ThrowExactly<BackPainValidationException>().Which;

        var error = thrown.Errors.Should().ContainSingle().Which;
        error.Path.Should().Be("$.exercises");
        error.Code.Should().Be(ValidationCode.Required);
        error.Message.Should().Contain("at least one exercise");
    }

    [Fact]
    public void PlainDeserialize_TwoProblems_MessageListsEachWithItsPathSeparatedBySemicolons()
    {
        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize<Workout>("""{"exercises": ["squat"], "rpe": 11}"""))
            .Should().Throw<JsonException>().Which;

        var errors = thrown.InnerException.Should().BeOfType<BackPainValidationException>().Which.Errors;
        errors.Select(e => e.Path).Should().Equal("date", "rpe");
        thrown.Message.Should().Be($"date: {errors[0].Message}; rpe: {errors[1].Message}");
    }

    [Fact]
    public void PlainDeserialize_InvalidUtf8InAString_NamesTheWholeDocumentAsNotUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"date": "2026-12-01", "pain": 2, "trend": "X"}""");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;

        var thrown = FluentActions.Invoking(() => JsonSerializer.Deserialize<CheckInReport>(bytes)).Should().Throw<JsonException>().Which;

        var error = thrown.InnerException.Should().BeOfType<BackPainValidationException>().Which.Errors.Should().ContainSingle().Which;
        error.Path.Should().BeEmpty();
        error.Code.Should().Be(ValidationCode.Malformed);
        error.Message.Should().Contain("not valid UTF-8");
    }
}
