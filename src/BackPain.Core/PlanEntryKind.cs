namespace BackPain.Core;

/// <summary>What a <see cref="PlanEntry"/> is about.</summary>
public enum PlanEntryKind
{
    /// <summary>Ice sessions, with their dose.</summary>
    Ice,

    /// <summary>Heat sessions, with their dose.</summary>
    Heat,

    /// <summary>A gentle whole-body stretch.</summary>
    Stretching,

    /// <summary>Stay gently active: walking and daily tasks, no bed rest.</summary>
    StayActive,

    /// <summary>Core work (planks, crunches, sit-ups).</summary>
    CoreWork,

    /// <summary>The listed muscle groups may be trained.</summary>
    Training,

    /// <summary>A check-in: reassess the pain and report it with <see cref="RecoveryPlan.CheckIn"/>.</summary>
    CheckIn,

    /// <summary>See a clinician, as the triage level says.</summary>
    SeeClinician,

    /// <summary>Blocked: the listed muscle groups rest.</summary>
    RestMuscles,

    /// <summary>Blocked: no core work.</summary>
    NoCoreWork,

    /// <summary>Blocked: no exercise that loads the spine strenuously.</summary>
    NoStrenuousExercise,

    /// <summary>Blocked: no exercise at all.</summary>
    NoExercise,

    /// <summary>Blocked: all training suspended until a clinician clears it.</summary>
    AllTrainingSuspended,
}
