namespace BackPain.Core.Calendar;

/// <summary>What one calendar event says, before it is written: its key (the stable part of its UID), its dates and texts.</summary>
/// <param name="Key">Stable across check-ins for the same thing on the same dates: <c>checkin-20261202</c>, <c>corework</c>, <c>block-…-20261201</c>.</param>
/// <param name="Start">The first day.</param>
/// <param name="End">The day after the last (DTEND of an all-day event is exclusive).</param>
/// <param name="Kind">What the event is about.</param>
/// <param name="Muscles">For a rest block, the muscle groups that rest.</param>
/// <param name="Summary">The title.</param>
/// <param name="Description">The text, ending with the plan's disclaimer.</param>
/// <param name="Alarm">For an ice or heat reminder, when on the day its alarm goes off.</param>
internal sealed record PlanEvent(
    string Key,
    DateOnly Start,
    DateOnly End,
    PlanEventKind Kind,
    IReadOnlyList<MuscleGroup> Muscles,
    string Summary,
    string Description,
    TimeOnly? Alarm = null);

/// <summary>The kinds of event in a plan's calendar.</summary>
internal enum PlanEventKind
{
    CheckIn,
    CoreWorkStart,
    CoreWorkOpen,
    Reminder,
    RestMuscles,
    NoCoreWork,
    NoStrenuousExercise,
    NoExercise,
    SuspendAllTraining,
}
