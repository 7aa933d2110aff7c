using System.Diagnostics;
using System.Globalization;
using BackPain.Core.Fhir.Tests.Support;
using CsCheck;
using Hl7.Fhir.Model;
using Xunit.Abstractions;

namespace BackPain.Core.Fhir.Tests;

public class QuestionnaireResponsesTests(ITestOutputHelper output)
{
    /// <summary>Every how many generated responses the validator checks one; the round trip runs for all.</summary>
    private static readonly int ValidateEvery = FhirValidation.Every(20);

    public static TheoryData<string> ReportExamples => Reports.ReportExamples;

    public static TheoryData<string> CheckInExamples => Reports.CheckInExamples;

    [Theory]
    [MemberData(nameof(ReportExamples))]
    public void ExampleStory_AsAResponse_ValidatesAndReadsBackEqual(string example)
    {
        var report = Reports.Example(example);

        var response = QuestionnaireResponses.FromSymptomReport(report);

        FhirValidation.Errors(response).Should().BeEmpty();
        QuestionnaireResponses.ToSymptomReport(response).Should().Be(report);
        QuestionnaireResponses.ToSymptomReport(FhirJson.Parse<QuestionnaireResponse>(FhirJson.Serialize(response))).Should().Be(report);
    }

    [Theory]
    [MemberData(nameof(CheckInExamples))]
    public void ExampleCheckIn_AsAResponse_ValidatesAndReadsBackEqual(string example)
    {
        var checkIn = Reports.ExampleCheckIn(example);

        var response = QuestionnaireResponses.FromCheckInReport(checkIn);

        FhirValidation.Errors(response).Should().BeEmpty();
        QuestionnaireResponses.ToCheckInReport(response).Should().Be(checkIn);
    }

    [Fact]
    public void GeneratedReports_AsResponses_ReadBackEqual_AndASampleValidates()
    {
        var count = 0;
        var validating = new Stopwatch();
        Reports.ValidReports.Sample(
            report =>
            {
                var response = QuestionnaireResponses.FromSymptomReport(report);
                QuestionnaireResponses.ToSymptomReport(response).Should().Be(report);
                if (Interlocked.Increment(ref count) % ValidateEvery == 0)
                {
                    lock (validating)
                    {
                        validating.Start();
                        FhirValidation.Errors(response).Should().BeEmpty();
                        validating.Stop();
                    }
                }
            },
            iter: Reports.Iterations,
            threads: 1);

        count.Should().Be(Reports.Iterations);
        output.WriteLine($"{count} round trips; {count / ValidateEvery} validated in {validating.Elapsed.TotalSeconds:0.0} s");
    }

    [Fact]
    public void GeneratedCheckIns_AsResponses_ReadBackEqual_AndASampleValidates()
    {
        var count = 0;
        Reports.ValidCheckIns.Sample(
            checkIn =>
            {
                var response = QuestionnaireResponses.FromCheckInReport(checkIn);
                QuestionnaireResponses.ToCheckInReport(response).Should().Be(checkIn);
                if (Interlocked.Increment(ref count) % ValidateEvery == 0)
                {
                    FhirValidation.Errors(response).Should().BeEmpty();
                }
            },
            iter: Reports.Iterations,
            threads: 1);
    }

    [Fact]
    public void FromSymptomReport_AnswersEachAnsweredFieldOnce_AndLeavesOutTheUnanswered()
    {
        var report = new SymptomReportBuilder { Severity = 0, Exercises = [Exercise.Squat, Exercise.Deadlift] }.Build();

        var response = QuestionnaireResponses.FromSymptomReport(report);

        response.Questionnaire.Should().Be(BackPainQuestionnaires.SymptomReportUrl + "|" + BackPainQuestionnaires.SymptomReport().Version);
        response.Status.Should().Be(QuestionnaireResponse.QuestionnaireResponseStatus.Completed);
        response.Item.Select(i => i.LinkId).Should().NotContain(["onset", "character", "painDurationDays", "trend", "redFlags", "age"]);
        response.Item.Single(i => i.LinkId == "exercises").Answer.Select(a => ((Coding)a.Value!).Code).Should().Equal("exercise.squat", "exercise.deadlift");
        response.Item.Single(i => i.LinkId == "area").Answer.Single().Value.Should().BeOfType<Coding>().Which.Code.Should().Be("area.lowerBack");
    }

    [Fact]
    public void FromSymptomReport_InSpanish_WritesSpanishTexts_AndReadsBackTheSame()
    {
        var report = Reports.Example("pulled-muscle");

        var response = QuestionnaireResponses.FromSymptomReport(report, CultureInfo.GetCultureInfo("es"));

        response.Language.Should().Be("es");
        response.Item.Single(i => i.LinkId == "onset").Text.Should().Be("¿Cuándo empezó el dolor?");
        QuestionnaireResponses.ToSymptomReport(response).Should().Be(report);
    }

    [Fact]
    public void FromSymptomReport_WithCustomExercises_ThrowsNamingEachOne()
    {
        var report = new SymptomReportBuilder
        {
            Severity = 3,
            Exercises = [Exercise.Custom("Sled push", true, MuscleGroup.Quadriceps), Exercise.Squat, Exercise.Custom("Tyre flip", true, MuscleGroup.LowerBack)],
        }.Build();

        var act = () => QuestionnaireResponses.FromSymptomReport(report);

        act.Should().Throw<BackPainValidationException>().Which.Errors.Select(e => (e.Path, e.Code))
            .Should().Equal(("exercises[0]", ValidationCode.NotAllowed), ("exercises[2]", ValidationCode.NotAllowed));
    }

    [Fact]
    public void ToSymptomReport_WithoutAnswers_NamesTheMissingSeverity()
        => Problems(Response()).Should().Equal(("severity", ValidationCode.Required));

    [Fact]
    public void ToSymptomReport_ValuesOutOfRange_ListsEachWithItsLinkIdAndRange()
    {
        var response = Response(("severity", new Integer(11)), ("painDurationDays", new Integer(-1)), ("age", new Integer(131)));

        var errors = ResponseErrors.OfReport(response);

        errors.Select(e => (e.Path, e.Code)).Should().Equal(
            ("severity", ValidationCode.OutOfRange), ("painDurationDays", ValidationCode.OutOfRange), ("age", ValidationCode.OutOfRange));
        errors[0].Message.Should().Contain("between 0 and 10");
        errors[1].Message.Should().Contain("between 0 and 3650");
        errors[2].Message.Should().Contain("between 0 and 130");
    }

    [Fact]
    public void ToSymptomReport_UnknownLinkIdsAndWrongTypes_ListsEveryProblem()
    {
        var response = Response(
            ("severity", new FhirString("5")),
            ("red_flags", new FhirBoolean(true)),
            ("popHeard", new Integer(1)),
            ("onset", new Coding(BackPainCodeSystem.Url, "onset.lastWeek")));

        var errors = ResponseErrors.OfReport(response);

        errors.Select(e => (e.Path, e.Code)).Should().Equal(
            ("severity", ValidationCode.Malformed),
            ("red_flags", ValidationCode.UnknownId),
            ("popHeard", ValidationCode.Malformed),
            ("onset", ValidationCode.UnknownId));
        errors[0].Message.Should().Be("must be answered with valueInteger; it was valueString.");
        errors[1].Message.Should().Contain("severity, onset, character");
        errors[3].Message.Should().Contain("onset.duringWorkout, onset.hoursAfter, onset.nextDayOrLater");
    }

    [Fact]
    public void ToSymptomReport_AnswerToAnotherQuestionnaireOrVersion_IsRefused()
    {
        var other = Response(("severity", new Integer(3)));
        other.Questionnaire = "https://example.org/Questionnaire/back-pain";
        var older = Response(("severity", new Integer(3)));
        older.Questionnaire = BackPainQuestionnaires.SymptomReportUrl + "|0.0.1";
        var checkIn = Response(("severity", new Integer(3)));
        checkIn.Questionnaire = BackPainQuestionnaires.CheckInUrl;

        Problems(other).Should().Equal(("questionnaire", ValidationCode.NotAllowed));
        Problems(older).Should().Equal(("questionnaire", ValidationCode.NotAllowed));
        Problems(checkIn).Should().Equal(("questionnaire", ValidationCode.NotAllowed));
    }

    [Fact]
    public void ToSymptomReport_WithoutTheVersion_IsReadAsTheCurrentQuestionnaire()
    {
        var response = Response(("severity", new Integer(3)));
        response.Questionnaire = BackPainQuestionnaires.SymptomReportUrl;

        QuestionnaireResponses.ToSymptomReport(response).Severity.Should().Be(3);
    }

    [Fact]
    public void ToSymptomReport_AnUnfinishedResponse_IsRefused()
    {
        var response = Response(("severity", new Integer(3)));
        response.Status = QuestionnaireResponse.QuestionnaireResponseStatus.InProgress;

        ResponseErrors.OfReport(response).Single().Should().Match<ValidationError>(e => e.Path == "status" && e.Message.Contains("in-progress"));
    }

    [Fact]
    public void ToSymptomReport_RepeatedItemsTooManyAnswersAndBadCodes_ListsEachWithTheAnswerNumber()
    {
        var response = Response(
            ("severity", new Integer(4)),
            ("trend", new Coding(BackPainCodeSystem.Url, "trend.better")),
            ("redFlags", new Coding(BackPainCodeSystem.Url, "symptom.fever")),
            ("redFlags", new Coding(BackPainCodeSystem.Url, "symptom.popHeard")),
            ("redFlags", new Coding("http://snomed.info/sct", "386661006")));
        response.Item.Single(i => i.LinkId == "trend").Answer.Add(new() { Value = new Coding(BackPainCodeSystem.Url, "trend.worse") });
        response.Item.Add(new() { LinkId = "severity", Answer = [new() { Value = new Integer(5) }] });

        Problems(response).Should().Equal(
            ("trend", ValidationCode.TooMany),
            ("redFlags[1]", ValidationCode.UnknownId),
            ("redFlags[2]", ValidationCode.UnknownId),
            ("severity", ValidationCode.NotAllowed));
    }

    [Fact]
    public void ToSymptomReport_UnknownModifierExtensions_AreRefusedWhereTheyStand_NotReadAsIfAbsent()
    {
        // R4: content whose meaning an unknown modifier changes must not be processed as if the modifier were absent;
        // a red-flag answer marked "negated" is not a yes. The response's, an item's and an answer's are each refused.
        var negated = new Extension("https://example.org/fhir/StructureDefinition/negated", new FhirBoolean(true));
        var response = Response(
            ("severity", new Integer(4)),
            ("trend", new Coding(BackPainCodeSystem.Url, "trend.better")),
            ("redFlags", new Coding(BackPainCodeSystem.Url, "symptom.fever")),
            ("redFlags", new Coding(BackPainCodeSystem.Url, "symptom.saddleNumbness")));
        response.ModifierExtension.Add((Extension)negated.DeepCopy());
        response.Item.Single(i => i.LinkId == "trend").ModifierExtension.Add((Extension)negated.DeepCopy());
        response.Item.Single(i => i.LinkId == "redFlags").Answer[1].ModifierExtension.Add((Extension)negated.DeepCopy());

        Problems(response).Should().Equal(
            ("modifierExtension", ValidationCode.NotAllowed),
            ("trend", ValidationCode.NotAllowed),
            ("redFlags[1]", ValidationCode.NotAllowed));
    }

    [Fact]
    public void ToSymptomReport_ACharacterWithNoPain_IsTheCoresContradiction()
    {
        var response = Response(("severity", new Integer(0)), ("character", new Coding(BackPainCodeSystem.Url, "character.sharp")));

        Problems(response).Should().Equal(("character", ValidationCode.Contradiction));
    }

    [Fact]
    public void ToSymptomReport_ARefusedAnswerInAList_StillGetsTheCoresChecksOfTheOthers()
    {
        var exercises = Enumerable.Repeat<(string, DataType)>(("exercises", new Coding(BackPainCodeSystem.Url, "exercise.squat")), SymptomReport.MaxExercises + 1);
        var response = Response([("severity", new Integer(2)), ("exercises", new FhirString("squat")), .. exercises]);

        Problems(response).Should().Equal(("exercises[0]", ValidationCode.Malformed), ("exercises", ValidationCode.TooMany));
    }

    [Fact]
    public void ToCheckInReport_MissingRequiredAnswersAndABadDate_ListsEveryProblem()
    {
        var response = Response(("date", new Date("2026-12")), ("clearance", new Coding(BackPainCodeSystem.Url, "clearance.fullTraining")));
        response.Questionnaire = BackPainQuestionnaires.CheckInUrl;

        var errors = FluentActions.Invoking(() => QuestionnaireResponses.ToCheckInReport(response))
            .Should().Throw<BackPainValidationException>().Which.Errors;

        errors.Select(e => (e.Path, e.Code)).Should().Equal(
            ("date", ValidationCode.Malformed), ("pain", ValidationCode.Required), ("trend", ValidationCode.Required));
    }

    [Fact]
    public void ToCheckInReport_PainZeroGettingWorse_IsTheCoresContradiction()
    {
        var response = Response(("date", new Date("2026-12-08")), ("pain", new Integer(0)), ("trend", new Coding(BackPainCodeSystem.Url, "trend.worse")));
        response.Questionnaire = BackPainQuestionnaires.CheckInUrl;

        var act = () => QuestionnaireResponses.ToCheckInReport(response);

        act.Should().Throw<BackPainValidationException>().Which.Errors.Select(e => (e.Path, e.Code)).Should().Equal(("trend", ValidationCode.Contradiction));
    }

    [Fact]
    public void ToSymptomReport_Null_ThrowsArgumentNull()
        => FluentActions.Invoking(() => QuestionnaireResponses.ToSymptomReport(null!)).Should().Throw<ArgumentNullException>();

    /// <summary>A completed response to the current symptom-report questionnaire with one answer per pair, in order (a repeated linkId gives another item).</summary>
    private static QuestionnaireResponse Response(params (string LinkId, DataType Value)[] answers)
    {
        var response = new QuestionnaireResponse
        {
            Questionnaire = BackPainQuestionnaires.SymptomReportUrl + "|" + BackPainQuestionnaires.SymptomReport().Version,
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
        };
        foreach (var group in answers.GroupBy(a => a.LinkId))
        {
            if (group.Key == "severity" || group.Key != "redFlags" && group.Key != "exercises")
            {
                response.Item.AddRange(group.Select(a => new QuestionnaireResponse.ItemComponent { LinkId = a.LinkId, Answer = [new() { Value = a.Value }] }));
            }
            else
            {
                response.Item.Add(new() { LinkId = group.Key, Answer = [.. group.Select(a => new QuestionnaireResponse.AnswerComponent { Value = a.Value })] });
            }
        }

        return response;
    }

    private static IEnumerable<(string Path, ValidationCode Code)> Problems(QuestionnaireResponse response) => ResponseErrors.OfReport(response).Select(e => (e.Path, e.Code));
}
