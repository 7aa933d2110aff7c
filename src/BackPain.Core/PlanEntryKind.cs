namespace BackPain.Core;

/// <summary>
/// What a <see cref="PlanEntry"/> is about. The blocks (<see cref="RestMuscles"/> to <see cref="SuspendAllTraining"/>)
/// carry the names of the <see cref="RestrictionKind"/> they come from.
/// </summary>
public enum PlanEntryKind
{
    /// <summary>Ice sessions, with their dose.</summary>
    Ice = 0,

    /// <summary>Heat sessions, with their dose.</summary>
    Heat = 1,

    /// <summary>A gentle whole-body stretch.</summary>
    Stretching = 2,

    /// <summary>Stay gently active: walking and daily tasks, no bed rest.</summary>
    StayActive = 3,

    /// <summary>Core work (planks, crunches, sit-ups).</summary>
    CoreWork = 4,

    /// <summary>The listed muscle groups may be trained.</summary>
    Training = 5,

    /// <summary>A check-in: reassess the pain and report it with <see cref="RecoveryPlan.CheckIn"/>.</summary>
    CheckIn = 6,

    /// <summary>See a clinician, as the triage level says.</summary>
    SeeClinician = 7,

    /// <summary>Blocked: the listed muscle groups rest.</summary>
    RestMuscles = 8,

    /// <summary>Blocked: no core work.</summary>
    NoCoreWork = 9,

    /// <summary>Blocked: no exercise that loads the spine strenuously.</summary>
    NoStrenuousExercise = 10,

    /// <summary>Blocked: no exercise at all.</summary>
    NoExercise = 11,

    /// <summary>Blocked: all training suspended until a clinician clears it.</summary>
    SuspendAllTraining = 12,
}
