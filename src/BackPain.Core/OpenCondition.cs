namespace BackPain.Core;

/// <summary>What must still happen before something is allowed, when no date can be given yet.</summary>
public enum OpenCondition
{
    /// <summary>Nothing: the date is known.</summary>
    None,

    /// <summary>A check-in that reports pain 0, on or after <see cref="Availability.NotBefore"/>.</summary>
    PainFreeCheckIn,

    /// <summary>A clinician's clearance, reported at a check-in.</summary>
    ClinicianClearance,

    /// <summary>Both a pain-free check-in on or after <see cref="Availability.NotBefore"/> and a clinician's clearance.</summary>
    PainFreeCheckInAndClearance,
}
