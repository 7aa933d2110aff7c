using CsCheck;

namespace BackPain.Core.Tests.Support;

/// <summary>
/// CsCheck generators of valid symptom-report answers for the assessment properties. Every field of
/// <see cref="SymptomReportBuilder"/> is generated, each over its whole valid range, with the answers that decide
/// safety rules (red flags, pops, legs, severe pain) frequent enough that every rule fires often.
/// </summary>
public static class ReportGenerators
{
    /// <summary>How many cases each property checks (domain.md §7 asks for at least 10,000).</summary>
    public static long Iterations => PropertyRuns.Iterations;

    private static readonly Exercise[] CustomExercises =
    [
        Exercise.Custom("Sled push", true, MuscleGroup.Quadriceps, MuscleGroup.Glutes),
        Exercise.Custom("Dead bug", false, MuscleGroup.Core),
        Exercise.Custom("Band pull-apart", false, [MuscleGroup.UpperBack], [MuscleGroup.Shoulders]),
    ];

    /// <summary>A yes/no answer that is "yes" about a third of the time.</summary>
    public static Gen<bool> Sometimes { get; } = Gen.Frequency((2, false), (1, true));

    /// <summary>A yes/no answer that is "yes" about one time in ten (the red flags that are answers of their own).</summary>
    public static Gen<bool> Rarely { get; } = Gen.Frequency((9, false), (1, true));

    /// <summary>Any red-flag question of domain.md §4.</summary>
    public static Gen<Symptom> RedFlagQuestion { get; } = Gen.OneOf([.. Symptom.RedFlagQuestions]);

    /// <summary>Any exercise: mostly from the catalogue, sometimes a custom one.</summary>
    public static Gen<Exercise> AnyExercise { get; } = Gen.Frequency(
        (9, (IGen<Exercise>)Gen.OneOf([.. Exercise.All])),
        (1, Gen.OneOf(CustomExercises)));

    /// <summary>Severity 0 to 10, every value equally likely.</summary>
    public static Gen<int> Severity { get; } = Gen.Int[0, 10];

    /// <summary>A pain duration: unanswered, under a week, around the one-week boundary, or anything up to the maximum.</summary>
    public static Gen<TimeSpan?> PainDuration { get; } = Gen.Frequency(
        (2, (IGen<TimeSpan?>)Gen.Const(default(TimeSpan?))),
        (3, Gen.TimeSpan[TimeSpan.Zero, TimeSpan.FromDays(7) - TimeSpan.FromTicks(1)].Select(d => (TimeSpan?)d)),
        (1, Gen.OneOf<TimeSpan?>(TimeSpan.FromDays(7) - TimeSpan.FromTicks(1), TimeSpan.FromDays(7))),
        (2, Gen.TimeSpan[TimeSpan.FromDays(7), SymptomReport.MaxPainDuration].Select(d => (TimeSpan?)d)));

    /// <summary>Leg symptoms: mostly none or unanswered, sometimes one leg, rarely both.</summary>
    public static Gen<LegSymptoms?> Legs { get; } = Gen.Frequency(
        (3, (LegSymptoms?)null),
        (3, LegSymptoms.None),
        (2, LegSymptoms.OneLeg),
        (1, LegSymptoms.BothLegs));

    /// <summary>The red-flag questions answered "yes": usually none, otherwise one to three (duplicates included, which a report drops).</summary>
    public static Gen<Symptom[]> RedFlags { get; } = Gen.Frequency(
        (3, (IGen<Symptom[]>)Gen.Const(Array.Empty<Symptom>())),
        (1, RedFlagQuestion.Array[1, 3]));

    /// <summary>An age: unanswered, or 0 to 130 with the §4 boundaries (19, 20, 50, 51) frequent.</summary>
    public static Gen<int?> Age { get; } = Gen.Frequency(
        (1, (IGen<int?>)Gen.Const(default(int?))),
        (3, Gen.Int[0, 130].Select(a => (int?)a)),
        (1, Gen.OneOf<int?>(19, 20, 50, 51)));

    /// <summary>Valid answers covering every field of <see cref="SymptomReportBuilder"/>; a new builder each time.</summary>
    public static Gen<SymptomReportBuilder> Answers { get; } = Gen.Select(
        Severity,
        Gen.Enum<Onset>().Nullable(0.25),
        Gen.Enum<PainCharacter>().Nullable(0.25),
        Gen.Enum<BackArea>().Nullable(0.25),
        Legs,
        Sometimes.Array[8],
        Rarely,
        AnyExercise.Array[0, 4],
        PainDuration,
        Gen.Enum<Trend>().Nullable(0.25),
        RedFlags,
        Age,
        (severity, onset, character, area, legs, yes, unable, exercises, duration, trend, redFlags, age) => new SymptomReportBuilder
        {
            Severity = severity,
            Onset = onset,
            Character = severity == 0 ? null : character,
            Area = area,
            Legs = legs,
            PopHeard = yes[0],
            HardToStandUp = yes[1],
            SuddenJerk = yes[2],
            PostureBrokeDown = yes[3],
            MusclesTight = yes[4],
            RecursAfterSessions = yes[5],
            PainOnBothSides = yes[6],
            HardOrUnaccustomedWorkout = yes[7],
            UnableToStandOrWalk = unable,
            Exercises = exercises,
            PainDuration = duration,
            Trend = trend,
            RedFlags = redFlags,
            Age = age,
        });

    /// <summary>Valid reports.</summary>
    public static Gen<SymptomReport> Reports { get; } = Answers.Select(a => a.Build());

    /// <summary>
    /// Assessors over the whole range of likely thresholds <see cref="AssessorOptions"/> accepts, 0.4 to 0.95 in
    /// steps of 0.025, ends included. Built once: an assessor is meant to be built once and reused.
    /// </summary>
    public static IReadOnlyList<BackPainAssessor> TunedAssessors { get; } =
        [.. Enumerable.Range(0, 23).Select(i => new BackPainAssessor(new AssessorOptions { LikelyThreshold = Math.Round(0.4 + (i * 0.025), 3) }))];

    /// <summary>One of <see cref="TunedAssessors"/>.</summary>
    public static Gen<BackPainAssessor> TunedAssessor { get; } = Gen.OneOf([.. TunedAssessors]);
}
