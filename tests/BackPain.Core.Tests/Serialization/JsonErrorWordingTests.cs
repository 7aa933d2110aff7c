using BackPain.Core.Serialization;

namespace BackPain.Core.Tests.Serialization;

/// <summary>
/// Errors in the format's own words: a word the reader does not know, where the format takes one of a few (onset,
/// trend, clearance …), gets the words allowed; a value of the wrong kind gets the JSON kind expected there. No message
/// names a .NET type.
/// </summary>
public sealed class JsonErrorWordingTests
{
    [Fact]
    public void DeserializeReport_UnknownOnset_ListsTheOnsetsAllowedWithoutATypeName()
    {
        var error = ErrorOf(() => BackPainJson.DeserializeReport("""{"severity": 3, "onset": "soon"}"""));

        error.Path.Should().Be("$.onset");
        error.Code.Should().Be(ValidationCode.UnknownId);
        error.AttemptedValue.Should().Be("soon");
        error.Message.Should().Contain("duringWorkout, hoursAfter, nextDayOrLater").And.NotContain("System.").And.NotContain("BackPain.Core");
    }

    [Fact]
    public void DeserializeCheckIn_TrendAsANumber_SaysWhichStringsAreExpected()
    {
        var error = ErrorOf(() => BackPainJson.DeserializeCheckIn("""{"date": "2026-12-01", "pain": 2, "trend": 1}"""));

        error.Path.Should().Be("$.trend");
        error.Code.Should().Be(ValidationCode.Malformed);
        error.Message.Should().Contain("better, same, worse").And.NotContain("System.");
    }

    [Fact]
    public void DeserializeCheckIn_ClearanceInAnotherCase_IsRead()
    {
        // As System.Text.Json's own enum converter did: the case of a known word does not matter on reading.
        BackPainJson.DeserializeCheckIn("""{"date": "2026-12-01", "pain": 2, "trend": "Same", "clearance": "LIGHTACTIVITY"}""")
            .Clearance.Should().Be(Clearance.LightActivity);
    }

    [Theory]
    [InlineData("[]", "$", "a JSON object")]
    [InlineData("""{"severity": 3, "painDurationDays": "P1D"}""", "$.painDurationDays", "a whole number")]
    [InlineData("""{"severity": "three"}""", "$.severity", "a whole number")]
    [InlineData("""{"severity": 3, "popHeard": "yes"}""", "$.popHeard", "true or false")]
    [InlineData("""{"severity": 3, "exercises": "squat"}""", "$.exercises", "a JSON array")]
    public void DeserializeReport_AValueOfTheWrongKind_SaysTheKindExpectedWithoutATypeName(string json, string path, string expected)
    {
        var error = ErrorOf(() => BackPainJson.DeserializeReport(json));

        error.Path.Should().Be(path);
        error.Code.Should().Be(ValidationCode.Malformed);
        error.Message.Should().Contain(expected).And.NotContain("System.").And.NotContain("BackPain.Core").And.NotContain("`1");
    }

    [Theory]
    [InlineData("\"1.00:00:00\"")]
    [InlineData("\"P1D\"")]
    [InlineData("1")]
    public void DeserializeReport_TheRetiredPainDuration_SaysToWriteWholeDaysInPainDurationDays(string duration)
    {
        // Issue 14: one duration convention, whole days as numbers with the unit in the name; the old form gets a clear message.
        var error = ErrorOf(() => BackPainJson.DeserializeReport($$"""{"severity": 3, "painDuration": {{duration}}}"""));

        error.Path.Should().Be("$.painDuration");
        error.Code.Should().Be(ValidationCode.NotAllowed);
        error.Message.Should().Contain("painDurationDays").And.Contain("whole days").And.NotContain("System.");
    }

    private static ValidationError ErrorOf(Action read)
        => read.Should().Throw<BackPainValidationException>().Which.Errors.Should().ContainSingle().Subject;
}
