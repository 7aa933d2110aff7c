namespace BackPain.Core;

/// <summary>How the pain is changing.</summary>
public enum Trend
{
    /// <summary>The pain is getting better.</summary>
    Better = 0,

    /// <summary>The pain is about the same.</summary>
    Same = 1,

    /// <summary>The pain is getting worse.</summary>
    Worse = 2,
}
