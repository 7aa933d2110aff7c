namespace BackPain.Core;

/// <summary>What must still happen before something is allowed, when no date can be given yet.</summary>
public enum OpenCondition
{
    /// <summary>Nothing: the date is known.</summary>
    None = 0,

    /// <summary>A check-in that reports pain 0, on or after <see cref="Availability.NotBefore"/>.</summary>
    PainFreeCheckIn = 1,

    /// <summary>A clinician's clearance, reported at a check-in.</summary>
    ClinicianClearance = 2,

    /// <summary>Both a pain-free check-in on or after <see cref="Availability.NotBefore"/> and a clinician's clearance.</summary>
    PainFreeCheckInAndClearance = 3,
}
