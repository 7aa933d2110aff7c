using BackPain.Core.Internal;

namespace BackPain.Core.Rules;

/// <summary>
/// The safety rules that restrict training (domain model section 6). They apply to every cause that is at least
/// possible, never only to the likely ones, and no option can switch them off.
/// </summary>
internal static class RestrictionRules
{
    /// <summary>Rule 7: an urgent red flag suspends all training until a clinician clears it.</summary>
    internal static readonly RestrictionRule SuspendAllTraining = new("restriction.suspendAllTraining", RestrictionKind.SuspendAllTraining,
        LiftCondition.ClinicianClearance, Source.NiceCksRedFlags, [], whenTrainingSuspended: true);

    /// <summary>
    /// Rule 3: a suspected ligament tear allows no exercise at all until a clinician clears it: a full clearance counts it
    /// as healed; a clearance for light activity lifts this block but holds strenuous and core work.
    /// </summary>
    internal static readonly RestrictionRule NoExerciseUntilHealed = new("restriction.noExerciseUntilHealed", RestrictionKind.NoExercise,
        LiftCondition.Healed, Source.Article, [Cause.LigamentTear]);

    /// <summary>Rule 2: a suspected slipped disc allows no strenuous exercise until a clinician clears it.</summary>
    internal static readonly RestrictionRule NoStrenuousUntilCleared = new("restriction.noStrenuousUntilCleared", RestrictionKind.NoStrenuousExercise,
        LiftCondition.ClinicianClearance, Source.Article, [Cause.SlippedDisc]);

    /// <summary>Rule 1: no core work until the injury has healed, for every injury (<see cref="Cause.IsInjury"/>), most serious first.</summary>
    internal static readonly RestrictionRule NoCoreWorkUntilHealed = new("restriction.noCoreWorkUntilHealed", RestrictionKind.NoCoreWork,
        LiftCondition.Healed, Source.Article, Cause.InjuriesMostSeriousFirst);

    /// <summary>Rule 4: a pulled muscle rests the injured back muscles until healed.</summary>
    internal static readonly RestrictionRule RestInjuredMuscles = new("restriction.restInjuredMuscles", RestrictionKind.RestMuscles,
        LiftCondition.Healed, Source.Article, [Cause.PulledMuscle]);

    /// <summary>Rule 5: DOMS rests the sore muscles (the painful back area and the workout's primary muscles) by size and until the soreness is gone.</summary>
    internal static readonly RestrictionRule RestSoreMuscles = new("restriction.restSoreMuscles", RestrictionKind.RestMuscles,
        LiftCondition.RestOverAndSorenessGone, Source.Article, [Cause.Doms]);

    /// <summary>
    /// Nothing fits (no cause likely, pain 4 or more): hold strenuous, spine-loading exercise until a pain-free check-in
    /// or a clinician's clearance; gentle activity stays planned (domain model section 1).
    /// </summary>
    internal static readonly RestrictionRule HoldStrenuousUntilPainFree = new("restriction.holdStrenuousUntilPainFree", RestrictionKind.NoStrenuousExercise,
        LiftCondition.PainFreeCheckIn, Source.LibraryDefault, [], whenNothingFits: true);

    /// <summary>Every restriction rule, strictest first.</summary>
    internal static ValueList<RestrictionRule> All { get; } = ValueList<RestrictionRule>.Wrap(
        [SuspendAllTraining, NoExerciseUntilHealed, NoStrenuousUntilCleared, NoCoreWorkUntilHealed, RestInjuredMuscles, RestSoreMuscles, HoldStrenuousUntilPainFree]);
}
