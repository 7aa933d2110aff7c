using BackPain.Core.Internal;
using static BackPain.Core.Symptom;

namespace BackPain.Core.Rules;

/// <summary>
/// The evidence table: for each cause, which findings point to it and which argue against it, with a weight and a
/// source (domain model section 1). This is the one place to review how the assessment reasons.
/// </summary>
/// <remarks>
/// A cause's raw score is the sum of the weights of the findings the report contains; its score is
/// <c>1 − e^(−raw)</c> for a positive raw score and 0 otherwise, so it lies in [0, 1) and every added supporting
/// finding raises it. The weights are the library's reading of its sources: the source article for what points to
/// each cause, consensus for DOMS timing (onset 12–24 hours, peak 24–72 hours, gone within 7 days). A pop heard keeps a
/// ligament tear at least possible whatever else the report says (0.9 against at most −0.5), because it is the source
/// article's main sign of a tear; pain or numbness down a leg does the same for a slipped disc (1.1 against at most −0.7),
/// because it is the sign NICE NG59 builds on. Pain that has lasted a week or more weighs −1.1 against DOMS, enough
/// that DOMS is at most possible, never likely, once soreness has outlasted its usual course (gone within 7 days).
/// <para>
/// Two more tables gate the score (domain model section 1). <see cref="DefiningSigns"/>: an injury may rank as possible
/// only when the report holds all the findings of at least one of its defining signs; without one its score is held just
/// below <see cref="BackPainAssessor.PossibleThreshold"/>, so one weak finding never makes an injury possible.
/// <see cref="Exclusions"/>: findings that make a cause unlikely whatever else the report says (pain that has lasted two
/// weeks or more is not muscle soreness).
/// </para>
/// </remarks>
internal static class EvidenceRules
{
    private static readonly Evidence[] Table =
    [
        // DOMS: a dull ache hours after a hard or new workout, on both sides, mild to moderate.
        new(Cause.Doms, OnsetHoursAfter, 0.6, Source.Article),
        new(Cause.Doms, OnsetNextDayOrLater, 0.5, Source.Consensus),
        new(Cause.Doms, DullAche, 0.5, Source.Article),
        new(Cause.Doms, PainOnBothSides, 0.3, Source.Consensus),
        new(Cause.Doms, MildPain, 0.2, Source.Consensus),
        new(Cause.Doms, ModeratePain, 0.2, Source.Consensus),
        new(Cause.Doms, HardOrUnaccustomedWorkout, 0.4, Source.Article),
        new(Cause.Doms, OnsetDuringWorkout, -0.6, Source.Article),
        new(Cause.Doms, SharpPain, -0.5, Source.Article),
        new(Cause.Doms, ShootingPain, -0.6, Source.Article),
        new(Cause.Doms, PopHeard, -0.8, Source.Article),
        new(Cause.Doms, PainDownOneLeg, -0.6, Source.Consensus),
        new(Cause.Doms, SeverePain, -0.5, Source.Consensus),
        new(Cause.Doms, LastedOverAWeek, -1.1, Source.Consensus),
        new(Cause.Doms, SuddenJerk, -0.4, Source.Article),

        // Poor core strength: posture breaks down when lifting or running; recurs; no single moment of injury.
        new(Cause.PoorCoreStrength, PostureBrokeDown, 0.7, Source.Article),
        new(Cause.PoorCoreStrength, RecursAfterSessions, 0.6, Source.Article),
        new(Cause.PoorCoreStrength, LiftingOrRunning, 0.2, Source.Article),
        new(Cause.PoorCoreStrength, DullAche, 0.1, Source.LibraryDefault),
        new(Cause.PoorCoreStrength, PopHeard, -0.6, Source.Article),
        new(Cause.PoorCoreStrength, SuddenJerk, -0.5, Source.Article),
        new(Cause.PoorCoreStrength, SharpPain, -0.3, Source.Article),

        // Pulled muscle: sharp pain during the workout that persists; wrong use or overuse; squats and deadlifts.
        new(Cause.PulledMuscle, OnsetDuringWorkout, 0.6, Source.Article),
        new(Cause.PulledMuscle, SharpPain, 0.5, Source.Article),
        new(Cause.PulledMuscle, SquatOrDeadlift, 0.3, Source.Article),
        new(Cause.PulledMuscle, PostureBrokeDown, 0.2, Source.Article),
        new(Cause.PulledMuscle, SuddenJerk, 0.2, Source.Article),
        new(Cause.PulledMuscle, OnsetHoursAfter, -0.5, Source.Article),
        new(Cause.PulledMuscle, OnsetNextDayOrLater, -0.5, Source.Article),
        new(Cause.PulledMuscle, DullAche, -0.3, Source.Article),
        new(Cause.PulledMuscle, PainDownOneLeg, -0.4, Source.NiceNG59),

        // Slipped disc: serious pain, hard to stand up, a heavy lift pulled in a sudden jerk, pain down a leg.
        new(Cause.SlippedDisc, SeverePain, 0.4, Source.Article),
        new(Cause.SlippedDisc, HardToStandUp, 0.5, Source.Article),
        new(Cause.SlippedDisc, SquatOrDeadlift, 0.2, Source.Article),
        new(Cause.SlippedDisc, SuddenJerk, 0.5, Source.Article),
        new(Cause.SlippedDisc, PainDownOneLeg, 1.1, Source.NiceNG59),
        new(Cause.SlippedDisc, NumbnessBothLegs, 1.1, Source.NiceNG59),
        new(Cause.SlippedDisc, ShootingPain, 0.2, Source.NiceNG59),
        new(Cause.SlippedDisc, OnsetHoursAfter, -0.4, Source.Article),
        new(Cause.SlippedDisc, OnsetNextDayOrLater, -0.3, Source.Article),
        new(Cause.SlippedDisc, DullAche, -0.3, Source.Article),

        // Ligament tear: a pop at the moment of injury, or severe pain shooting through the back.
        new(Cause.LigamentTear, PopHeard, 0.9, Source.Article),
        new(Cause.LigamentTear, ShootingPain, 0.4, Source.Article),
        new(Cause.LigamentTear, SeverePain, 0.3, Source.Article),
        new(Cause.LigamentTear, MildPain, -0.3, Source.Article),
        new(Cause.LigamentTear, DullAche, -0.2, Source.Article),
    ];

    /// <summary>
    /// The defining signs of each injury: each entry is a set of findings that must all be present. Pulled muscle: sharp
    /// pain that began during the workout. Slipped disc: pain down one leg; numbness in both legs; or a sudden jerk under a
    /// squat or deadlift with severe pain or trouble standing up. Ligament tear: a pop; or severe shooting pain that began
    /// during the workout.
    /// </summary>
    internal static readonly (Cause Cause, Symptom[] AllOf, Source Source)[] DefiningSigns =
    [
        (Cause.PulledMuscle, [SharpPain, OnsetDuringWorkout], Source.Article),
        (Cause.SlippedDisc, [PainDownOneLeg], Source.NiceNG59),
        (Cause.SlippedDisc, [NumbnessBothLegs], Source.NiceNG59),
        (Cause.SlippedDisc, [SuddenJerk, SquatOrDeadlift, SeverePain], Source.Article),
        (Cause.SlippedDisc, [SuddenJerk, SquatOrDeadlift, HardToStandUp], Source.Article),
        (Cause.LigamentTear, [PopHeard], Source.Article),
        (Cause.LigamentTear, [ShootingPain, SeverePain, OnsetDuringWorkout], Source.Article),
    ];

    /// <summary>Findings that make a cause unlikely whatever else the report says: DOMS is gone within a week or two.</summary>
    internal static readonly (Cause Cause, Symptom Evidence, Source Source)[] Exclusions =
    [
        (Cause.Doms, LastedOverTwoWeeks, Source.Consensus),
    ];

    /// <summary>The highest score a cause can have without a defining sign, or with an excluding finding: just below possible.</summary>
    internal const double UnlikelyCeiling = 0.29;

    /// <summary>Every row of the table, grouped by cause.</summary>
    internal static IReadOnlyList<Evidence> All { get; } = ValueList<Evidence>.Wrap(Table);

    /// <summary>The rows that speak for or against <paramref name="cause"/>.</summary>
    internal static IEnumerable<Evidence> For(Cause cause)
    {
        ArgumentNullException.ThrowIfNull(cause);
        return Table.Where(f => f.Cause == cause);
    }

    /// <summary>Turns a raw score (the sum of the weights present) into a score in [0, 1).</summary>
    internal static double Score(double raw) => raw > 0 ? 1 - Math.Exp(-raw) : 0;
}
