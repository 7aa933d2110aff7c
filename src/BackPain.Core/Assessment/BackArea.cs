namespace BackPain.Core.Assessment;

/// <summary>Where in the back the pain is, which sets the muscle groups a recovery plan rests.</summary>
public enum BackArea
{
    /// <summary>The lower back (the erector spinae): rests <see cref="Domain.MuscleGroup.LowerBack"/>.</summary>
    LowerBack,

    /// <summary>The upper back (lats, traps): rests <see cref="Domain.MuscleGroup.UpperBack"/>.</summary>
    UpperBack,

    /// <summary>All of the back: rests both back muscle groups.</summary>
    WholeBack,
}
