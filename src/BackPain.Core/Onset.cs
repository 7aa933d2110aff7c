namespace BackPain.Core;

/// <summary>When the pain started, relative to the workout.</summary>
public enum Onset
{
    /// <summary>During the workout.</summary>
    DuringWorkout,

    /// <summary>Within hours after the workout.</summary>
    HoursAfter,

    /// <summary>The next day or later.</summary>
    NextDayOrLater,
}
