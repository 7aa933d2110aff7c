using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir.Tests.Support;

/// <summary>The problems <see cref="QuestionnaireResponses"/> finds in a response it refuses (the test fails if it reads it).</summary>
internal static class ResponseErrors
{
    public static List<ValidationError> OfReport(QuestionnaireResponse response)
        => [.. FluentActions.Invoking(() => QuestionnaireResponses.ToSymptomReport(response)).Should().Throw<BackPainValidationException>().Which.Errors];

    public static List<ValidationError> OfCheckIn(QuestionnaireResponse response)
        => [.. FluentActions.Invoking(() => QuestionnaireResponses.ToCheckInReport(response)).Should().Throw<BackPainValidationException>().Which.Errors];
}
