namespace BackPain.Core;

/// <summary>Whether pain, numbness or tingling runs into the legs.</summary>
public enum LegSymptoms
{
    /// <summary>No pain, numbness or tingling in the legs.</summary>
    None,

    /// <summary>Pain or numbness runs down one leg: see a doctor.</summary>
    OneLeg,

    /// <summary>Pain, numbness or tingling in both legs: a possible sign of cauda equina syndrome, an emergency.</summary>
    BothLegs,
}
