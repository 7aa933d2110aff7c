namespace BackPain.Core;

/// <summary>What the pain feels like.</summary>
public enum PainCharacter
{
    /// <summary>A dull, sore ache.</summary>
    DullAche = 0,

    /// <summary>Sharp.</summary>
    Sharp = 1,

    /// <summary>Shooting through the back.</summary>
    Shooting = 2,
}
