namespace BackPain.Core;

/// <summary>Where in the back the pain is, which sets the muscle groups a recovery plan rests.</summary>
public enum BackArea
{
    /// <summary>The lower back (the erector spinae): rests <see cref="MuscleGroup.LowerBack"/>.</summary>
    LowerBack = 0,

    /// <summary>The upper back (lats, traps): rests <see cref="MuscleGroup.UpperBack"/>.</summary>
    UpperBack = 1,

    /// <summary>All of the back: rests both back muscle groups.</summary>
    WholeBack = 2,
}
