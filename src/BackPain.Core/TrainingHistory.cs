using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// A person's recent workouts, in any order when given; kept sorted by date (stable for equal dates). A recovery plan
/// reads it once to find when each muscle group was last trained.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.TrainingHistoryJsonConverter))]
public sealed record TrainingHistory
{
    /// <summary>The largest number of workouts a history holds.</summary>
    public static int MaxWorkouts { get; } = 100_000;

    /// <summary>Creates a history from workouts in any order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="workouts"/> is null.</exception>
    /// <exception cref="BackPainValidationException">
    /// Lists every problem: more than <see cref="MaxWorkouts"/> workouts (<c>workouts</c>,
    /// <see cref="ValidationCode.TooMany"/>), a null workout (<c>workouts[i]</c>, <see cref="ValidationCode.Required"/>).
    /// </exception>
    public TrainingHistory(IEnumerable<Workout> workouts)
    {
        ArgumentNullException.ThrowIfNull(workouts);
        Workout[] list = [.. workouts];
        var errors = new ErrorCollector();
        CheckCount(errors, list.Length);
        errors.NoNulls(nameof(workouts), list);
        errors.ThrowIfAny("trainingHistory");
        Workouts = ValueList<Workout>.Wrap([.. list.OrderBy(w => w.Date)]);
    }

    /// <summary>A history with no workouts.</summary>
    public static TrainingHistory Empty { get; } = new([]);

    /// <summary>The workouts, oldest first.</summary>
    public IReadOnlyList<Workout> Workouts { get; }

    /// <summary>Creates a history from workouts in any order.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="workouts"/> is null.</exception>
    /// <exception cref="BackPainValidationException">A workout is null, or there are more than <see cref="MaxWorkouts"/>.</exception>
    public static TrainingHistory Of(params Workout[] workouts) => new(workouts);

    /// <summary>The workouts that trained <paramref name="muscle"/>, oldest first.</summary>
    public IEnumerable<Workout> WorkoutsTraining(MuscleGroup muscle)
    {
        ArgumentNullException.ThrowIfNull(muscle);
        return Workouts.Where(w => w.Trains(muscle));
    }

    /// <summary>The workouts on <paramref name="date"/>.</summary>
    public IEnumerable<Workout> WorkoutsOn(DateOnly date) => Workouts.Where(w => w.Date == date);

    /// <summary>The last date on or before <paramref name="onOrBefore"/> when <paramref name="muscle"/> was trained, or <see langword="null"/>.</summary>
    public DateOnly? LastTrained(MuscleGroup muscle, DateOnly onOrBefore)
    {
        ArgumentNullException.ThrowIfNull(muscle);
        DateOnly? last = null;
        foreach (var workout in Workouts)
        {
            if (workout.Date > onOrBefore)
            {
                break;
            }

            if (workout.Trains(muscle))
            {
                last = workout.Date;
            }
        }

        return last;
    }

    /// <summary>Whether the history may hold <paramref name="count"/> workouts; the JSON reader checks this before reading any.</summary>
    internal static bool CheckCount(ErrorCollector errors, int count)
    {
        if (count <= MaxWorkouts)
        {
            return true;
        }

        errors.Add("workouts", ValidationCode.TooMany, Messages.Format("validation.workoutsTooMany", MaxWorkouts, count), count);
        return false;
    }
}
