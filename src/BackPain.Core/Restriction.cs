using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>Something that must not be done yet, why, and what lifts it. A recovery plan turns each into blocked days.</summary>
public sealed record Restriction
{
    internal Restriction(string ruleId, RestrictionKind kind, Cause? cause, ValueList<MuscleGroup> muscles, LiftCondition liftedWhen, string reason, Source source)
    {
        RuleId = ruleId;
        Kind = kind;
        Cause = cause;
        Muscles = muscles;
        LiftedWhen = liftedWhen;
        Reason = reason;
        Source = source;
    }

    /// <summary>The stable id of the rule (for example <c>restriction.noCoreWorkUntilHealed</c>).</summary>
    public string RuleId { get; }

    /// <summary>What is forbidden.</summary>
    public RestrictionKind Kind { get; }

    /// <summary>The cause the restriction protects, or <see langword="null"/> for one set by triage.</summary>
    public Cause? Cause { get; }

    /// <summary>For <see cref="RestrictionKind.RestMuscles"/>, the muscle groups to rest; otherwise empty.</summary>
    public IReadOnlyList<MuscleGroup> Muscles { get; }

    /// <summary>What lifts it.</summary>
    public LiftCondition LiftedWhen { get; }

    /// <summary>Why, in plain words.</summary>
    public string Reason { get; }

    /// <summary>Where the rule comes from.</summary>
    public Source Source { get; }
}
