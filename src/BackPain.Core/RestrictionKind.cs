namespace BackPain.Core;

/// <summary>What a <see cref="Restriction"/> forbids.</summary>
public enum RestrictionKind
{
    /// <summary>No core work (planks, crunches, sit-ups and other exercises whose primary muscle is the core).</summary>
    NoCoreWork = 0,

    /// <summary>No exercise that loads the spine strenuously (see <see cref="Exercise.IsStrenuousForSpine"/>).</summary>
    NoStrenuousExercise = 1,

    /// <summary>No exercise at all; staying gently active in daily life is still fine.</summary>
    NoExercise = 2,

    /// <summary>No training of the listed muscle groups.</summary>
    RestMuscles = 3,

    /// <summary>All training suspended by an urgent red flag.</summary>
    SuspendAllTraining = 4,
}
