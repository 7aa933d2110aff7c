namespace BackPain.Core;

/// <summary>Where in the back the pain is, which sets the muscle groups a recovery plan rests.</summary>
public enum BackArea
{
    /// <summary>The lower back (the erector spinae): rests <see cref="MuscleGroup.LowerBack"/>.</summary>
    LowerBack,

    /// <summary>The upper back (lats, traps): rests <see cref="MuscleGroup.UpperBack"/>.</summary>
    UpperBack,

    /// <summary>All of the back: rests both back muscle groups.</summary>
    WholeBack,
}
