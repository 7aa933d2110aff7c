using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir.Tests;

public class FhirValidationTests
{
    [Fact]
    public void Validator_RejectsAQuestionnaireWithoutItsRequiredStatus()
    {
        // Guards the guard: the validator is loaded from the offline specification and reports a broken resource.
        var broken = new Questionnaire { Url = "https://example.org/q" };

        FhirValidation.Errors(broken).Should().NotBeEmpty();
    }

    [Fact]
    public void Validator_AcceptsAMinimalValidQuestionnaire()
    {
        var valid = new Questionnaire { Url = "https://example.org/q", Status = PublicationStatus.Draft };

        FhirValidation.Errors(valid).Should().BeEmpty();
    }
}
