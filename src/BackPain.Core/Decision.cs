using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>Whether something is allowed on a date, and if not, every reason.</summary>
public sealed record Decision
{
    internal Decision(ValueList<Conflict> conflicts) => Conflicts = conflicts;

    /// <summary>Whether it is allowed: no rule conflicts.</summary>
    public bool IsAllowed => Conflicts.Count == 0;

    /// <summary>Every rule that says no, with when each will allow it.</summary>
    public IReadOnlyList<Conflict> Conflicts { get; }
}
