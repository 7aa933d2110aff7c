using BackPain.Core.Domain;

namespace BackPain.Core.Recovery;

/// <summary>
/// Something blocked from <see cref="From"/> until <see cref="Until"/> (exclusive; null while its condition is open),
/// with the entry a day plan shows for it. The planner computes the blocks once; days and decisions only read them.
/// </summary>
internal sealed record Block(PlanEntry Entry, int MuscleMask, DateOnly From, DateOnly? Until)
{
    /// <summary>The mask that covers every muscle group.</summary>
    internal const int AllMuscles = (1 << 12) - 1;

    internal PlanEntryKind Kind => Entry.Kind;

    private readonly int _fromDay = From.DayNumber;
    private readonly int _untilDay = Until?.DayNumber ?? int.MaxValue;

    internal bool IsActive(DateOnly date) => date.DayNumber >= _fromDay && date.DayNumber < _untilDay;

    /// <summary>Whether the block stops training <paramref name="muscle"/> (strenuous-exercise blocks stop exercises, not muscles).</summary>
    internal bool Covers(MuscleGroup muscle) => (MuscleMask & (1 << muscle.Index)) != 0;

    internal bool BlocksCoreWork => Covers(MuscleGroup.Core);
}
