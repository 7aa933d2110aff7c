using BackPain.Core.Internal;

namespace BackPain.Core.Domain;

/// <summary>
/// How long a cause usually takes to heal: the shortest, typical and longest time, and whether only a clinician's
/// clearance can count it as healed. A recovery plan never counts an injury healed before <see cref="Minimum"/>.
/// </summary>
public sealed record HealingEstimate
{
    /// <summary>Creates an estimate.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The periods are not in order minimum ≤ typical ≤ maximum.</exception>
    public HealingEstimate(Days minimum, Days typical, Days maximum, bool requiresClinicianClearance, Source source)
    {
        if (typical < minimum)
        {
            throw new ArgumentOutOfRangeException(nameof(typical), typical, $"typical must be at least minimum ({minimum}).");
        }

        if (maximum < typical)
        {
            throw new ArgumentOutOfRangeException(nameof(maximum), maximum, $"maximum must be at least typical ({typical}).");
        }

        Minimum = minimum;
        Typical = typical;
        Maximum = maximum;
        RequiresClinicianClearance = requiresClinicianClearance;
        Source = Preconditions.CheckNotNull(source);
    }

    /// <summary>The earliest the cause can count as healed, counted from the first day of the plan.</summary>
    public Days Minimum { get; }

    /// <summary>How long it usually takes.</summary>
    public Days Typical { get; }

    /// <summary>How long it takes at most before it stops fitting this cause and needs a clinician's review.</summary>
    public Days Maximum { get; }

    /// <summary>Whether a clinician's clearance is needed, on top of a pain-free check-in, to count it as healed.</summary>
    public bool RequiresClinicianClearance { get; }

    /// <summary>Where the figures come from.</summary>
    public Source Source { get; }
}
