using BackPain.Core.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir.Tests;

/// <summary>
/// Each problem <see cref="QuestionnaireResponses"/> finds when reading a response, with the path, the code and the
/// message an app shows or maps to its form (the remarks of <see cref="QuestionnaireResponses"/>).
/// </summary>
public class QuestionnaireResponseReadingDetailTests
{
    private const string Negated = "https://example.org/fhir/StructureDefinition/negated";

    [Fact]
    public void ToSymptomReport_WithoutAQuestionnaire_SaysItIsRequiredAndNamesTheQuestionnaire()
    {
        var response = Report(("severity", new Integer(3)));
        response.Questionnaire = null;

        var error = ResponseErrors.OfReport(response).Single();

        error.Path.Should().Be("questionnaire");
        error.Code.Should().Be(ValidationCode.Required);
        error.Message.Should().Contain(VersionedUrl(BackPainQuestionnaires.SymptomReport())).And.EndWith("it was missing.");
    }

    [Fact]
    public void ToSymptomReport_ForAnotherQuestionnaire_SaysWhichOneItWasAndWhichOneItMustBe()
    {
        var response = Report(("severity", new Integer(3)));
        response.Questionnaire = BackPainQuestionnaires.CheckInUrl;

        var error = ResponseErrors.OfReport(response).Single();

        error.Should().Be(new ValidationError(
            "questionnaire",
            ValidationCode.NotAllowed,
            $"must name the questionnaire this response answers, {VersionedUrl(BackPainQuestionnaires.SymptomReport())} (the version may be left out); it was {BackPainQuestionnaires.CheckInUrl}.",
            BackPainQuestionnaires.CheckInUrl));
    }

    [Fact]
    public void ToSymptomReport_WithoutAStatus_SaysItIsRequired()
    {
        var response = Report(("severity", new Integer(3)));
        response.Status = null;

        var error = ResponseErrors.OfReport(response).Single();

        error.Path.Should().Be("status");
        error.Code.Should().Be(ValidationCode.Required);
        error.Message.Should().Be("must be completed or amended: only finished answers are assessed; it was missing.");
    }

    [Fact]
    public void ToSymptomReport_AnEnteredInErrorResponse_IsNotAllowed_AndNamesTheStatus()
    {
        var response = Report(("severity", new Integer(3)));
        response.Status = QuestionnaireResponse.QuestionnaireResponseStatus.EnteredInError;

        var error = ResponseErrors.OfReport(response).Single();

        error.Should().Be(new ValidationError(
            "status", ValidationCode.NotAllowed, "must be completed or amended: only finished answers are assessed; it was entered-in-error.", "entered-in-error"));
    }

    [Fact]
    public void ToSymptomReport_AnAmendedResponse_IsRead()
    {
        var response = Report(("severity", new Integer(3)));
        response.Status = QuestionnaireResponse.QuestionnaireResponseStatus.Amended;

        QuestionnaireResponses.ToSymptomReport(response).Severity.Should().Be(3);
    }

    [Fact]
    public void ToSymptomReport_AnItemWithoutALinkId_IsNamedByItsPosition()
    {
        var response = Report(("severity", new Integer(3)));
        response.Item.Add(new() { Answer = [new() { Value = new FhirBoolean(true) }] });

        var error = ResponseErrors.OfReport(response).Single();

        error.Path.Should().Be("item[1]");
        error.Code.Should().Be(ValidationCode.Required);
        error.Message.Should().Be("needs a linkId naming its question.");
    }

    [Fact]
    public void ToCheckInReport_AnUnknownLinkId_NamesTheQuestionnaireAndEveryQuestion()
    {
        var response = CheckIn(("date", new Date("2026-12-08")), ("pain", new Integer(2)), ("trend", Code("trend.better")), ("mood", new Integer(7)));

        var error = ResponseErrors.OfCheckIn(response).Single();

        error.Should().Be(new ValidationError(
            "mood",
            ValidationCode.UnknownId,
            $"is not a question of {BackPainQuestionnaires.CheckInUrl}; its questions are: date, pain, trend, clearance, newSymptoms, causesRuledOut, causesConfirmed.",
            "mood"));
    }

    [Fact]
    public void ToSymptomReport_AQuestionAnsweredInTwoItems_IsRefusedOnce_AndTheFirstAnswerIsRead()
    {
        // The first item's answer stands: the core finds no missing severity; the second item is not read at all,
        // so its out-of-range 11 is not reported either.
        var response = Report(("severity", new Integer(4)), ("severity", new Integer(11)));

        var error = ResponseErrors.OfReport(response).Single();

        error.Path.Should().Be("severity");
        error.Code.Should().Be(ValidationCode.NotAllowed);
        error.Message.Should().Be("is answered in more than one item: give each question one item, with all its answers in it.");
    }

    [Fact]
    public void ToSymptomReport_AModifierExtension_IsRefusedNamingItsUrl()
    {
        var response = Report(("severity", new Integer(3)));
        response.ModifierExtension.Add(new Extension(Negated, new FhirBoolean(true)));

        var error = ResponseErrors.OfReport(response).Single();

        error.Path.Should().Be("modifierExtension");
        error.Code.Should().Be(ValidationCode.NotAllowed);
        error.Message.Should().Be($"has a modifier extension the library does not know ({Negated}): what it changes cannot be read as if it were absent.");
        error.AttemptedValue.Should().Be(Negated);
    }

    [Fact]
    public void ToSymptomReport_SeveralModifierExtensions_AreListedInOneProblem_WithAQuestionMarkForOneWithoutUrl()
    {
        var response = Report(("severity", new Integer(3)));
        response.Item[0].ModifierExtension.Add(new Extension(Negated, new FhirBoolean(true)));
        response.Item[0].ModifierExtension.Add(new Extension { Value = new FhirBoolean(true) });

        var error = ResponseErrors.OfReport(response).Single();

        error.Path.Should().Be("severity");
        error.Message.Should().Contain($"({Negated}, ?)");
        error.AttemptedValue.Should().Be($"{Negated}, ?");
    }

    [Fact]
    public void ToSymptomReport_AnItemWithAModifierExtension_IsNotReadAtAll()
    {
        // An out-of-range severity would be the core's problem if the item were read; refused, the core does not
        // say again that the severity is missing either.
        var response = Report(("severity", new Integer(11)));
        response.Item[0].ModifierExtension.Add(new Extension(Negated, new FhirBoolean(true)));

        ResponseErrors.OfReport(response).Select(e => (e.Path, e.Code)).Should().Equal(("severity", ValidationCode.NotAllowed));
    }

    [Fact]
    public void ToSymptomReport_AnAnswerWithAModifierExtension_IsNotReadAtAll()
    {
        var response = Report(("severity", new Integer(3)));
        response.Item.Add(new()
        {
            LinkId = "redFlags",
            Answer =
            [
                new() { Value = Code("symptom.fever") },
                new() { Value = Code("symptom.noSuchSymptom"), ModifierExtension = [new Extension(Negated, new FhirBoolean(true))] },
            ],
        });

        ResponseErrors.OfReport(response).Select(e => (e.Path, e.Code)).Should().Equal(("redFlags[1]", ValidationCode.NotAllowed));
    }

    [Fact]
    public void ToSymptomReport_NestedItems_AreRefused_WithoutTheirAnswersBeingRead_OrTheCoreSayingTheAnswerIsMissing()
    {
        // The item is refused as a whole: the out-of-range 11 in it would be the core's problem if it were read.
        var nestedInItem = Report(("severity", new Integer(11)));
        nestedInItem.Item[0].Item.Add(new() { LinkId = "severity.detail" });
        var nestedInAnswer = Report(("severity", new Integer(11)));
        nestedInAnswer.Item[0].Answer[0].Item.Add(new() { LinkId = "severity.detail" });

        foreach (var response in new[] { nestedInItem, nestedInAnswer })
        {
            ResponseErrors.OfReport(response).Should().Equal(new ValidationError("severity", ValidationCode.NotAllowed, "must not hold nested items: the questionnaire has none."));
        }
    }

    [Fact]
    public void ToSymptomReport_TwoAnswersToAQuestionThatTakesOne_SaysHowManyItHad_AndReadsNeither()
    {
        // Neither answer is read: the second's wrong type is not reported, nor the severity as missing.
        var response = Report(("severity", new Integer(3)));
        response.Item[0].Answer.Add(new() { Value = new FhirString("4") });

        ResponseErrors.OfReport(response).Should().Equal(new ValidationError("severity", ValidationCode.TooMany, "takes one answer; it had 2.", 2));
    }

    [Fact]
    public void ToSymptomReport_AnAnswerWithoutAValue_NamesTheTypeExpected()
    {
        var response = Report(("severity", new Integer(3)));
        response.Item.Add(new() { LinkId = "age", Answer = [new()] });

        ResponseErrors.OfReport(response).Should().Equal(new ValidationError("age", ValidationCode.Malformed, "must be answered with valueInteger; it was empty."));
    }

    [Fact]
    public void ToSymptomReport_AYesOrNoQuestionAnsweredWithoutAValue_NamesValueBoolean()
    {
        var response = Report(("severity", new Integer(3)));
        response.Item.Add(new() { LinkId = "popHeard", Answer = [new()] });

        ResponseErrors.OfReport(response).Should().Equal(new ValidationError("popHeard", ValidationCode.Malformed, "must be answered with valueBoolean; it was empty."));
    }

    [Fact]
    public void ToSymptomReport_AChoiceAnsweredAsText_NamesValueCoding()
    {
        var response = Report(("severity", new Integer(3)), ("onset", new FhirString("onset.duringWorkout")));

        var error = ResponseErrors.OfReport(response).Single();

        error.Path.Should().Be("onset");
        error.Code.Should().Be(ValidationCode.Malformed);
        error.Message.Should().Be("must be answered with valueCoding; it was valueString.");
    }

    [Fact]
    public void ToCheckInReport_ADateAnsweredAsText_NamesValueDate()
    {
        var response = CheckIn(("date", new FhirString("2026-12-08")), ("pain", new Integer(2)), ("trend", Code("trend.better")));

        var error = ResponseErrors.OfCheckIn(response).Single();

        error.Path.Should().Be("date");
        error.Code.Should().Be(ValidationCode.Malformed);
        error.Message.Should().Be("must be answered with valueDate; it was valueString.");
    }

    [Fact]
    public void ToCheckInReport_APartialOrEmptyDate_SaysWhatItWas()
    {
        var partial = CheckIn(("date", new Date("2026-12")), ("pain", new Integer(2)), ("trend", Code("trend.better")));
        var empty = CheckIn(("date", new Date()), ("pain", new Integer(2)), ("trend", Code("trend.better")));

        ResponseErrors.OfCheckIn(partial).Should().Equal(new ValidationError("date", ValidationCode.Malformed, "must be a full date (YYYY-MM-DD); it was 2026-12.", "2026-12"));
        ResponseErrors.OfCheckIn(empty).Should().Equal(new ValidationError("date", ValidationCode.Malformed, "must be a full date (YYYY-MM-DD); it was empty."));
    }

    [Fact]
    public void ToSymptomReport_ACodingThatIsNotAnAnswerOption_SaysWhatItWas()
    {
        var response = Report(
            ("severity", new Integer(3)),
            ("onset", new Coding("http://snomed.info/sct", "386661006")),
            ("area", new Coding(null, "area.lowerBack")),
            ("legs", new Coding(BackPainCodeSystem.Url, null)),
            ("trend", Code("trend_better")));

        var errors = ResponseErrors.OfReport(response);

        errors.Select(e => (e.Path, e.Code)).Should().Equal(
            ("onset", ValidationCode.UnknownId), ("area", ValidationCode.UnknownId), ("legs", ValidationCode.UnknownId), ("trend", ValidationCode.UnknownId));
        errors[0].Message.Should().Be(
            $"must be one of the question's answer options, codes of {BackPainCodeSystem.Url}: onset.duringWorkout, onset.hoursAfter, onset.nextDayOrLater; it was http://snomed.info/sct#386661006.");
        errors[0].AttemptedValue.Should().Be("386661006");
        errors[1].Message.Should().EndWith("; it was no system#area.lowerBack.");
        errors[2].Message.Should().EndWith($"; it was {BackPainCodeSystem.Url}#no code.");
    }

    [Fact]
    public void ToCheckInReport_TheCoresProblemInAList_NamesTheAnswerAsTheResponseNumbersIt()
    {
        // domain.md: a cause cannot be both ruled out and confirmed. The core sees the confirmed causes without the
        // refused second answer, so its problem is at causesConfirmed[1]; in the response that answer is the third.
        var response = CheckIn(
            ("date", new Date("2026-12-08")),
            ("pain", new Integer(2)),
            ("trend", Code("trend.better")),
            ("causesRuledOut", Code("cause.pulledMuscle")));
        response.Item.Add(new()
        {
            LinkId = "causesConfirmed",
            Answer = [new() { Value = Code("cause.doms") }, new() { Value = Code("cause.flu") }, new() { Value = Code("cause.pulledMuscle") }],
        });

        var errors = ResponseErrors.OfCheckIn(response);

        errors.Select(e => (e.Path, e.Code)).Should().Equal(
            ("causesConfirmed[1]", ValidationCode.UnknownId), ("causesConfirmed[2]", ValidationCode.Contradiction));
        errors[1].Message.Should().Contain("pulledMuscle");
    }

    [Fact]
    public void ToSymptomReport_AnItemWithoutAnswers_IsUnanswered()
    {
        var response = Report();
        response.Item.Add(new() { LinkId = "severity" });

        ResponseErrors.OfReport(response).Select(e => (e.Path, e.Code)).Should().Equal(("severity", ValidationCode.Required));
    }

    private static string VersionedUrl(Questionnaire questionnaire) => questionnaire.Url + "|" + questionnaire.Version;

    private static Coding Code(string code) => new(BackPainCodeSystem.Url, code);

    /// <summary>A completed response to the current symptom-report questionnaire, one item per pair in order.</summary>
    private static QuestionnaireResponse Report(params (string LinkId, DataType Value)[] answers)
        => Response(BackPainQuestionnaires.SymptomReport(), answers);

    /// <summary>A completed response to the current check-in questionnaire, one item per pair in order.</summary>
    private static QuestionnaireResponse CheckIn(params (string LinkId, DataType Value)[] answers)
        => Response(BackPainQuestionnaires.CheckIn(), answers);

    private static QuestionnaireResponse Response(Questionnaire questionnaire, (string LinkId, DataType Value)[] answers)
        => new()
        {
            Questionnaire = VersionedUrl(questionnaire),
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Item = [.. answers.Select(a => new QuestionnaireResponse.ItemComponent { LinkId = a.LinkId, Answer = [new() { Value = a.Value }] })],
        };
}
