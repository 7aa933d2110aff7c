using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// How long a cause usually takes to heal: the shortest, typical and longest time, and whether only a clinician's
/// clearance can count it as healed. Without a clinician, a recovery plan never counts an injury healed before
/// <see cref="Minimum"/> has passed in its current episode; a clinician's full clearance outranks the estimate.
/// </summary>
public sealed record HealingEstimate
{
    /// <summary>Creates an estimate.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="BackPainValidationException">
    /// The periods are not in order minimum ≤ typical ≤ maximum: <c>typical</c> or <c>maximum</c> (or both), with
    /// <see cref="ValidationCode.OutOfOrder"/>.
    /// </exception>
    internal HealingEstimate(Days minimum, Days typical, Days maximum, bool requiresClinicianClearance, Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var errors = new ErrorCollector();
        if (typical < minimum)
        {
            errors.Add(nameof(typical), ValidationCode.OutOfOrder, Messages.Format("validation.atLeast", nameof(minimum), minimum, typical), typical);
        }

        if (maximum < typical)
        {
            errors.Add(nameof(maximum), ValidationCode.OutOfOrder, Messages.Format("validation.atLeast", nameof(typical), typical, maximum), maximum);
        }

        errors.ThrowIfAny("healingEstimate");
        Minimum = minimum;
        Typical = typical;
        Maximum = maximum;
        RequiresClinicianClearance = requiresClinicianClearance;
        Source = source;
    }

    /// <summary>
    /// The earliest a pain-free check-in can count the cause as healed, counted from the start of the injury's episode:
    /// the plan's start date, or the date pain came back after it had healed.
    /// </summary>
    public Days Minimum { get; }

    /// <summary>How long it usually takes, for information: a plan does not read it.</summary>
    public Days Typical { get; }

    /// <summary>How long it takes at most, for information: a plan does not read it.</summary>
    public Days Maximum { get; }

    /// <summary>
    /// Whether only a clinician's clearance can count it as healed (a pain-free check-in alone never does). Every injury
    /// counts as healed from a full clearance, whatever the pain and the date.
    /// </summary>
    public bool RequiresClinicianClearance { get; }

    /// <summary>Where the figures come from.</summary>
    public Source Source { get; }
}
