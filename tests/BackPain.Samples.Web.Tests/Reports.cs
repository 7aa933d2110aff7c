using BackPain.Core;

namespace BackPain.Samples.Web.Tests;

/// <summary>Symptom reports from the domain's named cases, built with the library's own builder.</summary>
internal static class Reports
{
    /// <summary>Delayed-onset muscle soreness: a dull ache on both sides the day after a hard, new squat session.</summary>
    public static SymptomReport Doms() => new SymptomReportBuilder
    {
        Severity = 3,
        Onset = Onset.NextDayOrLater,
        Character = PainCharacter.DullAche,
        Exercises = [Exercise.Squat],
        HardOrUnaccustomedWorkout = true,
        PainOnBothSides = true,
    }.Build();

    /// <summary>A pulled muscle: sharp pain during a deadlift that started with a sudden jerk; the muscles feel tight.</summary>
    public static SymptomReport PulledMuscle() => new SymptomReportBuilder
    {
        Severity = 6,
        Onset = Onset.DuringWorkout,
        Character = PainCharacter.Sharp,
        Exercises = [Exercise.Deadlift],
        SuddenJerk = true,
        MusclesTight = true,
    }.Build();

    /// <summary>The pulled muscle with a fever: a red flag that means seeing a doctor today.</summary>
    public static SymptomReport PulledMuscleWithFever()
    {
        var answers = PulledMuscle().ToBuilder();
        answers.RedFlags = [Symptom.Fever];
        return answers.Build();
    }
}
