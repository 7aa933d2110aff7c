using BackPain.Core.Tests.Support;
using CsCheck;

namespace BackPain.Core.Tests.Domain;

public class TrainingHistoryTests
{
    private static readonly DateOnly March1 = new(2025, 3, 1);
    private static readonly DateOnly March2 = new(2025, 3, 2);
    private static readonly DateOnly March3 = new(2025, 3, 3);

    [Fact]
    public void Constructor_WorkoutsInAnyOrder_AreKeptOldestFirst()
    {
        var third = new Workout(March3, [Exercise.Squat]);
        var first = new Workout(March1, [Exercise.BenchPress]);
        var second = new Workout(March2, [Exercise.Running]);

        var history = new TrainingHistory([third, first, second]);

        history.Workouts.Should().Equal(first, second, third);
    }

    [Fact]
    public void Constructor_WorkoutsOnTheSameDate_KeepTheirGivenOrder()
    {
        var morning = new Workout(March2, [Exercise.Running]);
        var evening = new Workout(March2, [Exercise.Deadlift]);
        var before = new Workout(March1, [Exercise.Plank]);

        TrainingHistory.Of(morning, before, evening).Workouts.Should().Equal(before, morning, evening);
        TrainingHistory.Of(evening, before, morning).Workouts.Should().Equal(before, evening, morning);
    }

    [Fact]
    public void Constructor_NullWorkout_ThrowsNamingItsIndex()
    {
        var act = () => new TrainingHistory([new Workout(March1, [Exercise.Squat]), null!]);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Should().ContainSingle()
            .Which.Should().Be(new ValidationError("workouts[1]", ValidationCode.Required, "must not be null."));
    }

    [Fact]
    public void Constructor_TooManyWorkoutsAndANullOne_ListsBothWithTheirCodes()
    {
        var workout = new Workout(March1, [Exercise.Squat]);
        var act = () => new TrainingHistory([null!, .. Enumerable.Repeat(workout, TrainingHistory.MaxWorkouts)]);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Errors.Select(e => (e.Path, e.Code, e.AttemptedValue)).Should().Equal(
            ("workouts", ValidationCode.TooMany, TrainingHistory.MaxWorkouts + 1),
            ("workouts[0]", ValidationCode.Required, null));
    }

    [Fact]
    public void Constructor_NullSequence_ThrowsArgumentNullException()
    {
        var act = () => new TrainingHistory(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("workouts");
    }

    [Fact]
    public void Empty_HasNoWorkouts_AndNothingWasEverTrained()
    {
        TrainingHistory.Empty.Workouts.Should().BeEmpty();
        TrainingHistory.Empty.LastTrained(MuscleGroup.LowerBack, March3).Should().BeNull();
        TrainingHistory.Empty.Should().Be(new TrainingHistory([]));
    }

    [Fact]
    public void Constructor_ChangingTheCallersListAfterwards_DoesNotChangeTheHistory()
    {
        List<Workout> workouts = [new Workout(March1, [Exercise.Squat])];
        var history = new TrainingHistory(workouts);

        workouts.Add(new Workout(March2, [Exercise.Squat]));

        history.Workouts.Should().HaveCount(1);
    }

    [Fact]
    public void WorkoutsTraining_LowerBack_GivesTheDeadliftDaysNotTheBenchDays()
    {
        var deadlift = new Workout(March1, [Exercise.Deadlift]);
        var bench = new Workout(March2, [Exercise.BenchPress]);
        var deadliftAgain = new Workout(March3, [Exercise.Deadlift, Exercise.BenchPress]);

        var history = TrainingHistory.Of(deadliftAgain, bench, deadlift);

        history.WorkoutsTraining(MuscleGroup.LowerBack).Should().Equal(deadlift, deadliftAgain);
        history.WorkoutsTraining(MuscleGroup.Chest).Should().Equal(bench, deadliftAgain);
        history.WorkoutsTraining(MuscleGroup.Calves).Should().BeEmpty();
    }

    [Fact]
    public void WorkoutsOn_ADate_GivesOnlyThatDatesWorkouts()
    {
        var a = new Workout(March2, [Exercise.Running]);
        var b = new Workout(March2, [Exercise.Plank]);
        var history = TrainingHistory.Of(new Workout(March1, [Exercise.Squat]), a, b, new Workout(March3, [Exercise.Squat]));

        history.WorkoutsOn(March2).Should().Equal(a, b);
        history.WorkoutsOn(new DateOnly(2025, 3, 4)).Should().BeEmpty();
    }

    [Fact]
    public void LastTrained_IsTheLatestDateOnOrBeforeTheGivenDate()
    {
        var history = TrainingHistory.Of(
            new Workout(March3, [Exercise.Deadlift]),
            new Workout(March1, [Exercise.Deadlift]),
            new Workout(March2, [Exercise.BenchPress]));

        history.LastTrained(MuscleGroup.LowerBack, March3).Should().Be(March3, "the date itself counts");
        history.LastTrained(MuscleGroup.LowerBack, March2).Should().Be(March1, "later workouts do not count");
        history.LastTrained(MuscleGroup.Chest, March3).Should().Be(March2);
        history.LastTrained(MuscleGroup.LowerBack, new DateOnly(2025, 2, 28)).Should().BeNull("nothing was trained before");
        history.LastTrained(MuscleGroup.Calves, March3).Should().BeNull("calves were never trained");
    }

    [Fact]
    public void Queries_NullMuscle_ThrowArgumentNullException()
    {
        var history = TrainingHistory.Of(new Workout(March1, [Exercise.Squat]));

        ((Action)(() => history.LastTrained(null!, March1))).Should().Throw<ArgumentNullException>();
        ((Action)(() => history.WorkoutsTraining(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Equality_SameWorkoutsOnDistinctDatesInAnotherOrder_IsEqualWithSameHashCode()
    {
        var a = new Workout(March1, [Exercise.Squat]);
        var b = new Workout(March2, [Exercise.Running]);

        var one = TrainingHistory.Of(a, b);
        var other = TrainingHistory.Of(b, a);

        one.Should().Be(other);
        one.GetHashCode().Should().Be(other.GetHashCode());
        one.Should().NotBe(TrainingHistory.Of(a));
    }

    [Fact]
    public void Workouts_OfAnyHistory_AreTheGivenWorkoutsSortedByDate()
    {
        Generators.WorkoutList.Sample(given =>
        {
            var history = new TrainingHistory(given);
            return history.Workouts.Count == given.Length
                && history.Workouts.Zip(history.Workouts.Skip(1)).All(pair => pair.First.Date <= pair.Second.Date)
                && history.Workouts.SequenceEqual(given.OrderBy(w => w.Date));
        }, iter: Generators.Iterations);
    }

    [Fact]
    public void LastTrained_OfAnyHistoryMuscleAndDate_IsTheLatestMatchingWorkoutOnOrBeforeIt()
    {
        Gen.Select(Generators.WorkoutList, Generators.AnyMuscle, Gen.Int[-10, 375].Select(Generators.Epoch.AddDays)).Sample((given, muscle, date) =>
        {
            var history = new TrainingHistory(given);
            var expected = given
                .Where(w => w.Date <= date && w.Exercises.Any(e => e.Muscles.Contains(muscle)))
                .Select(w => (DateOnly?)w.Date)
                .Max();
            return history.LastTrained(muscle, date) == expected
                && history.WorkoutsTraining(muscle).Count() == given.Count(w => w.Exercises.Any(e => e.Muscles.Contains(muscle)))
                && history.WorkoutsOn(date).Count() == given.Count(w => w.Date == date);
        }, iter: Generators.Iterations);
    }

    [Fact]
    public void Constructor_NullWorkout_SaysWorkoutsMustNotContainNull()
    {
        var act = () => new TrainingHistory([new Workout(March1, [Exercise.Squat]), null!]);

        act.Should().ThrowExactly<BackPainValidationException>().Which.Message.Should().Contain("must not be null");
    }

    [Fact]
    public void Constructor_ExactlyTheMaximumNumberOfWorkouts_IsAccepted()
    {
        var workouts = Enumerable.Repeat(new Workout(March1, [Exercise.Squat]), TrainingHistory.MaxWorkouts);

        new TrainingHistory(workouts).Workouts.Should().HaveCount(TrainingHistory.MaxWorkouts);
    }

    [Fact]
    public void Constructor_OneWorkoutMoreThanTheMaximum_ThrowsNamingWorkoutsAndTheLimit()
    {
        var workouts = Enumerable.Repeat(new Workout(March1, [Exercise.Squat]), TrainingHistory.MaxWorkouts + 1);

        var act = () => new TrainingHistory(workouts);

        act.Should().ThrowExactly<BackPainValidationException>().WithParameterName("workouts")
            .Which.Message.Should().Contain(TrainingHistory.MaxWorkouts.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void LastTrained_NullMuscle_ThrowsNamingMuscle_EvenWhenTheHistoryIsEmpty()
    {
        var act = () => TrainingHistory.Empty.LastTrained(null!, March1);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("muscle");
    }

    [Fact]
    public void WorkoutsTraining_NullMuscle_ThrowsNamingMuscle_EvenWhenTheHistoryIsEmpty()
    {
        var act = () => TrainingHistory.Empty.WorkoutsTraining(null!);

        act.Should().ThrowExactly<ArgumentNullException>().WithParameterName("muscle");
    }
}
