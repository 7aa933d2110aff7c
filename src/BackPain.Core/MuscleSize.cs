namespace BackPain.Core;

/// <summary>
/// How large a muscle group is, which sets how long it rests after training (source article: at least one full
/// day; larger muscles two or three).
/// </summary>
public enum MuscleSize
{
    /// <summary>A small muscle group: at least one full rest day after a session.</summary>
    Small = 0,

    /// <summary>A large muscle group: at least two rest days after a session, three after a hard one.</summary>
    Large = 1,
}
