using System.Globalization;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir.Tests;

/// <summary>
/// The questionnaires' items follow the JSON Schemas in schemas/: a list field takes several answers, every other field
/// one; the required fields are the schema's "required"; and writing a response keeps what the caller asked for.
/// </summary>
public class QuestionnaireItemsFromSchemaTests
{
    [Fact]
    public void SymptomReport_OnlyTheListsTakeSeveralAnswers()
    {
        // symptom-report.schema.json: exercises and redFlags are arrays; every other field is one value.
        Repeating(BackPainQuestionnaires.SymptomReport()).Should().Equal("exercises", "redFlags");
    }

    [Fact]
    public void CheckIn_OnlyTheListsTakeSeveralAnswers_AndTheDateAndPainAreSingle()
    {
        // check-in.schema.json: newSymptoms, causesRuledOut and causesConfirmed are arrays.
        Repeating(BackPainQuestionnaires.CheckIn()).Should().Equal("newSymptoms", "causesRuledOut", "causesConfirmed");
    }

    [Fact]
    public void CheckIn_DoesNotRequireTheClearanceOrTheLists()
    {
        // check-in.schema.json requires date, pain and trend only.
        BackPainQuestionnaires.CheckIn().Item.Where(i => i.Required != true).Select(i => i.LinkId)
            .Should().Equal("clearance", "newSymptoms", "causesRuledOut", "causesConfirmed");
    }

    [Fact]
    public void FromCheckInReport_InGerman_WritesTheGermanQuestionnairesTexts()
    {
        var checkIn = new CheckInReport(new DateOnly(2026, 12, 8), 2, Trend.Better);
        var german = CultureInfo.GetCultureInfo("de");

        var response = QuestionnaireResponses.FromCheckInReport(checkIn, german);

        response.Language.Should().Be("de");
        var questions = BackPainQuestionnaires.CheckIn(german).Item.ToDictionary(i => i.LinkId!, i => i.Text);
        response.Item.Should().OnlyContain(i => i.Text == questions[i.LinkId!]);
        response.Item.Single(i => i.LinkId == "pain").Text.Should().NotBe(BackPainQuestionnaires.CheckIn().Item.Single(i => i.LinkId == "pain").Text);
    }

    [Fact]
    public void FromSymptomReport_WithACustomExercise_NamesIt()
    {
        var report = new SymptomReportBuilder { Severity = 3, Exercises = [Exercise.Squat, Exercise.Custom("Sled push", true, MuscleGroup.Quadriceps)] }.Build();

        var error = FluentActions.Invoking(() => QuestionnaireResponses.FromSymptomReport(report))
            .Should().Throw<BackPainValidationException>().Which.Errors.Single();

        error.Path.Should().Be("exercises[1]");
        error.Message.Should().Contain("'Sled push'");
        error.AttemptedValue.Should().Be("Sled push");
    }

    [Fact]
    public void FromSymptomReport_Null_NamesTheReport()
        => FluentActions.Invoking(() => QuestionnaireResponses.FromSymptomReport(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("report");

    [Fact]
    public void FromCheckInReport_Null_NamesTheCheckIn()
        => FluentActions.Invoking(() => QuestionnaireResponses.FromCheckInReport(null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("checkIn");

    private static IEnumerable<string> Repeating(Questionnaire questionnaire)
        => questionnaire.Item.Where(i => i.Repeats == true).Select(i => i.LinkId!);
}
