
namespace BackPain.Core;

/// <summary>
/// The answers of a symptom report while they are being collected: every field settable, nothing checked yet.
/// <see cref="Validate"/> lists every problem; <see cref="Build"/> returns the immutable, valid
/// <see cref="SymptomReport"/> or throws one exception listing every problem. All answers but
/// <see cref="Severity"/> are optional; an unanswered yes/no question counts as "no".
/// </summary>
public sealed class SymptomReportBuilder
{
    /// <summary>How bad the pain is, 0 (none) to 10 (worst imaginable). Required.</summary>
    public int? Severity { get; set; }

    /// <summary>When the pain started, relative to the workout.</summary>
    public Onset? Onset { get; set; }

    /// <summary>What the pain feels like. Must be left empty when <see cref="Severity"/> is 0.</summary>
    public PainCharacter? Character { get; set; }

    /// <summary>Where in the back the pain is; the lower back when not given.</summary>
    public BackArea? Area { get; set; }

    /// <summary>Whether a popping sound was heard at the moment of injury.</summary>
    public bool PopHeard { get; set; }

    /// <summary>Whether standing up is hard.</summary>
    public bool HardToStandUp { get; set; }

    /// <summary>Whether the person is unable to stand or walk (a red flag: see a doctor today).</summary>
    public bool UnableToStandOrWalk { get; set; }

    /// <summary>Whether pain, numbness or tingling runs into one leg or both; none when not given.</summary>
    public LegSymptoms? Legs { get; set; }

    /// <summary>Whether the pain started with a sudden, jerking motion.</summary>
    public bool SuddenJerk { get; set; }

    /// <summary>The exercises of the workout after which the pain started.</summary>
    public IList<Exercise> Exercises { get; set; } = [];

    /// <summary>Whether form or posture broke down during the workout.</summary>
    public bool PostureBrokeDown { get; set; }

    /// <summary>Whether the back muscles feel tight.</summary>
    public bool MusclesTight { get; set; }

    /// <summary>Whether this pain comes back after many sessions, with no single moment of injury.</summary>
    public bool RecursAfterSessions { get; set; }

    /// <summary>Whether the ache is on both sides of the back.</summary>
    public bool PainOnBothSides { get; set; }

    /// <summary>Whether the workout was hard or unaccustomed.</summary>
    public bool HardOrUnaccustomedWorkout { get; set; }

    /// <summary>
    /// How long the pain has lasted so far, in whole days: 0 (it started today) to
    /// <see cref="SymptomReport.MaxPainDurationDays"/>. JSON: <c>"painDurationDays": 3</c>.
    /// </summary>
    public int? PainDurationDays { get; set; }

    /// <summary>
    /// The retired JSON property <c>painDuration</c> (a .NET TimeSpan text such as <c>"1.00:00:00"</c>), in any form:
    /// read only so that a document still sending it is told to write <c>painDurationDays</c> instead, never written.
    /// </summary>
    [System.Text.Json.Serialization.JsonInclude]
    [System.Text.Json.Serialization.JsonPropertyName(RetiredPainDurationName)]
    internal System.Text.Json.JsonElement? RetiredPainDuration { get; set; }

    /// <summary>The JSON name of <see cref="RetiredPainDuration"/>: read, never written, not offered as a field.</summary>
    internal const string RetiredPainDurationName = "painDuration";

    /// <summary>Whether the pain is getting better, staying the same or getting worse.</summary>
    public Trend? Trend { get; set; }

    /// <summary>The red-flag questions answered "yes": each must be one of <see cref="Symptom.RedFlagQuestions"/>.</summary>
    public IList<Symptom> RedFlags { get; set; } = [];

    /// <summary>The person's age in years, 0 to 130, if known (used only by the age red flag).</summary>
    public int? Age { get; set; }

    /// <summary>Lists every problem with the answers so far; see <see cref="SymptomReport.Validate"/>.</summary>
    public ValidationResult Validate() => SymptomReport.Validate(this);

    /// <summary>Builds the immutable report.</summary>
    /// <exception cref="BackPainValidationException">One or more answers are invalid; the exception lists every one.</exception>
    public SymptomReport Build() => SymptomReport.Create(this);
}
