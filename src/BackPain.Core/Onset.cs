namespace BackPain.Core;

/// <summary>When the pain started, relative to the workout.</summary>
public enum Onset
{
    /// <summary>During the workout.</summary>
    DuringWorkout = 0,

    /// <summary>Within hours after the workout.</summary>
    HoursAfter = 1,

    /// <summary>The next day or later.</summary>
    NextDayOrLater = 2,
}
