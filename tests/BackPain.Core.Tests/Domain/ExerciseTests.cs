using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Domain;

public class ExerciseTests
{
    [Fact]
    public void Catalogue_HoldsAtLeastThirtyExercises()
    {
        Exercise.All.Count.Should().BeGreaterThanOrEqualTo(30);
    }

    [Theory]
    [InlineData("squat")]
    [InlineData("deadlift")]
    [InlineData("romanianDeadlift")]
    [InlineData("benchPress")]
    [InlineData("overheadPress")]
    [InlineData("barbellRow")]
    [InlineData("pullUp")]
    [InlineData("latPulldown")]
    [InlineData("lunge")]
    [InlineData("legPress")]
    [InlineData("hipThrust")]
    [InlineData("kettlebellSwing")]
    [InlineData("plank")]
    [InlineData("crunch")]
    [InlineData("sitUp")]
    [InlineData("bicepsCurl")]
    [InlineData("tricepsExtension")]
    [InlineData("calfRaise")]
    [InlineData("running")]
    [InlineData("cycling")]
    [InlineData("rowingMachine")]
    [InlineData("swimming")]
    public void Catalogue_HoldsEveryExerciseTheIssueNames(string id)
    {
        Exercise.TryFromId(id, out var exercise).Should().BeTrue("the issue lists {0}", id);
        exercise!.IsCustom.Should().BeFalse();
    }

    [Theory]
    [InlineData("squat")]
    [InlineData("frontSquat")]
    [InlineData("deadlift")]
    [InlineData("romanianDeadlift")]
    [InlineData("running")]
    public void IsStrenuousForSpine_HeavySquatsDeadliftsAndRunning_AreStrenuous(string id)
    {
        // domain.md §1 and §6.2: a slipped disc often follows a heavy squat or deadlift; no strenuous exercise until cleared.
        Exercise.FromId(id).IsStrenuousForSpine.Should().BeTrue();
    }

    [Theory]
    [InlineData("bicepsCurl")]
    [InlineData("tricepsExtension")]
    [InlineData("calfRaise")]
    [InlineData("legExtension")]
    [InlineData("lateralRaise")]
    public void IsStrenuousForSpine_SeatedOrIsolationWork_IsNotStrenuous(string id)
    {
        Exercise.FromId(id).IsStrenuousForSpine.Should().BeFalse();
    }

    [Theory]
    [InlineData("plank")]
    [InlineData("crunch")]
    [InlineData("sitUp")]
    public void IsCoreWork_PlanksCrunchesAndSitUps_AreCoreWork(string id)
    {
        // domain.md §3: strengthen the core with sit-ups, crunches, planks.
        var exercise = Exercise.FromId(id);

        exercise.IsCoreWork.Should().BeTrue();
        exercise.PrimaryMuscles.Should().Contain(MuscleGroup.Core);
    }

    [Theory]
    [InlineData("squat")]
    [InlineData("deadlift")]
    [InlineData("running")]
    [InlineData("benchPress")]
    public void IsCoreWork_CompoundLiftsThatOnlyBraceTheCore_AreNotCoreWork(string id)
    {
        Exercise.FromId(id).IsCoreWork.Should().BeFalse();
    }

    [Fact]
    public void IsCoreWork_ForEveryCatalogueExercise_MeansTheCoreIsAPrimaryMuscle()
    {
        foreach (var exercise in Exercise.All)
        {
            exercise.IsCoreWork.Should().Be(exercise.PrimaryMuscles.Contains(MuscleGroup.Core), "core work of {0}", exercise.Id);
        }
    }

    [Theory]
    [InlineData("squat", "quadriceps", "glutes")]
    [InlineData("deadlift", "lowerBack", "hamstrings", "glutes")]
    [InlineData("backExtension", "lowerBack")]
    [InlineData("benchPress", "chest")]
    [InlineData("pullUp", "upperBack")]
    [InlineData("bicepsCurl", "biceps")]
    [InlineData("tricepsExtension", "triceps")]
    [InlineData("calfRaise", "calves")]
    [InlineData("lateralRaise", "shoulders")]
    [InlineData("hipThrust", "glutes")]
    public void PrimaryMuscles_IncludeTheMusclesTheExerciseIsKnownFor(string id, params string[] muscleIds)
    {
        Exercise.FromId(id).PrimaryMuscles.Should().Contain(muscleIds.Select(MuscleGroup.FromId));
    }

    [Fact]
    public void Muscles_OfDeadliftAndSquat_IncludeTheLowerBack()
    {
        // domain.md §1: back pain after squats or deadlifts; the lower back must count as trained by both.
        Exercise.Deadlift.Muscles.Should().Contain(MuscleGroup.LowerBack);
        Exercise.Squat.Muscles.Should().Contain(MuscleGroup.LowerBack);
    }

    [Fact]
    public void Muscles_OfEveryCatalogueExercise_ArePrimaryThenSecondary_WithoutOverlap()
    {
        foreach (var exercise in Exercise.All)
        {
            exercise.PrimaryMuscles.Should().NotBeEmpty("{0} trains something", exercise.Id);
            exercise.PrimaryMuscles.Should().OnlyHaveUniqueItems();
            exercise.SecondaryMuscles.Should().OnlyHaveUniqueItems();
            exercise.SecondaryMuscles.Should().NotIntersectWith(exercise.PrimaryMuscles);
            exercise.Muscles.Should().Equal(exercise.PrimaryMuscles.Concat(exercise.SecondaryMuscles));
        }
    }

    [Fact]
    public void MuscleMask_OfEveryCatalogueExercise_HasABitForExactlyItsMuscles()
    {
        foreach (var exercise in Exercise.All)
        {
            foreach (var muscle in MuscleGroup.All)
            {
                ((exercise.MuscleMask & (1 << muscle.Index)) != 0).Should().Be(exercise.Muscles.Contains(muscle), "{0} and {1}", exercise.Id, muscle.Id);
            }
        }
    }

    [Fact]
    public void Names_OfTheCatalogue_AreDistinctAndNoCatalogueEntryIsCustom()
    {
        Exercise.All.Select(e => e.Name).Should().OnlyHaveUniqueItems().And.OnlyContain(n => !string.IsNullOrWhiteSpace(n));
        Exercise.All.Should().OnlyContain(e => !e.IsCustom);
    }

    [Fact]
    public void TryFromId_Custom_IsNotACatalogueId()
    {
        Exercise.TryFromId("custom", out var exercise).Should().BeFalse();
        exercise.Should().BeNull();
    }

    [Fact]
    public void Custom_ValidAnswers_MakesACustomExerciseWithThem()
    {
        var sledPush = Exercise.Custom("Sled push", true, [MuscleGroup.Quadriceps, MuscleGroup.Glutes], [MuscleGroup.Calves]);

        sledPush.IsCustom.Should().BeTrue();
        sledPush.Id.Should().Be("custom");
        sledPush.Name.Should().Be("Sled push");
        sledPush.IsStrenuousForSpine.Should().BeTrue();
        sledPush.PrimaryMuscles.Should().Equal(MuscleGroup.Quadriceps, MuscleGroup.Glutes);
        sledPush.SecondaryMuscles.Should().Equal(MuscleGroup.Calves);
        sledPush.IsCoreWork.Should().BeFalse();
        Exercise.All.Should().NotContain(sledPush);
    }

    [Fact]
    public void Custom_NotStrenuous_IsKeptNotStrenuous()
    {
        Exercise.Custom("Wrist roller", false, MuscleGroup.Forearms).IsStrenuousForSpine.Should().BeFalse();
    }

    [Fact]
    public void Custom_NameWithSurroundingSpaces_IsTrimmed()
    {
        Exercise.Custom("  Sled push \t", true, MuscleGroup.Quadriceps).Name.Should().Be("Sled push");
    }

    [Fact]
    public void Custom_CoreAsPrimaryMuscle_IsCoreWork_ButAsSecondaryIsNot()
    {
        Exercise.Custom("Dead bug", false, MuscleGroup.Core).IsCoreWork.Should().BeTrue();
        Exercise.Custom("Suitcase carry", true, [MuscleGroup.Forearms], [MuscleGroup.Core]).IsCoreWork.Should().BeFalse();
    }

    [Fact]
    public void Custom_RepeatedMuscles_AreListedOnce_AndSecondaryDropsThePrimaryOnes()
    {
        var exercise = Exercise.Custom("Step-over", false, [MuscleGroup.Glutes, MuscleGroup.Glutes], [MuscleGroup.Glutes, MuscleGroup.Calves, MuscleGroup.Calves]);

        exercise.PrimaryMuscles.Should().Equal(MuscleGroup.Glutes);
        exercise.SecondaryMuscles.Should().Equal(MuscleGroup.Calves);
    }

    [Fact]
    public void Custom_NameOfOneHundredCharacters_IsAccepted()
    {
        Exercise.Custom(new string('x', 100), false, MuscleGroup.Biceps).Name.Should().HaveLength(100);
    }

    [Fact]
    public void Custom_NameOfOneHundredAndOneCharacters_ThrowsNamingName()
    {
        var act = () => Exercise.Custom(new string('x', 101), false, MuscleGroup.Biceps);

        act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("name");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Custom_BlankName_ThrowsNamingName(string blank)
    {
        var act = () => Exercise.Custom(blank, false, MuscleGroup.Biceps);

        act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("name");
    }

    [Fact]
    public void Custom_NullName_ThrowsArgumentNullException()
    {
        var act = () => Exercise.Custom(null!, false, MuscleGroup.Biceps);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("name");
    }

    [Fact]
    public void Custom_NoPrimaryMuscle_ThrowsNamingPrimaryMuscles()
    {
        var act = () => Exercise.Custom("Stretch", false);

        act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("primaryMuscles");
    }

    [Fact]
    public void Custom_NoPrimaryMuscleButASecondaryOne_ThrowsNamingPrimaryMuscles()
    {
        var act = () => Exercise.Custom("Stretch", false, [], [MuscleGroup.Core]);

        act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("primaryMuscles");
    }

    [Fact]
    public void Custom_NullMuscle_IsRejected()
    {
        ((Action)(() => Exercise.Custom("Odd", false, MuscleGroup.Biceps, null!))).Should().ThrowExactly<BackPainValidationException>();
        ((Action)(() => Exercise.Custom("Odd", false, [MuscleGroup.Biceps], [null!]))).Should().ThrowExactly<BackPainValidationException>();
    }

    [Fact]
    public void Custom_NullMuscleLists_ThrowArgumentNullException()
    {
        ((Action)(() => Exercise.Custom("Odd", false, (MuscleGroup[])null!))).Should().Throw<ArgumentNullException>();
        ((Action)(() => Exercise.Custom("Odd", false, [MuscleGroup.Biceps], null!))).Should().ThrowExactly<ArgumentNullException>();
    }

    [Fact]
    public void Equality_TwoCustomExercisesWithTheSameAnswers_AreEqualWithSameHashCode()
    {
        var a = Exercise.Custom("Sled push", true, [MuscleGroup.Quadriceps], [MuscleGroup.Calves]);
        var b = Exercise.Custom("Sled push", true, [MuscleGroup.Quadriceps], [MuscleGroup.Calves]);

        a.Should().NotBeSameAs(b);
        a.Equals(b).Should().BeTrue();
        a.Equals((object)b).Should().BeTrue();
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equality_CustomExercisesDifferingInAnyAnswer_AreNotEqual()
    {
        var a = Exercise.Custom("Sled push", true, [MuscleGroup.Quadriceps], [MuscleGroup.Calves]);

        a.Equals(Exercise.Custom("Sled pull", true, [MuscleGroup.Quadriceps], [MuscleGroup.Calves])).Should().BeFalse();
        a.Equals(Exercise.Custom("Sled push", false, [MuscleGroup.Quadriceps], [MuscleGroup.Calves])).Should().BeFalse();
        a.Equals(Exercise.Custom("Sled push", true, [MuscleGroup.Glutes], [MuscleGroup.Calves])).Should().BeFalse();
        a.Equals(Exercise.Custom("Sled push", true, [MuscleGroup.Quadriceps], [])).Should().BeFalse();
        a.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void Equality_ACustomCopyOfACatalogueExercise_IsNotTheCatalogueExercise()
    {
        var copy = Exercise.Custom(Exercise.CalfRaise.Name, Exercise.CalfRaise.IsStrenuousForSpine, [.. Exercise.CalfRaise.PrimaryMuscles], [.. Exercise.CalfRaise.SecondaryMuscles]);

        copy.Equals(Exercise.CalfRaise).Should().BeFalse();
        Exercise.CalfRaise.Equals(copy).Should().BeFalse();
    }

    [Fact]
    public void Equality_CatalogueExercises_AreEqualOnlyToThemselves()
    {
        Exercise.Squat.Equals(Exercise.FromId("squat")).Should().BeTrue();
        Exercise.Squat.Equals(Exercise.FrontSquat).Should().BeFalse();
    }

    // The catalogue's strain flags, pinned one by one (style.md: a defaults-pinning test per catalogue). The rule is the
    // doc of IsStrenuousForSpine: heavy axial load, loaded flexion or impact counts; work where a bench, a machine, the
    // floor or the water carries the trunk does not. domain.md §6.2 blocks every strenuous one for a suspected slipped disc.
    private static readonly string[] StrenuousIds =
    [
        "squat", "frontSquat", "deadlift", "romanianDeadlift", // heavy axial load
        "goodMorning", "backExtension", "barbellRow", "kettlebellSwing", "rowingMachine", // loaded flexion of a hinged spine
        "powerClean", "overheadPress", "farmersCarry", // a standing load on the spine
        "running", // impact
    ];

    private static readonly string[] NotStrenuousIds =
    [
        "benchPress", "inclineBenchPress", "dumbbellRow", "hipThrust", // the bench carries the trunk
        "latPulldown", "legPress", "legExtension", "legCurl", "cycling", // a seat or a machine carries the trunk
        "pushUp", "dip", "pullUp", "lunge", "stepUp", "calfRaise", // body weight only
        "bicepsCurl", "tricepsExtension", "lateralRaise", // light isolation work
        "plank", "sidePlank", "crunch", "sitUp", "russianTwist", // unloaded core work on the floor
        "swimming", // the water carries the body
    ];

    public static TheoryData<string> StrenuousExercises() => new(StrenuousIds);

    public static TheoryData<string> NotStrenuousExercises() => new(NotStrenuousIds);

    [Theory]
    [MemberData(nameof(StrenuousExercises))]
    public void IsStrenuousForSpine_AxialLoadLoadedFlexionOrImpact_IsStrenuous(string id)
    {
        Exercise.FromId(id).IsStrenuousForSpine.Should().BeTrue();
    }

    [Theory]
    [MemberData(nameof(NotStrenuousExercises))]
    public void IsStrenuousForSpine_SupportedBodyWeightOrIsolationWork_IsNotStrenuous(string id)
    {
        Exercise.FromId(id).IsStrenuousForSpine.Should().BeFalse();
    }

    [Fact]
    public void IsStrenuousForSpine_EveryCatalogueExercise_IsPinnedExactlyOnce()
    {
        StrenuousIds.Concat(NotStrenuousIds).Should().BeEquivalentTo(Exercise.All.Select(e => e.Id));
    }

    [Fact]
    public void Custom_NameOfOneHundredAndOneCharacters_SaysTheAllowedLength()
    {
        var act = () => Exercise.Custom(new string('x', 101), false, MuscleGroup.Biceps);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Message.Should().Contain("name").And.Contain("1 to 100");
    }

    [Fact]
    public void Custom_NullPrimaryMuscles_ThrowsNamingPrimaryMuscles()
    {
        var act = () => Exercise.Custom("Odd", false, null!, [MuscleGroup.Biceps]);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("primaryMuscles");
    }

    [Fact]
    public void Custom_NullSecondaryMuscles_ThrowsNamingSecondaryMuscles()
    {
        var act = () => Exercise.Custom("Odd", false, [MuscleGroup.Biceps], null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("secondaryMuscles");
    }

    [Fact]
    public void Custom_NoPrimaryMuscle_SaysAtLeastOneMuscleGroupIsNeeded()
    {
        var act = () => Exercise.Custom("Stretch", false, [], [MuscleGroup.Core]);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Message.Should().Contain("at least one muscle group");
    }

    [Fact]
    public void Custom_NullMuscle_SaysMuscleGroupsMustNotBeNull()
    {
        var act = () => Exercise.Custom("Odd", false, [MuscleGroup.Biceps], [null!]);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Message.Should().Contain("must not be null");
    }

    [Fact]
    public void GetHashCode_CustomExercisesWithDifferentNames_AreSpreadNotAllTheSame()
    {
        var hashes = Enumerable.Range(0, 100)
            .Select(i => Exercise.Custom("Drill " + i.ToString(System.Globalization.CultureInfo.InvariantCulture), true, MuscleGroup.Glutes).GetHashCode());

        hashes.Distinct().Count().Should().BeGreaterThan(95, "a dictionary keyed by custom exercises must not put them all in one bucket");
    }

    [Fact]
    public void ToString_OfACatalogueExercise_IsItsId()
    {
        foreach (var exercise in Exercise.All)
        {
            exercise.ToString().Should().Be(exercise.Id);
        }
    }

    [Fact]
    public void ToString_OfACustomExercise_NamesIt()
    {
        Exercise.Custom("Sled push", true, MuscleGroup.Quadriceps).ToString().Should().Contain("Sled push");
    }

    [Fact]
    public void Custom_BlankNameNoPrimaryMuscleAndANullSecondary_ListsAllThreeWithTheirCodes()
    {
        var act = () => Exercise.Custom(" ", false, [], [MuscleGroup.Calves, null!]);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Select(e => (e.Path, e.Code)).Should().Equal(
            ("name", ValidationCode.Required),
            ("primaryMuscles", ValidationCode.Required),
            ("secondaryMuscles[1]", ValidationCode.Required));
    }

    [Fact]
    public void Custom_NullName_IsAProgrammerErrorAndThrowsArgumentNullException()
        => FluentActions.Invoking(() => Exercise.Custom(null!, false, MuscleGroup.Biceps)).Should().ThrowExactly<ArgumentNullException>().WithParameterName("name");

    [Fact]
    public void FromId_UnknownId_GivesTheUnknownIdCodeAndTheIdGiven()
        => FluentActions.Invoking(() => Exercise.FromId("burpee")).Should().ThrowExactly<BackPainValidationException>()
            .Which.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Path == "id" && e.Code == ValidationCode.UnknownId && Equals(e.AttemptedValue, "burpee"));
}
