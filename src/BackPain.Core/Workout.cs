using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// One training session: its date, its exercises, and how hard it was. A session is hard when its rate of perceived
/// exertion (<see cref="Rpe"/>, 1–10) reaches the planner's threshold (8 by default) or when <see cref="IsHard"/> says so.
/// </summary>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.WorkoutJsonConverter))]
public sealed record Workout
{
    /// <summary>Creates a workout.</summary>
    /// <param name="date">The calendar date of the session.</param>
    /// <param name="exercises">The exercises done: at least one; duplicates are removed.</param>
    /// <param name="rpe">The rate of perceived exertion, 1 (very easy) to 10 (maximal), if known.</param>
    /// <param name="isHard">Whether the caller counts the session as hard, whatever its RPE.</param>
    /// <exception cref="ArgumentNullException"><paramref name="exercises"/> is null.</exception>
    /// <exception cref="BackPainValidationException">
    /// Lists every problem: no exercise (<c>exercises</c>, <see cref="ValidationCode.Required"/>), a null exercise
    /// (<c>exercises[i]</c>, <see cref="ValidationCode.Required"/>), <paramref name="rpe"/> outside 1–10
    /// (<c>rpe</c>, <see cref="ValidationCode.OutOfRange"/>).
    /// </exception>
    public Workout(DateOnly date, IEnumerable<Exercise> exercises, int? rpe = null, bool isHard = false)
    {
        ArgumentNullException.ThrowIfNull(exercises);
        Exercise[] given = [.. exercises];
        var errors = new ErrorCollector();
        Check(errors, given, rpe);
        errors.ThrowIfAny("workout");
        Exercise[] list = [.. given.Distinct()];
        Date = date;
        Exercises = ValueList<Exercise>.Wrap(list);
        Rpe = rpe;
        IsHard = isHard;
        foreach (var exercise in list)
        {
            MuscleMask |= exercise.MuscleMask;
        }
    }

    /// <summary>The calendar date of the session.</summary>
    public DateOnly Date { get; }

    /// <summary>The exercises done, without duplicates.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>The rate of perceived exertion, 1–10, if known.</summary>
    public int? Rpe { get; }

    /// <summary>Whether the caller marked the session as hard, whatever its RPE.</summary>
    public bool IsHard { get; }

    /// <summary>Every muscle group the session trained, primary or secondary, in catalogue order.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<MuscleGroup> Muscles => MuscleGroup.All.Where(Trains);

    internal int MuscleMask { get; }

    /// <summary>Whether the session trained <paramref name="muscle"/> (as a primary or secondary muscle).</summary>
    public bool Trains(MuscleGroup muscle)
    {
        ArgumentNullException.ThrowIfNull(muscle);
        return (MuscleMask & (1 << muscle.Index)) != 0;
    }

    /// <summary>Whether the session counts as hard: marked hard, or an RPE at or above <paramref name="rpeThreshold"/>.</summary>
    internal bool IsHardSession(int rpeThreshold) => IsHard || Rpe >= rpeThreshold;

    /// <summary>The checks of the constructor, with paths relative to the workout; the JSON reader runs the same ones.</summary>
    internal static void Check(ErrorCollector errors, IReadOnlyList<Exercise?> exercises, int? rpe)
    {
        if (exercises.Count == 0)
        {
            errors.Add("exercises", ValidationCode.Required, Messages.Get("validation.exercisesRequired"));
        }

        errors.NoNulls("exercises", exercises);
        errors.Range("rpe", rpe, 1, 10);
    }
}
