using System.Text.Json;
using BackPain.Core;
using BackPain.Samples.Web.Api;

namespace BackPain.Samples.Web.Tests.Api;

/// <summary>How the API turns a reader's refusal into problems with paths: from the structured list when the reader gives one, else from its message.</summary>
public sealed class RequestErrorsTests
{
    [Fact]
    public void AddFrom_AJsonExceptionCarryingTheLibrarysList_PlacesEveryProblemUnderThePartWithItsCode()
    {
        var validation = new BackPainValidationException("symptom report", [
            new ValidationError("$.severity", ValidationCode.OutOfRange, "must be between 0 and 10 inclusive; it was 11."),
            new ValidationError("exercises[1]", ValidationCode.UnknownId, "is not a known exercise."),
        ]);
        var errors = new RequestErrors();

        errors.AddFrom(new JsonException(validation.Message, validation), "$.report");

        errors.All.Select(e => (e.Path, e.Code)).Should().Equal(
            ("$.report.severity", ValidationCode.OutOfRange),
            ("$.report.exercises[1]", ValidationCode.UnknownId));
    }

    [Fact]
    public void AddFrom_AJsonExceptionWithOnlyAMessage_GivesOneMalformedProblemWithoutThePositionSuffix()
    {
        var errors = new RequestErrors();

        errors.AddFrom(new JsonException("'}' is an invalid start of a value. Path: $ | LineNumber: 0 | BytePositionInLine: 14."), "$.history");

        errors.All.Should().ContainSingle().Which.Should().Be(
            new ValidationError("$.history", ValidationCode.Malformed, "'}' is an invalid start of a value."));
    }
}
