namespace BackPain.Core;

/// <summary>How the pain is changing.</summary>
public enum Trend
{
    /// <summary>The pain is getting better.</summary>
    Better,

    /// <summary>The pain is about the same.</summary>
    Same,

    /// <summary>The pain is getting worse.</summary>
    Worse,
}
