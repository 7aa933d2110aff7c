namespace BackPain.Core;

/// <summary>What the pain feels like.</summary>
public enum PainCharacter
{
    /// <summary>A dull, sore ache.</summary>
    DullAche,

    /// <summary>Sharp.</summary>
    Sharp,

    /// <summary>Shooting through the back.</summary>
    Shooting,
}
