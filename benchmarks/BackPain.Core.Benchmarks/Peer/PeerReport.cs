
namespace BackPain.Core.Benchmarks.Peer;

/// <summary>
/// The answers of a symptom report as a developer without BackPain.Core would hold them: a flat record of plain
/// values (enums and ids as camelCase strings, the duration in days), which the rules engine's expressions read.
/// </summary>
public sealed record PeerReport
{
    /// <summary>Severity 0 to 10.</summary>
    public int Severity { get; init; }

    /// <summary><c>duringWorkout</c>, <c>hoursAfter</c>, <c>nextDayOrLater</c>, or null.</summary>
    public string? Onset { get; init; }

    /// <summary><c>dullAche</c>, <c>sharp</c>, <c>shooting</c>, or null.</summary>
    public string? Character { get; init; }

    /// <summary><c>lowerBack</c>, <c>upperBack</c>, <c>wholeBack</c>, or null.</summary>
    public string? Area { get; init; }

    /// <summary>Whether a pop was heard.</summary>
    public bool PopHeard { get; init; }

    /// <summary>Whether standing up is hard.</summary>
    public bool HardToStandUp { get; init; }

    /// <summary>Whether the person is unable to stand or walk.</summary>
    public bool UnableToStandOrWalk { get; init; }

    /// <summary><c>none</c>, <c>oneLeg</c>, <c>bothLegs</c>, or null.</summary>
    public string? Legs { get; init; }

    /// <summary>Whether the pain started with a sudden jerk.</summary>
    public bool SuddenJerk { get; init; }

    /// <summary>The exercise ids of the workout (for example <c>deadlift</c>).</summary>
    public IReadOnlyList<string> Exercises { get; init; } = [];

    /// <summary>Whether form or posture broke down.</summary>
    public bool PostureBrokeDown { get; init; }

    /// <summary>Whether the back muscles feel tight.</summary>
    public bool MusclesTight { get; init; }

    /// <summary>Whether the pain keeps coming back after sessions.</summary>
    public bool RecursAfterSessions { get; init; }

    /// <summary>Whether the ache is on both sides.</summary>
    public bool PainOnBothSides { get; init; }

    /// <summary>Whether the workout was hard or unaccustomed.</summary>
    public bool HardOrUnaccustomedWorkout { get; init; }

    /// <summary>How long the pain has lasted, in days, or null.</summary>
    public double? PainDurationDays { get; init; }

    /// <summary><c>better</c>, <c>same</c>, <c>worse</c>, or null.</summary>
    public string? Trend { get; init; }

    /// <summary>The red-flag questions answered yes, by id (for example <c>fever</c>).</summary>
    public IReadOnlyList<string> RedFlags { get; init; } = [];

    /// <summary>Age in years, or null.</summary>
    public int? Age { get; init; }

    /// <summary>The same answers as <paramref name="answers"/>, as plain values.</summary>
    public static PeerReport From(SymptomReportBuilder answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new PeerReport
        {
            Severity = answers.Severity ?? throw new ArgumentException("Severity is required.", nameof(answers)),
            Onset = answers.Onset switch
            {
                null => null,
                BackPain.Core.Onset.DuringWorkout => "duringWorkout",
                BackPain.Core.Onset.HoursAfter => "hoursAfter",
                _ => "nextDayOrLater",
            },
            Character = answers.Character switch
            {
                null => null,
                PainCharacter.DullAche => "dullAche",
                PainCharacter.Sharp => "sharp",
                _ => "shooting",
            },
            Area = answers.Area switch
            {
                null => null,
                BackArea.LowerBack => "lowerBack",
                BackArea.UpperBack => "upperBack",
                _ => "wholeBack",
            },
            PopHeard = answers.PopHeard,
            HardToStandUp = answers.HardToStandUp,
            UnableToStandOrWalk = answers.UnableToStandOrWalk,
            Legs = answers.Legs switch
            {
                null => null,
                LegSymptoms.None => "none",
                LegSymptoms.OneLeg => "oneLeg",
                _ => "bothLegs",
            },
            SuddenJerk = answers.SuddenJerk,
            Exercises = [.. answers.Exercises.Select(e => e.Id)],
            PostureBrokeDown = answers.PostureBrokeDown,
            MusclesTight = answers.MusclesTight,
            RecursAfterSessions = answers.RecursAfterSessions,
            PainOnBothSides = answers.PainOnBothSides,
            HardOrUnaccustomedWorkout = answers.HardOrUnaccustomedWorkout,
            PainDurationDays = answers.PainDurationDays,
            Trend = answers.Trend switch
            {
                null => null,
                BackPain.Core.Trend.Better => "better",
                BackPain.Core.Trend.Same => "same",
                _ => "worse",
            },
            RedFlags = [.. answers.RedFlags.Select(s => s.Id)],
            Age = answers.Age,
        };
    }
}
