using BackPain.Core.Tests.Support;
using CsCheck;

namespace BackPain.Core.Tests.Domain;

public class WorkoutTests
{
    private static readonly DateOnly Monday = new(2025, 3, 3);

    [Fact]
    public void Constructor_ValidAnswers_KeepsThem()
    {
        var workout = new Workout(Monday, [Exercise.Squat, Exercise.BenchPress], rpe: 7, isHard: true);

        workout.Date.Should().Be(Monday);
        workout.Exercises.Should().Equal(Exercise.Squat, Exercise.BenchPress);
        workout.Rpe.Should().Be(7);
        workout.IsHard.Should().BeTrue();
    }

    [Fact]
    public void Constructor_NoRpeAndNotHard_AreTheDefaults()
    {
        var workout = new Workout(Monday, [Exercise.Running]);

        workout.Rpe.Should().BeNull();
        workout.IsHard.Should().BeFalse();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(11)]
    [InlineData(-1)]
    [InlineData(int.MaxValue)]
    public void Constructor_RpeOutsideOneToTen_ThrowsNamingRpe(int outside)
    {
        var act = () => new Workout(Monday, [Exercise.Squat], outside);

        act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("rpe");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void Constructor_RpeAtTheEndsOfOneToTen_IsAccepted(int rpe)
    {
        new Workout(Monday, [Exercise.Squat], rpe).Rpe.Should().Be(rpe);
    }

    [Fact]
    public void Constructor_NoExercise_ThrowsNamingExercises()
    {
        var act = () => new Workout(Monday, []);

        act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("exercises");
    }

    [Fact]
    public void Constructor_NullExerciseAndRpeOutOfRange_ListsBothWithTheirPathsCodesAndValues()
    {
        var act = () => new Workout(Monday, [Exercise.Squat, null!], rpe: 11);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Select(e => (e.Path, e.Code, e.AttemptedValue)).Should().Equal(
            ("exercises[1]", ValidationCode.Required, null),
            ("rpe", ValidationCode.OutOfRange, 11));
    }

    [Fact]
    public void Constructor_NullList_ThrowsArgumentNullException()
    {
        var act = () => new Workout(Monday, null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("exercises");
    }

    [Fact]
    public void Constructor_RepeatedExercises_AreListedOnceInFirstOrder()
    {
        var workout = new Workout(Monday, [Exercise.Deadlift, Exercise.Squat, Exercise.Deadlift, Exercise.Squat]);

        workout.Exercises.Should().Equal(Exercise.Deadlift, Exercise.Squat);
    }

    [Fact]
    public void Constructor_ChangingTheCallersListAfterwards_DoesNotChangeTheWorkout()
    {
        List<Exercise> exercises = [Exercise.Squat];
        var workout = new Workout(Monday, exercises);

        exercises.Add(Exercise.Deadlift);

        workout.Exercises.Should().Equal(Exercise.Squat);
    }

    [Fact]
    public void Trains_ASquatSession_TrainsItsPrimaryAndSecondaryMusclesOnly()
    {
        var workout = new Workout(Monday, [Exercise.Squat]);

        workout.Trains(MuscleGroup.Quadriceps).Should().BeTrue();
        workout.Trains(MuscleGroup.Glutes).Should().BeTrue();
        workout.Trains(MuscleGroup.LowerBack).Should().BeTrue("secondary muscles count as trained");
        workout.Trains(MuscleGroup.Biceps).Should().BeFalse();
        workout.Trains(MuscleGroup.Chest).Should().BeFalse();
    }

    [Fact]
    public void Trains_ACustomExercise_TrainsItsMuscles()
    {
        var workout = new Workout(Monday, [Exercise.Custom("Sled push", true, [MuscleGroup.Quadriceps], [MuscleGroup.Calves])]);

        workout.Trains(MuscleGroup.Quadriceps).Should().BeTrue();
        workout.Trains(MuscleGroup.Calves).Should().BeTrue();
        workout.Trains(MuscleGroup.Hamstrings).Should().BeFalse();
    }

    [Fact]
    public void Trains_Null_ThrowsArgumentNullException()
    {
        var act = () => new Workout(Monday, [Exercise.Squat]).Trains(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Muscles_AreEveryTrainedGroupOnce_InCatalogueOrder()
    {
        var workout = new Workout(Monday, [Exercise.BicepsCurl, Exercise.BenchPress]);

        // Biceps curl: biceps, forearms; bench press: chest, triceps, shoulders.
        workout.Muscles.Should().Equal(MuscleGroup.Chest, MuscleGroup.Biceps, MuscleGroup.Triceps, MuscleGroup.Forearms, MuscleGroup.Shoulders);
    }

    [Theory]
    [InlineData(8, false, true)]
    [InlineData(10, false, true)]
    [InlineData(7, false, false)]
    [InlineData(null, false, false)]
    [InlineData(null, true, true)]
    [InlineData(3, true, true)]
    public void IsHardSession_AtTheDefaultThresholdOfEight_IsRpeEightOrMoreOrMarkedHard(int? rpe, bool markedHard, bool hard)
    {
        // domain.md §5: hard = RPE ≥ 8 or the caller says so.
        new Workout(Monday, [Exercise.Deadlift], rpe, markedHard).IsHardSession(8).Should().Be(hard);
    }

    [Fact]
    public void IsHardSession_AStricterThreshold_CountsMoreSessionsHard()
    {
        var workout = new Workout(Monday, [Exercise.Deadlift], rpe: 7);

        workout.IsHardSession(7).Should().BeTrue();
        workout.IsHardSession(8).Should().BeFalse();
    }

    [Fact]
    public void Equality_SameAnswers_IsEqualWithSameHashCode()
    {
        var a = new Workout(Monday, [Exercise.Squat, Exercise.Plank], 6, false);
        var b = new Workout(Monday, [Exercise.Squat, Exercise.Plank], 6, false);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(new Workout(Monday.AddDays(1), [Exercise.Squat, Exercise.Plank], 6, false));
        a.Should().NotBe(new Workout(Monday, [Exercise.Squat], 6, false));
        a.Should().NotBe(new Workout(Monday, [Exercise.Squat, Exercise.Plank], 7, false));
        a.Should().NotBe(new Workout(Monday, [Exercise.Squat, Exercise.Plank], 6, true));
    }

    [Fact]
    public void Trains_AnyWorkoutAndMuscle_IsWhetherOneOfItsExercisesWorksThatMuscle()
    {
        Gen.Select(Generators.AnyWorkout, Generators.AnyMuscle).Sample((workout, muscle) =>
            workout.Trains(muscle) == workout.Exercises.Any(e => e.Muscles.Contains(muscle))
            && workout.Muscles.SequenceEqual(MuscleGroup.All.Where(m => workout.Exercises.Any(e => e.Muscles.Contains(m)))),
            iter: Generators.Iterations);
    }

    [Fact]
    public void Constructor_NoExercise_SaysAtLeastOneExerciseIsNeeded()
    {
        var act = () => new Workout(Monday, []);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Message.Should().Contain("at least one exercise");
    }
}
