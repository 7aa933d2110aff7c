namespace BackPain.Core;

/// <summary>What a <see cref="Restriction"/> forbids.</summary>
public enum RestrictionKind
{
    /// <summary>No core work (planks, crunches, sit-ups and other exercises whose primary muscle is the core).</summary>
    NoCoreWork,

    /// <summary>No exercise that loads the spine strenuously (see <see cref="Exercise.IsStrenuousForSpine"/>).</summary>
    NoStrenuousExercise,

    /// <summary>No exercise at all; staying gently active in daily life is still fine.</summary>
    NoExercise,

    /// <summary>No training of the listed muscle groups.</summary>
    RestMuscles,

    /// <summary>All training suspended by an urgent red flag.</summary>
    SuspendAllTraining,
}
