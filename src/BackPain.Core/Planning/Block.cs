
namespace BackPain.Core.Planning;

/// <summary>
/// Something blocked from <see cref="From"/> until <see cref="Until"/> (exclusive; null while its condition is open),
/// with the entry a day plan shows for it. The planner computes the blocks once; days and every query only read them.
/// <see cref="Since"/> is when the blocking period began (a period lifted by a check-in and still resting afterwards is
/// two blocks: one with its open condition before the check-in, one with the known date after it, both since the
/// period's start), which <see cref="RecoveryPlan.Readiness"/> measures progress from.
/// </summary>
internal sealed record Block(PlanEntry Entry, int MuscleMask, DateOnly From, DateOnly? Until, DateOnly Since)
{
    /// <summary>
    /// The most muscle groups a mask holds: one bit each in an <see langword="int"/>, the sign bit left out (the
    /// muscle masks of <see cref="Workout"/> and <see cref="Exercise"/> are <see langword="int"/>s too).
    /// </summary>
    internal const int MaxMuscleGroups = sizeof(int) * 8 - 1;

    /// <summary>The mask that covers every muscle group of <see cref="MuscleGroup.All"/>.</summary>
    internal static readonly int AllMuscles = (1 << MuscleGroup.All.Count) - 1;

    /// <summary>The bit of the core in a muscle mask.</summary>
    internal static readonly int CoreBit = 1 << MuscleGroup.Core.Index;

    internal PlanEntryKind Kind => Entry.Kind;

    private readonly int _fromDay = From.DayNumber;
    private readonly int _untilDay = Until?.DayNumber ?? int.MaxValue;

    internal int FromDay => _fromDay;

    internal int UntilDay => _untilDay;

    internal bool IsActive(DateOnly date) => date.DayNumber >= _fromDay && date.DayNumber < _untilDay;

    /// <summary>Whether the block stops training <paramref name="muscle"/> (strenuous-exercise blocks stop exercises, not muscles).</summary>
    internal bool Covers(MuscleGroup muscle) => (MuscleMask & (1 << muscle.Index)) != 0;
}
