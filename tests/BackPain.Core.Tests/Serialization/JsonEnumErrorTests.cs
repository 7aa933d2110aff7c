using BackPain.Core.Serialization;

namespace BackPain.Core.Tests.Serialization;

/// <summary>
/// A word the reader does not know, where the format takes one of a few words (onset, trend, clearance …), gets a
/// message that lists the words allowed, in the format's own spelling, and never a .NET type name.
/// </summary>
public sealed class JsonEnumErrorTests
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

    private static ValidationError ErrorOf(Action read)
        => read.Should().Throw<BackPainValidationException>().Which.Errors.Should().ContainSingle().Subject;
}
