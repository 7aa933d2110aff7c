using BackPain.Core.Assessment;
using BackPain.Core.Domain;

namespace BackPain.Core.Benchmarks;

/// <summary>The named examples of the domain model, one per cause, and one with a red flag.</summary>
public enum NamedExample
{
    /// <summary>A dull ache on both sides hours after a hard deadlift session.</summary>
    Doms,

    /// <summary>Posture broke down while running; the ache keeps coming back.</summary>
    PoorCore,

    /// <summary>Sharp pain during a squat that persists.</summary>
    PulledMuscle,

    /// <summary>Severe shooting pain down one leg after a deadlift pulled in a sudden jerk; hard to stand up.</summary>
    SlippedDisc,

    /// <summary>A pop during a deadlift with shooting pain through the back.</summary>
    LigamentTear,

    /// <summary>The DOMS picture, but with a fever: a red flag that needs a doctor today.</summary>
    FeverRedFlag,
}

/// <summary>The inputs the benchmarks and their tests share: the named reports, a start date, training histories.</summary>
public static class Examples
{
    /// <summary>The first day of every plan in the benchmarks (a Monday).</summary>
    public static readonly DateOnly Start = new(2025, 3, 3);

    /// <summary>Every named example, in declaration order.</summary>
    public static IReadOnlyList<NamedExample> All { get; } = Enum.GetValues<NamedExample>();

    /// <summary>The cause each named example is named after: its assessment must rank it first.</summary>
    public static Cause ExpectedTopCause(NamedExample example) => example switch
    {
        NamedExample.Doms or NamedExample.FeverRedFlag => Cause.Doms,
        NamedExample.PoorCore => Cause.PoorCoreStrength,
        NamedExample.PulledMuscle => Cause.PulledMuscle,
        NamedExample.SlippedDisc => Cause.SlippedDisc,
        NamedExample.LigamentTear => Cause.LigamentTear,
        _ => throw new ArgumentOutOfRangeException(nameof(example), example, "Unknown example."),
    };

    /// <summary>The answers of a named example, as a person gives them (a fresh builder each call).</summary>
    public static SymptomReportBuilder Answers(NamedExample example) => example switch
    {
        NamedExample.Doms => new SymptomReportBuilder
        {
            Severity = 4,
            Onset = Onset.HoursAfter,
            Character = PainCharacter.DullAche,
            Exercises = [Exercise.Deadlift, Exercise.BarbellRow],
            PainOnBothSides = true,
            HardOrUnaccustomedWorkout = true,
            MusclesTight = true,
            PainDuration = TimeSpan.FromDays(1),
            Age = 34,
        },
        NamedExample.PoorCore => new SymptomReportBuilder
        {
            Severity = 3,
            Character = PainCharacter.DullAche,
            Exercises = [Exercise.Running],
            PostureBrokeDown = true,
            RecursAfterSessions = true,
            PainDuration = TimeSpan.FromDays(2),
            Age = 41,
        },
        NamedExample.PulledMuscle => new SymptomReportBuilder
        {
            Severity = 5,
            Onset = Onset.DuringWorkout,
            Character = PainCharacter.Sharp,
            Exercises = [Exercise.Squat],
            PainDuration = TimeSpan.FromDays(1),
            Trend = Trend.Same,
            Age = 28,
        },
        NamedExample.SlippedDisc => new SymptomReportBuilder
        {
            Severity = 8,
            Onset = Onset.DuringWorkout,
            Character = PainCharacter.Shooting,
            Exercises = [Exercise.Deadlift],
            SuddenJerk = true,
            HardToStandUp = true,
            Legs = LegSymptoms.OneLeg,
            PainDuration = TimeSpan.FromDays(2),
            Age = 45,
        },
        NamedExample.LigamentTear => new SymptomReportBuilder
        {
            Severity = 6,
            Onset = Onset.DuringWorkout,
            Character = PainCharacter.Shooting,
            Exercises = [Exercise.Deadlift],
            PopHeard = true,
            PainDuration = TimeSpan.FromDays(1),
            Age = 31,
        },
        NamedExample.FeverRedFlag => WithFever(Answers(NamedExample.Doms)),
        _ => throw new ArgumentOutOfRangeException(nameof(example), example, "Unknown example."),
    };

    /// <summary>
    /// A history of <paramref name="count"/> workouts, one a day on the days before <see cref="Start"/>, cycling
    /// through a week of typical sessions (squats, deadlifts, runs, presses, core work) at RPE 5 to 9.
    /// </summary>
    public static TrainingHistory History(int count)
    {
        Exercise[][] week =
        [
            [Exercise.Squat, Exercise.BenchPress, Exercise.Plank],
            [Exercise.Deadlift, Exercise.PullUp],
            [Exercise.Running],
            [Exercise.OverheadPress, Exercise.BarbellRow, Exercise.Crunch],
            [Exercise.Lunge, Exercise.PushUp, Exercise.CalfRaise],
            [Exercise.Cycling],
            [Exercise.RomanianDeadlift, Exercise.LatPulldown, Exercise.BicepsCurl],
        ];
        var workouts = new Workout[count];
        for (var i = 0; i < count; i++)
        {
            workouts[i] = new Workout(Start.AddDays(-1 - i), week[i % week.Length], rpe: 5 + (i % 5));
        }

        return new TrainingHistory(workouts);
    }

    private static SymptomReportBuilder WithFever(SymptomReportBuilder answers)
    {
        answers.RedFlags = [Symptom.Fever];
        return answers;
    }
}
