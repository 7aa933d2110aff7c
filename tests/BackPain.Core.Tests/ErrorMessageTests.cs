using BackPain.Core.Rules;
using BackPain.Core.Tests.Support;
using CsCheck;

namespace BackPain.Core.Tests;

/// <summary>
/// Bad input gets an error a developer can act on: it names the field and says what is allowed. Also the stable
/// rule ids that apps store and look up.
/// </summary>
public sealed class ErrorMessageTests
{
    [Fact]
    public void Validate_AnyBadAnswers_EveryProblemHasASentenceSayingWhatIsAllowed()
        => Generators.InvalidAnswers.Sample(
            bad =>
            {
                foreach (var error in bad.Answers.Validate().Errors)
                {
                    (error.Message.Length > 10 && error.Message.EndsWith('.')).Should().BeTrue($"{error.Path}: '{error.Message}' is a full sentence");
                }
            },
            iter: Generators.Iterations);

    [Theory]
    [InlineData("severity", "0 and 10")]
    [InlineData("age", "0 and 130")]
    [InlineData("painDurationDays", "0 and 3650 days")]
    [InlineData("onset", "DuringWorkout, HoursAfter, NextDayOrLater")]
    [InlineData("character", "there is no pain")]
    [InlineData("exercises", "a list")]
    [InlineData("redFlags[0]", "not a red-flag question")]
    [InlineData("exercises[0]", "must not be null")]
    public void Validate_BadField_SaysTheAllowedRangeOrRule(string path, string expected)
    {
        var answers = new SymptomReportBuilder { Severity = 3 };
        switch (path)
        {
            case "severity": answers.Severity = 11; break;
            case "age": answers.Age = 131; break;
            case "painDurationDays": answers.PainDurationDays = -1; break;
            case "onset": answers.Onset = (Onset)9; break;
            case "character": answers.Severity = 0; answers.Character = PainCharacter.Sharp; break;
            case "exercises": answers.Exercises = null!; break;
            case "redFlags[0]": answers.RedFlags = [Symptom.DullAche]; break;
            case "exercises[0]": answers.Exercises = [null!]; break;
        }

        answers.Validate().Errors.Should().ContainSingle(e => e.Path == path).Which.Message.Should().Contain(expected);
    }

    [Fact]
    public void Validate_RedFlagThatIsNoQuestion_ListsEveryRedFlagQuestionItMayBe()
    {
        var allowed = string.Join(", ", Symptom.RedFlagQuestions.Select(s => s.Id));
        var answers = new SymptomReportBuilder { Severity = 3, RedFlags = [Symptom.DullAche] };

        answers.Validate().Errors.Should().ContainSingle(e => e.Path == "redFlags[0]")
            .Which.Message.Should().Contain("'dullAche'").And.Contain(allowed);
    }

    [Fact]
    public void Validate_TooManyExercises_SaysTheMaximum()
    {
        var answers = new SymptomReportBuilder { Severity = 3, Exercises = [.. Enumerable.Repeat(Exercise.Squat, SymptomReport.MaxExercises + 1)] };

        answers.Validate().Errors.Should().ContainSingle(e => e.Path == "exercises")
            .Which.Message.Should().Contain(SymptomReport.MaxExercises.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Create_BadAnswers_ThrowsSayingItIsTheSymptomReport()
        => FluentActions.Invoking(() => SymptomReport.Create(new SymptomReportBuilder { Severity = 11 }))
            .Should().ThrowExactly<BackPainValidationException>().Which.Message.Should().Contain("symptom report");

    [Fact]
    public void FromId_UnknownId_ListsEveryKnownIdInAlphabeticalOrder()
    {
        var known = string.Join(", ", Symptom.All.Select(s => s.Id).Order(StringComparer.Ordinal));

        FluentActions.Invoking(() => Symptom.FromId("backAche")).Should().Throw<ArgumentException>()
            .Which.Message.Should().Contain("'backAche'").And.Contain(known);
    }

    [Fact]
    public void Workout_RpeOutOfRange_NamesRpeAndTheRange()
        => FluentActions.Invoking(() => new Workout(new DateOnly(2026, 12, 1), [Exercise.Squat], rpe: 11))
            .Should().ThrowExactly<BackPainValidationException>().Which.Message.Should().Contain("rpe").And.Contain("1 and 10");

    [Fact]
    public void CustomExercise_BlankName_SaysTheNameMustNotBeBlank()
        => FluentActions.Invoking(() => Exercise.Custom("   ", true, MuscleGroup.Core))
            .Should().Throw<ArgumentException>().Which.Message.Should().Contain("name").And.Contain("empty");

    [Fact]
    public void AssessorOptions_NullCulture_SaysWhatToUseInstead()
        => new AssessorOptions { Culture = null! }.Validate().Errors.Should().ContainSingle()
            .Which.Message.Should().Contain("InvariantCulture");

    [Fact]
    public void RuleIds_OfEvidenceRowsAndRedFlags_FollowTheirDocumentedPatterns()
    {
        EvidenceRules.All.Should().OnlyContain(row => row.RuleId == "evidence." + row.Cause.Id + "." + row.Symptom.Id);
        BackPainAssessor.Default.Assess(new SymptomReportBuilder { Severity = 3, RedFlags = [Symptom.Fever] }.Build())
            .RedFlags.Should().ContainSingle().Which.RuleId.Should().Be("redFlag.fever");
    }
}
