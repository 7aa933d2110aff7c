using System.Globalization;
using System.Text.RegularExpressions;
using BackPain.Core.Serialization;

using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Serialization;

/// <summary>
/// How the readers take the values inside a document: catalogue ids, custom exercises, periods of days, cultures and
/// enums. A value a reader accepts means what its public type documents; a value it refuses gives one
/// <see cref="BackPainValidationException"/> naming the path and saying what is allowed.
/// </summary>
public sealed class JsonValueReadingTests
{
    private const string Report = """{"severity": 3}""";

    private static string Workout(string exercise) => $$"""{"date": "2026-12-01", "exercises": [{{exercise}}]}""";

    private static string PlanOfLength(string length)
        => $$$"""{"assessment": {"report": {{{Report}}}}, "history": {"workouts": []}, "request": {"start": "2026-12-01", "lengthDays": {{{length}}}}}""";

    public static TheoryData<string, string, string, string> BadValues() => new()
    {
        // reader, document, the one path it must name, what its message must say
        { "workout", Workout("\"flying\""), "$.exercises[0]", "'flying' is not a known exercise id" },
        { "workout", Workout("""{"name": "Sled push", "primaryMuscles": []}"""), "$.exercises[0].primaryMuscles", "at least one muscle group" },
        { "workout", Workout("""{"name": "Sled push", "isStrenuousForSpine": false}"""), "$.exercises[0].primaryMuscles", "at least one muscle group" },
        { "workout", Workout("""{"primaryMuscles": ["glutes"]}"""), "$.exercises[0].name", "must not be empty" },
        { "workout", Workout("""{"name": "  ", "primaryMuscles": ["glutes"]}"""), "$.exercises[0].name", "must not be empty" },
        { "workout", Workout($$"""{"name": "{{new string('x', 101)}}", "primaryMuscles": ["glutes"]}"""), "$.exercises[0].name", "1 to 100" },
        { "report", """{"severity": 3, "redFlags": ["headache"]}""", "$.redFlags[0]", "'headache' is not a known symptom id" },
        { "report", """{"severity": 3, "redFlags": [7]}""", "$.redFlags[0]", "symptom id as a string" },
        { "checkIn", """{"date": "2026-12-01", "pain": 1, "trend": "same", "newSymptoms": [{}]}""", "$.newSymptoms[0]", "symptom id as a string" },
        { "plan", PlanOfLength("3651"), "$.request.lengthDays", "whole number of days from 0 to 3650" },
        { "plan", PlanOfLength("-1"), "$.request.lengthDays", "whole number of days from 0 to 3650" },
        { "plan", PlanOfLength("2.5"), "$.request.lengthDays", "whole number of days from 0 to 3650" },
        { "plan", PlanOfLength("\"four weeks\""), "$.request.lengthDays", "whole number of days from 0 to 3650" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public void Reader_BadValue_NamesItsPathAndSaysWhatIsAllowed(string reader, string json, string path, string message)
    {
        var thrown = FluentActions.Invoking(() => JsonReaders.Read(reader, json)).Should().ThrowExactly<BackPainValidationException>().Which;

        thrown.Errors.Should().ContainSingle().Which.Path.Should().Be(path);
        thrown.Errors[0].Message.Should().Contain(message);
    }

    [Fact]
    public void DeserializeWorkout_UnknownExerciseId_ListsEveryCatalogueIdReadably_AndSaysHowToWriteACustomExercise()
    {
        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeWorkout(Workout("\"flying\"")))
            .Should().ThrowExactly<BackPainValidationException>().Which;

        var message = thrown.Errors.Should().ContainSingle().Which.Message;
        foreach (var exercise in Exercise.All)
        {
            message.Should().MatchRegex(StandAlone(exercise.Id), "a person must be able to read {0} in the list", exercise.Id);
        }

        message.Should().Contain("custom exercise").And.Contain("name").And.Contain("isStrenuousForSpine").And.Contain("primaryMuscles");
    }

    [Fact]
    public void DeserializeWorkout_UnknownMuscleGroup_ListsEveryMuscleGroupIdReadably()
    {
        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeWorkout(Workout("""{"name": "Sled push", "primaryMuscles": ["wings"]}""")))
            .Should().ThrowExactly<BackPainValidationException>().Which;

        var message = thrown.Errors.Should().ContainSingle().Which.Message;
        foreach (var muscle in MuscleGroup.All)
        {
            message.Should().MatchRegex(StandAlone(muscle.Id), "a person must be able to read {0} in the list", muscle.Id);
        }
    }

    [Fact]
    public void DeserializeWorkout_CustomExerciseWithEveryField_IsThatCustomExercise()
    {
        var workout = BackPainJson.DeserializeWorkout(Workout(
            """{"name": "Wrist roller", "isStrenuousForSpine": false, "primaryMuscles": ["forearms"], "secondaryMuscles": ["biceps", "shoulders"]}"""));

        var exercise = workout.Exercises.Should().ContainSingle().Which;
        exercise.Should().Be(Exercise.Custom("Wrist roller", false, [MuscleGroup.Forearms], [MuscleGroup.Biceps, MuscleGroup.Shoulders]));
        exercise.IsCustom.Should().BeTrue();
        exercise.Name.Should().Be("Wrist roller");
        exercise.IsStrenuousForSpine.Should().BeFalse("the document says so");
        exercise.PrimaryMuscles.Should().Equal(MuscleGroup.Forearms);
        exercise.SecondaryMuscles.Should().Equal(MuscleGroup.Biceps, MuscleGroup.Shoulders);
    }

    [Fact]
    public void DeserializeWorkout_CustomExerciseWithoutStrain_CountsAsStrenuous_TheSafeSideForASlippedDisc()
    {
        var workout = BackPainJson.DeserializeWorkout(Workout("""{"name": "Atlas stone", "primaryMuscles": ["lowerBack"]}"""));

        workout.Exercises.Should().ContainSingle().Which.IsStrenuousForSpine.Should().BeTrue();
    }

    [Fact]
    public void DeserializeWorkout_CustomExerciseWithoutSecondaryMuscles_HasNone()
    {
        var workout = BackPainJson.DeserializeWorkout(Workout("""{"name": "Dead bug", "isStrenuousForSpine": false, "primaryMuscles": ["core"]}"""));

        var exercise = workout.Exercises.Should().ContainSingle().Which;
        exercise.SecondaryMuscles.Should().BeEmpty();
        exercise.IsCoreWork.Should().BeTrue();
    }

    [Theory]
    [InlineData("""{"name": "Sled push", "primaryMuscles": ["wings"]}""", "primaryMuscles[0]", "'wings' is not a known muscle group id")]
    [InlineData("""{"name": "Sled push", "primaryMuscles": [7]}""", "primaryMuscles[0]", "Expected a muscle group id as a string")]
    [InlineData("""{"name": "Sled push", "primaryMuscles": ["glutes"], "secondaryMuscles": [true]}""", "secondaryMuscles[0]", "Expected a muscle group id as a string")]
    public void DeserializeWorkout_BadMuscleInACustomExercise_NamesTheListItemAndSaysAMuscleGroupIdIsExpected(string exercise, string item, string message)
    {
        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeWorkout(Workout(exercise))).Should().ThrowExactly<BackPainValidationException>().Which;

        var error = thrown.Errors.Should().ContainSingle().Which;
        error.Path.Should().StartWith("$.").And.EndWith(item);
        error.Message.Should().Contain(message);
    }

    [Fact]
    public void DeserializeReport_CustomExerciseWithNoPrimaryMuscle_NamesTheExercise()
    {
        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeReport("""{"severity": 3, "exercises": [{"name": "Sled push"}]}"""))
            .Should().ThrowExactly<BackPainValidationException>().Which;

        thrown.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Path == "$.exercises[0].primaryMuscles" && e.Code == ValidationCode.Required && e.Message.Contains("at least one muscle group", StringComparison.Ordinal));
    }

    [Fact]
    public void DeserializeReport_CustomExerciseWithSeveralProblems_ListsEachWithItsFullPathAndCode()
    {
        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeReport("""{"severity": 3, "exercises": ["squat", {"name": " ", "primaryMuscles": []}]}"""))
            .Should().ThrowExactly<BackPainValidationException>().Which;

        thrown.Errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(new[]
        {
            ("$.exercises[1].name", ValidationCode.Required),
            ("$.exercises[1].primaryMuscles", ValidationCode.Required),
        });
    }

    [Fact]
    public void DeserializeWorkout_UnknownMuscleInACustomExercise_NamesTheFullPathToTheMuscle()
    {
        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeWorkout(Workout("""{"name": "Sled push", "primaryMuscles": ["glutes", "wings"]}""")))
            .Should().ThrowExactly<BackPainValidationException>().Which;

        var error = thrown.Errors.Should().ContainSingle().Which;
        error.Path.Should().Be("$.exercises[0].primaryMuscles[1]", "the path runs from the document's root, not from the custom exercise");
        error.Code.Should().Be(ValidationCode.UnknownId);
        error.AttemptedValue.Should().Be("wings");
        error.Message.Should().Contain("'wings' is not a known muscle group id");
    }

    [Fact]
    public void DeserializePlan_LengthOfTheLargestPeriodOfDays_IsReadAndThenJudgedByThePlansOwnLimit()
    {
        // 3,650 is a valid Days value (Days.MaxCount), so the error is the plan's limit of 365, not an unreadable number.
        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializePlan(PlanOfLength("3650"))).Should().ThrowExactly<BackPainValidationException>().Which;

        thrown.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Path == "$.request.lengthDays" && e.Message.Contains("1 and 365", StringComparison.Ordinal) && e.Message.Contains("3650", StringComparison.Ordinal));
    }

    [Fact]
    public void DeserializePlan_OptionInDaysAtZero_IsRead()
    {
        var plan = BackPainJson.DeserializePlan($$$"""{"assessment": {"report": {{{Report}}}}, "history": {"workouts": []}, "request": {"start": "2026-12-01", "lengthDays": 28}, "options": {"extraRestSmallDays": 0}}""");

        plan.Options.ExtraRestSmall.Should().Be(Days.Of(0));
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("de-DE")]
    public void DeserializeAssessment_CultureInTheOptions_IsThatCulture(string name)
    {
        var assessment = BackPainJson.DeserializeAssessment($$$"""{"report": {{{Report}}}, "options": {"culture": "{{{name}}}"}}""");

        assessment.Options.Culture.Should().Be(CultureInfo.GetCultureInfo(name));
    }

    [Fact]
    public void DeserializeAssessment_EmptyCultureName_IsTheInvariantCulture()
    {
        var assessment = BackPainJson.DeserializeAssessment($$$"""{"report": {{{Report}}}, "options": {"culture": ""}}""");

        assessment.Options.Culture.Should().Be(CultureInfo.InvariantCulture);
    }

    [Fact]
    public void DeserializeAssessment_MalformedCultureName_NamesTheCultureAndGivesAnExample()
    {
        var thrown = FluentActions.Invoking(() => BackPainJson.DeserializeAssessment($$$"""{"report": {{{Report}}}, "options": {"culture": "en GB!"}}"""))
            .Should().ThrowExactly<BackPainValidationException>().Which;

        thrown.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Path == "$.options.culture" && e.Message.Contains("culture name", StringComparison.Ordinal) && e.Message.Contains("en-GB", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("report", """{"severity": 3, "onset": 0}""", "$.onset")]
    [InlineData("report", """{"severity": 3, "character": 1}""", "$.character")]
    [InlineData("report", """{"severity": 3, "trend": 2}""", "$.trend")]
    [InlineData("checkIn", """{"date": "2026-12-01", "pain": 1, "trend": 0}""", "$.trend")]
    public void Reader_EnumWrittenAsANumber_IsRejectedEvenWhenTheNumberIsAValue(string reader, string json, string path)
    {
        // The wire format writes enums as camelCase strings; a number is a different (and fragile) contract.
        var thrown = FluentActions.Invoking(() => JsonReaders.Read(reader, json)).Should().ThrowExactly<BackPainValidationException>().Which;

        thrown.Errors.Should().ContainSingle().Which.Path.Should().Be(path);
    }

    private static string StandAlone(string id) => "(?<![A-Za-z])" + Regex.Escape(id) + "(?![A-Za-z])";
}
