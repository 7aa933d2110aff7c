
namespace BackPain.Core;

/// <summary>
/// One line of a <see cref="DayPlan"/>: something planned or something blocked, with the rule that put it there,
/// why, and its source. A blocked entry also says when it will be allowed.
/// </summary>
public sealed record PlanEntry
{
    internal PlanEntry(PlanEntryKind kind, string ruleId, string reason, Source source, IReadOnlyList<MuscleGroup> muscles, Dose? dose = null, Availability? allowedFrom = null)
    {
        Kind = kind;
        RuleId = ruleId;
        Reason = reason;
        Source = source;
        Muscles = muscles;
        Dose = dose;
        AllowedFrom = allowedFrom;
    }

    /// <summary>What the entry is about.</summary>
    public PlanEntryKind Kind { get; }

    /// <summary>The stable id of the rule that put it there.</summary>
    public string RuleId { get; }

    /// <summary>Why, in plain words.</summary>
    public string Reason { get; }

    /// <summary>Where the rule comes from.</summary>
    public Source Source { get; }

    /// <summary>The muscle groups it concerns (training allowed, or resting); empty when it concerns none in particular.</summary>
    public IReadOnlyList<MuscleGroup> Muscles { get; }

    /// <summary>For ice and heat, the dose of the day.</summary>
    public Dose? Dose { get; }

    /// <summary>For a blocked entry, when it will be allowed; otherwise <see langword="null"/>.</summary>
    public Availability? AllowedFrom { get; }

    /// <summary>Whether this entry blocks something.</summary>
    public bool IsBlock => AllowedFrom is not null;

    /// <summary>
    /// The kind, the rule and the reason, and for a blocked entry when it will be allowed, for example
    /// <c>RestMuscles plan.restSmall: Triceps was trained on 2026-12-01: … (allowed from 2026-12-03)</c>.
    /// </summary>
    public override string ToString()
        => $"{Kind} {RuleId}: {Reason}{(AllowedFrom is { } allowed ? $" (allowed {allowed.Text})" : "")}";
}
