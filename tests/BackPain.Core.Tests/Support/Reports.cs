
namespace BackPain.Core.Tests.Support;

/// <summary>
/// Named symptom reports, one per typical story of domain.md §1 and §4, so that a test reads
/// <c>Reports.PulledMuscle()</c> instead of a long object literal. Each takes an optional change to the answers:
/// <c>Reports.Doms(a =&gt; a.Severity = 6)</c>. The <c>…Answers()</c> methods give the answers still open to change.
/// </summary>
public static class Reports
{
    /// <summary>Only the required answer: a severity, everything else unanswered.</summary>
    public static SymptomReport WithSeverity(int severity) => new SymptomReportBuilder { Severity = severity }.Build();

    /// <summary>No pain at all (severity 0), nothing else answered.</summary>
    public static SymptomReport NoPain(Action<SymptomReportBuilder>? change = null) => Build(NoPainAnswers(), change);

    /// <summary>
    /// DOMS: a dull, sore ache on both sides of the back that began hours after a hard, unaccustomed workout
    /// (squats and lunges), mild to moderate (3 of 10), lasting a day so far.
    /// </summary>
    public static SymptomReport Doms(Action<SymptomReportBuilder>? change = null) => Build(DomsAnswers(), change);

    /// <summary>
    /// Poor core strength: a dull ache (4 of 10) after deadlifts and running, form broke down, and the same pain has
    /// come back after many sessions; no single moment of injury.
    /// </summary>
    public static SymptomReport PoorCoreStrength(Action<SymptomReportBuilder>? change = null) => Build(PoorCoreStrengthAnswers(), change);

    /// <summary>A pulled muscle: a sharp pain (5 of 10) felt during a set of squats that persists, two days so far.</summary>
    public static SymptomReport PulledMuscle(Action<SymptomReportBuilder>? change = null) => Build(PulledMuscleAnswers(), change);

    /// <summary>
    /// A slipped disc: serious pain (7 of 10) that began during a heavy deadlift pulled with a sudden jerk; standing
    /// up is hard and pain runs down one leg.
    /// </summary>
    public static SymptomReport SlippedDisc(Action<SymptomReportBuilder>? change = null) => Build(SlippedDiscAnswers(), change);

    /// <summary>A ligament tear: a pop heard during a deadlift, then a shooting pain (6 of 10).</summary>
    public static SymptomReport LigamentTear(Action<SymptomReportBuilder>? change = null) => Build(LigamentTearAnswers(), change);

    /// <summary>Possible cauda equina syndrome (an emergency): numbness in both legs and around the saddle area after deadlifts.</summary>
    public static SymptomReport CaudaEquina(Action<SymptomReportBuilder>? change = null) => Build(CaudaEquinaAnswers(), change);

    /// <summary>The answers of <see cref="NoPain"/>.</summary>
    public static SymptomReportBuilder NoPainAnswers() => new() { Severity = 0 };

    /// <summary>The answers of <see cref="Doms"/>.</summary>
    public static SymptomReportBuilder DomsAnswers() => new()
    {
        Severity = 3,
        Onset = Onset.HoursAfter,
        Character = PainCharacter.DullAche,
        PainOnBothSides = true,
        HardOrUnaccustomedWorkout = true,
        MusclesTight = true,
        Exercises = [Exercise.Squat, Exercise.Lunge],
        PainDuration = TimeSpan.FromDays(1),
        Trend = Trend.Same,
        Age = 30,
    };

    /// <summary>The answers of <see cref="PoorCoreStrength"/>.</summary>
    public static SymptomReportBuilder PoorCoreStrengthAnswers() => new()
    {
        Severity = 4,
        Onset = Onset.HoursAfter,
        Character = PainCharacter.DullAche,
        PostureBrokeDown = true,
        RecursAfterSessions = true,
        Exercises = [Exercise.Deadlift, Exercise.Running],
        PainDuration = TimeSpan.FromDays(2),
        Trend = Trend.Better,
        Age = 35,
    };

    /// <summary>The answers of <see cref="PulledMuscle"/>.</summary>
    public static SymptomReportBuilder PulledMuscleAnswers() => new()
    {
        Severity = 5,
        Onset = Onset.DuringWorkout,
        Character = PainCharacter.Sharp,
        Exercises = [Exercise.Squat],
        PainDuration = TimeSpan.FromDays(2),
        Trend = Trend.Same,
        Age = 28,
    };

    /// <summary>The answers of <see cref="SlippedDisc"/>.</summary>
    public static SymptomReportBuilder SlippedDiscAnswers() => new()
    {
        Severity = 7,
        Onset = Onset.DuringWorkout,
        Character = PainCharacter.Sharp,
        SuddenJerk = true,
        HardToStandUp = true,
        Legs = LegSymptoms.OneLeg,
        Exercises = [Exercise.Deadlift],
        PainDuration = TimeSpan.FromDays(1),
        Trend = Trend.Same,
        Age = 40,
    };

    /// <summary>The answers of <see cref="LigamentTear"/>.</summary>
    public static SymptomReportBuilder LigamentTearAnswers() => new()
    {
        Severity = 6,
        Onset = Onset.DuringWorkout,
        Character = PainCharacter.Shooting,
        PopHeard = true,
        Exercises = [Exercise.Deadlift],
        PainDuration = TimeSpan.FromDays(1),
        Trend = Trend.Same,
        Age = 33,
    };

    /// <summary>The answers of <see cref="CaudaEquina"/>.</summary>
    public static SymptomReportBuilder CaudaEquinaAnswers() => new()
    {
        Severity = 6,
        Onset = Onset.DuringWorkout,
        Character = PainCharacter.Shooting,
        Legs = LegSymptoms.BothLegs,
        Exercises = [Exercise.Deadlift],
        RedFlags = [Symptom.SaddleNumbness],
        Age = 45,
    };

    private static SymptomReport Build(SymptomReportBuilder answers, Action<SymptomReportBuilder>? change)
    {
        change?.Invoke(answers);
        return answers.Build();
    }
}
