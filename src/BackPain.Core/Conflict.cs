
namespace BackPain.Core;

/// <summary>One reason a <see cref="Decision"/> says no: which rule, for which exercise and muscle, and from when it will be allowed.</summary>
public sealed record Conflict
{
    internal Conflict(PlanEntry block, Exercise? exercise, MuscleGroup? muscle)
    {
        RuleId = block.RuleId;
        Kind = block.Kind;
        Reason = block.Reason;
        Source = block.Source;
        AllowedFrom = block.AllowedFrom!;
        Exercise = exercise;
        Muscle = muscle;
    }

    /// <summary>The stable id of the rule that blocks it.</summary>
    public string RuleId { get; }

    /// <summary>What the rule blocks.</summary>
    public PlanEntryKind Kind { get; }

    /// <summary>Why, in plain words.</summary>
    public string Reason { get; }

    /// <summary>Where the rule comes from.</summary>
    public Source Source { get; }

    /// <summary>When this rule will allow it.</summary>
    public Availability AllowedFrom { get; }

    /// <summary>The exercise concerned, when a workout was evaluated.</summary>
    public Exercise? Exercise { get; }

    /// <summary>The muscle group concerned, when the rule rests muscles.</summary>
    public MuscleGroup? Muscle { get; }
}
