namespace BackPain.Core;

/// <summary>What lifts a <see cref="Restriction"/>.</summary>
public enum LiftCondition
{
    /// <summary>
    /// The injury counts as healed: a clinician's full clearance, or, for a cause that needs no clinician, a check-in
    /// with pain 0 on or after the cause's minimum healing time in the current episode. A clearance for light activity
    /// lifts a "no exercise at all" restriction but holds strenuous and core work.
    /// </summary>
    Healed = 0,

    /// <summary>A clinician has cleared it, at a check-in.</summary>
    ClinicianClearance = 1,

    /// <summary>The muscles' rest by size is over (domain model section 5) and a check-in reports the soreness gone (pain 0).</summary>
    RestOverAndSorenessGone = 2,

    /// <summary>A check-in reports pain 0, or a clinician gives a full clearance.</summary>
    PainFreeCheckIn = 3,
}
