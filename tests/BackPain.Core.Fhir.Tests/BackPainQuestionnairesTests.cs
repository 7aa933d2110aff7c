using System.Globalization;
using BackPain.Core.Serialization;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir.Tests;

public class BackPainQuestionnairesTests
{
    public static TheoryData<string> Cultures => ["", "de", "es"];

    private static IEnumerable<Questionnaire.ItemComponent> Questions(Questionnaire q) => q.Item.Where(i => i.Type != Questionnaire.QuestionnaireItemType.Display);

    private static string[] SchemaFields(Type document) => [.. BackPainJsonSchema.For(document)["properties"]!.AsObject().Select(p => p.Key)];

    [Theory]
    [MemberData(nameof(Cultures))]
    public void SymptomReport_ValidatesAgainstTheR4Specification(string culture)
        => FhirValidation.Errors(BackPainQuestionnaires.SymptomReport(CultureInfo.GetCultureInfo(culture))).Should().BeEmpty();

    [Theory]
    [MemberData(nameof(Cultures))]
    public void CheckIn_ValidatesAgainstTheR4Specification(string culture)
        => FhirValidation.Errors(BackPainQuestionnaires.CheckIn(CultureInfo.GetCultureInfo(culture))).Should().BeEmpty();

    [Fact]
    public void SymptomReport_AsksEveryFieldTheJsonReaderKnows_AndNothingElse_InItsOrder()
    {
        var linkIds = Questions(BackPainQuestionnaires.SymptomReport()).Select(i => i.LinkId);

        // domain.md §2, in the order of the JSON format.
        linkIds.Should().Equal(
            "severity", "onset", "character", "area", "popHeard", "hardToStandUp", "unableToStandOrWalk", "legs", "suddenJerk",
            "exercises", "postureBrokeDown", "musclesTight", "recursAfterSessions", "painOnBothSides", "hardOrUnaccustomedWorkout",
            "painDurationDays", "trend", "redFlags", "age");
        linkIds.Should().Equal(SchemaFields(typeof(SymptomReport)));
    }

    [Fact]
    public void CheckIn_AsksEveryFieldTheJsonReaderKnows_AndNothingElse_InItsOrder()
    {
        var linkIds = Questions(BackPainQuestionnaires.CheckIn()).Select(i => i.LinkId);

        linkIds.Should().Equal("date", "pain", "trend", "clearance", "newSymptoms", "causesRuledOut", "causesConfirmed");
        linkIds.Should().Equal(SchemaFields(typeof(CheckInReport)));
    }

    [Fact]
    public void SymptomReport_RequiresOnlyTheSeverity_WithItsRangeZeroToTen()
    {
        var q = BackPainQuestionnaires.SymptomReport();

        q.Item.Where(i => i.Required == true).Select(i => i.LinkId).Should().Equal("severity");
        var severity = q.Item.Single(i => i.LinkId == "severity");
        severity.Type.Should().Be(Questionnaire.QuestionnaireItemType.Integer);
        severity.GetExtensionValue<Integer>("http://hl7.org/fhir/StructureDefinition/minValue").Value.Should().Be(0);
        severity.GetExtensionValue<Integer>("http://hl7.org/fhir/StructureDefinition/maxValue").Value.Should().Be(10);
    }

    [Fact]
    public void SymptomReport_GivesTheRangesOfPainDurationAndAge()
    {
        var q = BackPainQuestionnaires.SymptomReport();

        Range(q, "painDurationDays").Should().Be((0, SymptomReport.MaxPainDurationDays));
        Range(q, "age").Should().Be((0, 130));
    }

    [Fact]
    public void CheckIn_RequiresDatePainAndTrend()
    {
        var q = BackPainQuestionnaires.CheckIn();

        q.Item.Where(i => i.Required == true).Select(i => i.LinkId).Should().Equal("date", "pain", "trend");
        q.Item.Single(i => i.LinkId == "date").Type.Should().Be(Questionnaire.QuestionnaireItemType.Date);
        Range(q, "pain").Should().Be((0, 10));
    }

    [Fact]
    public void SymptomReport_AsksYesNoQuestionsAsBooleans_NotRequired_BecauseUnansweredMeansNo()
    {
        var q = BackPainQuestionnaires.SymptomReport();

        q.Item.Where(i => i.Type == Questionnaire.QuestionnaireItemType.Boolean).Select(i => i.LinkId).Should().Equal(
            "popHeard", "hardToStandUp", "unableToStandOrWalk", "suddenJerk", "postureBrokeDown", "musclesTight",
            "recursAfterSessions", "painOnBothSides", "hardOrUnaccustomedWorkout");
        q.Item.Where(i => i.Type == Questionnaire.QuestionnaireItemType.Boolean).Should().OnlyContain(i => i.Required != true);
    }

    [Fact]
    public void SymptomReport_AsksThePainsCharacterOnlyWhenThereIsPain_AndNothingElseDependsOnAnotherAnswer()
    {
        var q = BackPainQuestionnaires.SymptomReport();

        // domain.md §2: a character must be left empty when severity is 0.
        q.Item.Where(i => i.EnableWhen.Count > 0).Select(i => i.LinkId).Should().Equal("character");
        var condition = q.Item.Single(i => i.LinkId == "character").EnableWhen.Single();
        condition.Question.Should().Be("severity");
        condition.Operator.Should().Be(Questionnaire.QuestionnaireItemOperator.GreaterThan);
        ((Integer)condition.Answer).Value.Should().Be(0);
        BackPainQuestionnaires.CheckIn().Item.Should().OnlyContain(i => i.EnableWhen.Count == 0);
    }

    [Fact]
    public void SymptomReport_OffersTheRedFlagQuestions_WithTheCoresTexts_AndAHelpText()
    {
        var redFlags = BackPainQuestionnaires.SymptomReport().Item.Single(i => i.LinkId == "redFlags");

        redFlags.Type.Should().Be(Questionnaire.QuestionnaireItemType.Choice);
        redFlags.Repeats.Should().BeTrue();
        var options = redFlags.AnswerOption.Select(o => (Coding)o.Value).ToList();
        options.Select(c => c.Code).Should().Equal(Symptom.RedFlagQuestions.Select(s => "symptom." + s.Id));
        options.Select(c => c.Display).Should().Equal(Symptom.RedFlagQuestions.Select(s => BackPainAssessor.Default.Texts.Text(s)));
        options.Should().OnlyContain(c => c.System == BackPainCodeSystem.Url);
        var help = redFlags.Item.Single();
        help.Type.Should().Be(Questionnaire.QuestionnaireItemType.Display);
        help.GetExtensionValue<CodeableConcept>("http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl").Coding.Single().Code.Should().Be("help");
        help.Text.Should().Contain("warning sign");
    }

    [Fact]
    public void SymptomReport_OffersEveryCatalogueExercise_AndTheClosedListsInTheJsonWords()
    {
        var q = BackPainQuestionnaires.SymptomReport();

        Codes(q, "exercises").Should().Equal(Exercise.All.Select(e => "exercise." + e.Id));
        Codes(q, "onset").Should().Equal("onset.duringWorkout", "onset.hoursAfter", "onset.nextDayOrLater");
        Codes(q, "character").Should().Equal("character.dullAche", "character.sharp", "character.shooting");
        Codes(q, "area").Should().Equal("area.lowerBack", "area.upperBack", "area.wholeBack");
        Codes(q, "legs").Should().Equal("legs.none", "legs.oneLeg", "legs.bothLegs");
        Codes(q, "trend").Should().Equal("trend.better", "trend.same", "trend.worse");
    }

    [Fact]
    public void CheckIn_OffersTheSymptomsACheckInAllows_AndTheCauses()
    {
        var q = BackPainQuestionnaires.CheckIn();

        Codes(q, "newSymptoms").Should().Equal(CheckInReport.SymptomsAllowed.Select(s => "symptom." + s.Id));
        Codes(q, "causesRuledOut").Should().Equal(Cause.All.Select(c => "cause." + c.Id));
        Codes(q, "causesConfirmed").Should().Equal(Cause.All.Select(c => "cause." + c.Id));
        Codes(q, "clearance").Should().Equal("clearance.none", "clearance.lightActivity", "clearance.fullTraining");
    }

    [Fact]
    public void Questionnaires_HaveACanonicalUrlAndThePackagesVersion_AndSayTheyAreNotADiagnosis()
    {
        var report = BackPainQuestionnaires.SymptomReport();
        var checkIn = BackPainQuestionnaires.CheckIn();

        report.Url.Should().Be(BackPainQuestionnaires.SymptomReportUrl).And.StartWith("https://backpain-core.invalid/");
        checkIn.Url.Should().Be(BackPainQuestionnaires.CheckInUrl);
        report.Version.Should().Be(checkIn.Version).And.Be(typeof(BackPainQuestionnaires).Assembly.GetName().Version!.ToString(3));
        report.Description.Should().Contain("not a diagnosis");
        checkIn.Description.Should().Contain("not a diagnosis");
    }

    [Fact]
    public void SymptomReport_InGerman_AsksInGerman_WithTheCoresGermanNames_AndTheSameCodes()
    {
        var english = BackPainQuestionnaires.SymptomReport();
        var german = BackPainQuestionnaires.SymptomReport(CultureInfo.GetCultureInfo("de-DE"));

        german.Language.Should().Be("de");
        german.Item.Single(i => i.LinkId == "severity").Text.Should().Be("Wie stark ist der Schmerz jetzt, von 0 (kein Schmerz) bis 10 (der schlimmste vorstellbare Schmerz)?");
        Codes(german, "exercises").Should().Equal(Codes(english, "exercises"));
        var squat = german.Item.Single(i => i.LinkId == "exercises").AnswerOption.Select(o => (Coding)o.Value).Single(c => c.Code == "exercise.squat");
        squat.Display.Should().Be(new BackPainAssessor(new AssessorOptions { Culture = CultureInfo.GetCultureInfo("de") }).Texts.Name(Exercise.Squat));
        german.Description.Should().Contain("keine Diagnose");
    }

    [Fact]
    public void SymptomReport_InSpanish_AsksEveryQuestionInSpanish()
    {
        var english = BackPainQuestionnaires.SymptomReport();
        var spanish = BackPainQuestionnaires.SymptomReport(CultureInfo.GetCultureInfo("es"));

        spanish.Language.Should().Be("es");
        spanish.Item.Select(i => i.Text).Should().NotIntersectWith(english.Item.Select(i => i.Text));
    }

    [Fact]
    public void SymptomReport_InAnotherCulture_IsEnglish()
        => BackPainQuestionnaires.SymptomReport(CultureInfo.GetCultureInfo("fr")).Language.Should().Be("en");

    private static (int?, int?) Range(Questionnaire q, string linkId)
    {
        var item = q.Item.Single(i => i.LinkId == linkId);
        return (item.GetExtensionValue<Integer>("http://hl7.org/fhir/StructureDefinition/minValue")?.Value,
            item.GetExtensionValue<Integer>("http://hl7.org/fhir/StructureDefinition/maxValue")?.Value);
    }

    private static IEnumerable<string> Codes(Questionnaire q, string linkId)
        => q.Item.Single(i => i.LinkId == linkId).AnswerOption.Select(o => ((Coding)o.Value).Code!);
}
