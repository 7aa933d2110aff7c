namespace BackPain.Core.Assessment;

/// <summary>What lifts a <see cref="Restriction"/>.</summary>
public enum LiftCondition
{
    /// <summary>
    /// The injury counts as healed: a check-in reports pain 0 on or after the cause's minimum healing time (and, for
    /// causes that require it, a clinician has cleared it).
    /// </summary>
    Healed,

    /// <summary>A clinician has cleared it, at a check-in.</summary>
    ClinicianClearance,

    /// <summary>The muscles' rest by size is over (domain model section 5) and a check-in reports the soreness gone (pain 0).</summary>
    RestOverAndSorenessGone,

    /// <summary>A check-in reports pain 0, or a clinician gives a full clearance.</summary>
    PainFreeCheckIn,
}
