using BackPain.Core.Internal;

namespace BackPain.Core.Rules;

/// <summary>
/// A rule that restricts training (domain model section 6): for each of its <see cref="Causes"/> that is at least
/// possible, or, when <see cref="WhenTrainingSuspended"/>, whenever triage suspends training.
/// </summary>
internal sealed record RestrictionRule
{
    internal RestrictionRule(string id, RestrictionKind kind, LiftCondition liftedWhen, Source source, Cause[] causes, bool whenTrainingSuspended = false, bool whenNothingFits = false)
    {
        Id = id;
        Kind = kind;
        LiftedWhen = liftedWhen;
        Source = source;
        Causes = ValueList<Cause>.Wrap(causes);
        WhenTrainingSuspended = whenTrainingSuspended;
        WhenNothingFits = whenNothingFits;
    }

    /// <summary>The stable id (for example <c>restriction.noCoreWorkUntilHealed</c>).</summary>
    internal string Id { get; }

    /// <summary>What the restriction forbids.</summary>
    internal RestrictionKind Kind { get; }

    /// <summary>What lifts it.</summary>
    internal LiftCondition LiftedWhen { get; }

    /// <summary>Where the rule comes from.</summary>
    internal Source Source { get; }

    /// <summary>The causes whose suspicion (at least possible) fires the rule, one restriction each.</summary>
    internal ValueList<Cause> Causes { get; }

    /// <summary>Whether the rule fires when triage suspends training (see-a-doctor-urgently or emergency).</summary>
    internal bool WhenTrainingSuspended { get; }

    /// <summary>Whether the rule applies when nothing fits (no cause likely and the pain moderate or worse) rather than to causes.</summary>
    internal bool WhenNothingFits { get; }
}
