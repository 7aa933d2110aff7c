namespace BackPain.Core;

/// <summary>How a <see cref="Dose"/> is counted.</summary>
public enum DoseKind
{
    /// <summary>A number of sessions a day, each of a number of minutes.</summary>
    TimesPerDay = 0,

    /// <summary>A number of sessions a week.</summary>
    TimesPerWeek = 1,

    /// <summary>Follow the medicine's label, or a pharmacist's or doctor's advice.</summary>
    FollowTheLabel = 2,

    /// <summary>No dose: the remedy is a way of behaving (resting a muscle group) or an action (seeing a clinician).</summary>
    NotApplicable = 3,
}
