namespace BackPain.Core;

/// <summary>Whether pain, numbness or tingling runs into the legs.</summary>
public enum LegSymptoms
{
    /// <summary>No pain, numbness or tingling in the legs.</summary>
    None = 0,

    /// <summary>Pain or numbness runs down one leg: see a doctor.</summary>
    OneLeg = 1,

    /// <summary>Pain, numbness or tingling in both legs: a possible sign of cauda equina syndrome, an emergency.</summary>
    BothLegs = 2,
}
