using System.Globalization;
using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// A person's answers about back pain after a workout (domain model section 2): immutable, valid, value-equal.
/// Make one with <see cref="SymptomReportBuilder"/> (or <see cref="Create"/>); <see cref="Symptoms"/> gives the
/// symptoms the answers imply, which the assessment rules read.
/// </summary>
/// <example>
/// <code>
/// var report = new SymptomReportBuilder
/// {
///     Severity = 4,
///     Onset = Onset.HoursAfter,
///     Character = PainCharacter.DullAche,
///     Exercises = [Exercise.Deadlift],
/// }.Build();
/// </code>
/// </example>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.SymptomReportJsonConverter))]
public sealed record SymptomReport
{
    /// <summary>The longest pain duration a report accepts, in whole days: 3,650 (ten years).</summary>
    public static int MaxPainDurationDays { get; } = 3650;

    /// <summary>The most exercises one report can list.</summary>
    public static int MaxExercises { get; } = 100;

    private SymptomReport(SymptomReportBuilder answers)
    {
        Severity = answers.Severity!.Value;
        Onset = answers.Onset;
        Character = answers.Character;
        Area = answers.Area ?? BackArea.LowerBack;
        PopHeard = answers.PopHeard;
        HardToStandUp = answers.HardToStandUp || answers.UnableToStandOrWalk;
        UnableToStandOrWalk = answers.UnableToStandOrWalk;
        Legs = answers.Legs ?? LegSymptoms.None;
        SuddenJerk = answers.SuddenJerk;
        Exercises = ValueList<Exercise>.Wrap([.. answers.Exercises.Distinct()]);
        PostureBrokeDown = answers.PostureBrokeDown;
        MusclesTight = answers.MusclesTight;
        RecursAfterSessions = answers.RecursAfterSessions;
        PainOnBothSides = answers.PainOnBothSides;
        HardOrUnaccustomedWorkout = answers.HardOrUnaccustomedWorkout;
        PainDurationDays = answers.PainDurationDays;
        Trend = answers.Trend;
        RedFlags = ValueList<Symptom>.Wrap([.. answers.RedFlags.Distinct().OrderBy(s => s.Index)]);
        Age = answers.Age;
        Symptoms = Derive();
    }

    /// <summary>How bad the pain is, 0 (none) to 10 (worst imaginable).</summary>
    public int Severity { get; }

    /// <summary>When the pain started, relative to the workout, if answered.</summary>
    public Onset? Onset { get; }

    /// <summary>What the pain feels like, if answered.</summary>
    public PainCharacter? Character { get; }

    /// <summary>Where in the back the pain is (the lower back unless answered otherwise).</summary>
    public BackArea Area { get; }

    /// <summary>Whether a popping sound was heard at the moment of injury.</summary>
    public bool PopHeard { get; }

    /// <summary>Whether standing up is hard (always true when <see cref="UnableToStandOrWalk"/> is).</summary>
    public bool HardToStandUp { get; }

    /// <summary>Whether the person is unable to stand or walk.</summary>
    public bool UnableToStandOrWalk { get; }

    /// <summary>Whether pain, numbness or tingling runs into one leg or both.</summary>
    public LegSymptoms Legs { get; }

    /// <summary>Whether the pain started with a sudden, jerking motion.</summary>
    public bool SuddenJerk { get; }

    /// <summary>The exercises of the workout, without duplicates.</summary>
    public IReadOnlyList<Exercise> Exercises { get; }

    /// <summary>Whether form or posture broke down during the workout.</summary>
    public bool PostureBrokeDown { get; }

    /// <summary>Whether the back muscles feel tight.</summary>
    public bool MusclesTight { get; }

    /// <summary>Whether this pain comes back after many sessions.</summary>
    public bool RecursAfterSessions { get; }

    /// <summary>Whether the ache is on both sides of the back.</summary>
    public bool PainOnBothSides { get; }

    /// <summary>Whether the workout was hard or unaccustomed.</summary>
    public bool HardOrUnaccustomedWorkout { get; }

    /// <summary>How long the pain has lasted so far, in whole days (0 when it started today), if answered.</summary>
    public int? PainDurationDays { get; }

    /// <summary>Whether the pain is getting better, staying the same or getting worse, if answered.</summary>
    public Trend? Trend { get; }

    /// <summary>The red-flag questions answered "yes", in catalogue order.</summary>
    public IReadOnlyList<Symptom> RedFlags { get; }

    /// <summary>The person's age in years, if known.</summary>
    public int? Age { get; }

    /// <summary>Every symptom the answers imply, for example <see cref="Symptom.SeverePain"/> for a severity of 7 or more.</summary>
    public SymptomSet Symptoms { get; }

    /// <summary>Builds a report from answers, or throws listing every problem.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    /// <exception cref="BackPainValidationException">One or more answers are invalid.</exception>
    internal static SymptomReport Create(SymptomReportBuilder answers)
    {
        var errors = new ErrorCollector();
        var report = CreateOrAddErrors(answers, errors);
        errors.ThrowIfAny("symptomReport");
        return report!;
    }

    /// <summary>
    /// Lists every problem with the answers, each with its field path (as in the JSON format) and the allowed range:
    /// severity required and 0–10; enum values defined; pain duration 0–3,650 days; age 0–130; at most 100
    /// exercises, none null; red flags only from <see cref="Symptom.RedFlagQuestions"/>; and no pain character when
    /// severity is 0 (no pain has no character). Codes: <see cref="ValidationCode.Required"/> for a missing severity,
    /// a null list or a null entry; <see cref="ValidationCode.OutOfRange"/>; <see cref="ValidationCode.UnknownId"/> for
    /// an undefined enum value; <see cref="ValidationCode.TooMany"/>; <see cref="ValidationCode.NotAllowed"/> for a
    /// symptom that is not a red-flag question; <see cref="ValidationCode.Contradiction"/> for a character with severity 0.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="answers"/> is null.</exception>
    internal static ValidationResult Validate(SymptomReportBuilder answers)
    {
        var errors = new ErrorCollector();
        CreateOrAddErrors(answers, errors);
        return errors.ToResult();
    }

    /// <summary>The report, or null after adding every problem to <paramref name="errors"/> (paths relative to the report).</summary>
    internal static SymptomReport? CreateOrAddErrors(SymptomReportBuilder answers, ErrorCollector errors)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var before = errors.Count;
        errors.Required("severity", answers.Severity);
        errors.Range("severity", answers.Severity, 0, 10);
        errors.Defined("onset", answers.Onset);
        errors.Defined("character", answers.Character);
        if (answers.Severity == 0 && answers.Character is not null)
        {
            errors.Add("character", ValidationCode.Contradiction, Messages.Get("validation.characterWithoutPain"), answers.Character);
        }

        errors.Defined("area", answers.Area);
        errors.Defined("legs", answers.Legs);
        ValidateList(errors, "exercises", answers.Exercises, MaxExercises, static _ => null);
        if (answers.PainDurationDays is { } days && (days < 0 || days > MaxPainDurationDays))
        {
            errors.Add("painDurationDays", ValidationCode.OutOfRange, Messages.Format("validation.painDurationDaysRange", MaxPainDurationDays, days), days);
        }

        errors.Defined("trend", answers.Trend);
        ValidateList(errors, "redFlags", answers.RedFlags, Symptom.All.Count, static symptom => symptom.IsRedFlagQuestion
            ? null
            : Messages.Format("validation.redFlagNotAllowed", symptom.Id, string.Join(", ", Symptom.RedFlagQuestions)));
        errors.Range("age", answers.Age, 0, 130);
        return errors.Count == before ? new SymptomReport(answers) : null;
    }

    /// <summary>A builder holding these answers, to change some and build a new report.</summary>
    public SymptomReportBuilder ToBuilder() => new()
    {
        Severity = Severity,
        Onset = Onset,
        Character = Character,
        Area = Area,
        PopHeard = PopHeard,
        HardToStandUp = HardToStandUp,
        UnableToStandOrWalk = UnableToStandOrWalk,
        Legs = Legs,
        SuddenJerk = SuddenJerk,
        Exercises = [.. Exercises],
        PostureBrokeDown = PostureBrokeDown,
        MusclesTight = MusclesTight,
        RecursAfterSessions = RecursAfterSessions,
        PainOnBothSides = PainOnBothSides,
        HardOrUnaccustomedWorkout = HardOrUnaccustomedWorkout,
        PainDurationDays = PainDurationDays,
        Trend = Trend,
        RedFlags = [.. RedFlags],
        Age = Age,
    };

    private static void ValidateList<T>(ErrorCollector errors, string path, IList<T>? items, int max, Func<T, string?> check)
        where T : class
    {
        if (items is null)
        {
            errors.Add(path, ValidationCode.Required, Messages.Get("validation.list"));
            return;
        }

        if (items.Count > max)
        {
            errors.Add(path, ValidationCode.TooMany, Messages.Format("validation.listTooMany", max, items.Count), items.Count);
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not { } item)
            {
                errors.Add(ErrorCollector.Index(path, i), ValidationCode.Required, Messages.Get("validation.notNull"));
            }
            else if (check(item) is { } message)
            {
                errors.Add(ErrorCollector.Index(path, i), ValidationCode.NotAllowed, message, item);
            }
        }
    }

    private SymptomSet Derive()
    {
        // The type is written out so that a mutated Union (which LINQ's Intersect resolves) fails here, not below.
        SymptomSet s = SymptomSet.Empty
            .With(Symptom.OnsetDuringWorkout, Onset == Core.Onset.DuringWorkout)
            .With(Symptom.OnsetHoursAfter, Onset == Core.Onset.HoursAfter)
            .With(Symptom.OnsetNextDayOrLater, Onset == Core.Onset.NextDayOrLater)
            .With(Symptom.DullAche, Character == PainCharacter.DullAche)
            .With(Symptom.SharpPain, Character == PainCharacter.Sharp)
            .With(Symptom.ShootingPain, Character == PainCharacter.Shooting)
            .With(Symptom.PopHeard, PopHeard)
            .With(Symptom.HardToStandUp, HardToStandUp)
            .With(Symptom.PainDownOneLeg, Legs == LegSymptoms.OneLeg)
            .With(Symptom.NumbnessBothLegs, Legs == LegSymptoms.BothLegs)
            .With(Symptom.SuddenJerk, SuddenJerk)
            .With(Symptom.PostureBrokeDown, PostureBrokeDown)
            .With(Symptom.MusclesTight, MusclesTight)
            .With(Symptom.RecursAfterSessions, RecursAfterSessions)
            .With(Symptom.PainOnBothSides, PainOnBothSides)
            .With(Symptom.HardOrUnaccustomedWorkout, HardOrUnaccustomedWorkout)
            .With(Symptom.SquatOrDeadlift, Exercises.Any(IsSquatOrDeadlift))
            .With(Symptom.LiftingOrRunning, Exercises.Any(IsLiftingOrRunning))
            .With(Symptom.UnableToStandOrWalk, UnableToStandOrWalk)
            .With(Symptom.AgeUnder20OrOver50, Age is < 20 or > 50)
            .Union(PainFindings.Of(Severity, Trend, PainDurationDays, PopHeard));
        foreach (var flag in RedFlags)
        {
            s = s.Add(flag);
        }

        return s;
    }

    private static bool IsSquatOrDeadlift(Exercise e)
        => e == Exercise.Squat || e == Exercise.FrontSquat || e == Exercise.Deadlift || e == Exercise.RomanianDeadlift;

    private static bool IsLiftingOrRunning(Exercise e)
        => !e.IsCoreWork && e != Exercise.Cycling && e != Exercise.Swimming && e != Exercise.RowingMachine;
}
