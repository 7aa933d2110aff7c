
namespace BackPain.Core;

/// <summary>One calendar day of a <see cref="RecoveryPlan"/>: what is planned, what is blocked and why.</summary>
public sealed record DayPlan
{
    internal DayPlan(DateOnly date, int dayNumber, IReadOnlyList<PlanEntry> planned, IReadOnlyList<PlanEntry> blocked, IReadOnlyList<MuscleGroup> trainable, bool isCheckIn, TriageLevel triage)
    {
        Date = date;
        DayNumber = dayNumber;
        Planned = planned;
        Blocked = blocked;
        TrainableMuscles = trainable;
        IsCheckInDay = isCheckIn;
        Triage = triage;
    }

    /// <summary>The date.</summary>
    public DateOnly Date { get; }

    /// <summary>The day of the plan, 1 for the start date.</summary>
    public int DayNumber { get; }

    /// <summary>What is planned: ice, heat, stretching, staying active, core work, which muscles may be trained, check-ins, seeing a clinician.</summary>
    public IReadOnlyList<PlanEntry> Planned { get; }

    /// <summary>What is blocked, each with when it will be allowed.</summary>
    public IReadOnlyList<PlanEntry> Blocked { get; }

    /// <summary>The muscle groups that may be trained on this day (core only when core work is allowed).</summary>
    public IReadOnlyList<MuscleGroup> TrainableMuscles { get; }

    /// <summary>Whether this is a day to check in.</summary>
    public bool IsCheckInDay { get; }

    /// <summary>
    /// The triage level in force on this day, as known on it: the assessment's, raised by the check-ins up to this day,
    /// and reset by a clinician's clearance (<see cref="RecoveryPlan.TriageOn"/> gives the same).
    /// </summary>
    public TriageLevel Triage { get; }

    /// <summary>Whether core work is planned on this day.</summary>
    public bool HasCoreWork => Planned.Any(e => e.Kind == PlanEntryKind.CoreWork);

    /// <summary>
    /// A one-line summary for logs and debuggers: the day, its date, whether it is a check-in day, the triage in force and
    /// the kinds of what is planned and blocked, for example
    /// <c>Day 2 (2026-12-02, check-in, triage selfCare): planned StayActive, Ice, Training, CheckIn; blocked RestMuscles ×3, NoCoreWork</c>.
    /// </summary>
    public override string ToString()
        => $"Day {DayNumber} ({RecoveryPlanner.Iso(Date)}{(IsCheckInDay ? ", check-in" : "")}, triage {Triage}): "
            + $"planned {Kinds(Planned)}; blocked {Kinds(Blocked)}";

    /// <summary>The kinds of <paramref name="entries"/> in order, each once, with how many when more than one.</summary>
    private static string Kinds(IReadOnlyList<PlanEntry> entries) => entries.Count == 0
        ? "nothing"
        : string.Join(", ", entries.GroupBy(e => e.Kind).Select(g => g.Count() == 1 ? $"{g.Key}" : $"{g.Key} ×{g.Count()}"));
}
