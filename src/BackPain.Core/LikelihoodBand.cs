namespace BackPain.Core;

/// <summary>How well a cause fits the report. It is a likelihood, never a diagnosis.</summary>
public enum LikelihoodBand
{
    /// <summary>The evidence fits the cause well (score at or above the likely threshold, 0.6 by default).</summary>
    Likely = 0,

    /// <summary>Some evidence fits (score at or above 0.3); the cause's safety rules still apply.</summary>
    Possible = 1,

    /// <summary>Little or no evidence fits.</summary>
    Unlikely = 2,
}
