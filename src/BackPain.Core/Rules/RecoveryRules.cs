using BackPain.Core.Internal;

namespace BackPain.Core.Rules;

/// <summary>
/// The planner's own rules (domain model sections 3.1, 5, 6 and 6b), with the numbers they carry. The restrictions of
/// the assessment (<see cref="RestrictionRules"/>) become blocked entries under their own ids.
/// </summary>
internal static class RecoveryRules
{
    /// <summary>A small muscle group rests one full day after training: trained on day D, trainable again from D+2.</summary>
    internal static readonly RestRule RestSmall = new("plan.restSmall", Source.Article, Days.Of(1));

    /// <summary>A large muscle group rests two days after training: trainable again from D+3.</summary>
    internal static readonly RestRule RestLarge = new("plan.restLarge", Source.Article, Days.Of(2));

    /// <summary>A large muscle group rests three days after a hard session (RPE at or above the threshold, or marked hard): trainable again from D+4.</summary>
    internal static readonly RestRule RestLargeAfterHard = new("plan.restLargeAfterHard", Source.Article, Days.Of(3));

    /// <summary>Ice on the first days (<see cref="PlannerOptions.IceDays"/>) when the assessment advises ice, until a pain-free check-in.</summary>
    internal static readonly RecoveryRule Ice = new("plan.ice", Source.Article);

    /// <summary>Heat on the first days (<see cref="PlannerOptions.HeatDays"/>) when the assessment advises heat, until a pain-free check-in.</summary>
    internal static readonly RecoveryRule Heat = new("plan.heat", Source.Article);

    /// <summary>An acute injury with tight muscles: ice for the first 48 hours (days 1–2), heat from day 3.</summary>
    internal static readonly IceThenHeatRule IceThenHeat = new("plan.iceThenHeat", Source.Consensus, Days.Of(2));

    /// <summary>A gentle whole-body stretch daily, unless exercise is blocked, strenuous exercise is held, or training is suspended.</summary>
    internal static readonly RecoveryRule Stretching = new("plan.stretching", Source.Article);

    /// <summary>Stay gently active every day, except while all training is suspended for an urgent red flag.</summary>
    internal static readonly RecoveryRule StayActive = new("plan.stayActive", Source.NiceNG59);

    /// <summary>
    /// Core sessions once core work is allowed, when poor core strength or an injury has been possible: at most the dose
    /// of strengthening the core (3) in each plan week of 7 days (days 1–7, 8–14, …); each is training, so the core rests
    /// after it (<see cref="RestSmall"/>).
    /// </summary>
    internal static readonly CoreWorkRule CoreWork = new("plan.coreWork", Source.Article,
        Remedy.StrengthenCore.Dose, Days.Of(7));

    /// <summary>The muscle groups that no rule blocks may be trained.</summary>
    internal static readonly RecoveryRule Training = new("plan.training", Source.Article);

    /// <summary>Check-ins on day 2, day 7, then every <see cref="PlannerOptions.CheckInInterval"/> days (a library default).</summary>
    internal static readonly CheckInRule CheckIn = new("plan.checkIn", Source.LibraryDefault, FirstDay: 2, SecondDay: 7);

    /// <summary>See a clinician (on day 1) when triage is at see-a-doctor or above.</summary>
    internal static readonly SeeClinicianRule SeeClinician = new("plan.seeClinician", Source.NiceCksRedFlags, TriageLevel.SeeDoctor);

    /// <summary>Pain worse at a check-in raises triage to at least see-a-doctor.</summary>
    internal static readonly RecoveryRule WorseAtCheckIn = new("plan.worseAtCheckIn", Source.NiceCksRedFlags);

    /// <summary>
    /// Pain not better after a week of self-care (a check-in with pain that is not getting better, when the pain has lasted
    /// seven days or more counting the report's duration and the days since the start) raises triage to at least
    /// see-a-doctor.
    /// </summary>
    internal static readonly RecoveryRule NotBetterAfterAWeek = new("plan.notBetterAfterAWeek", Source.NiceCksRedFlags);

    /// <summary>A new red flag at a check-in raises triage; an urgent one suspends all training until a clinician clears it.</summary>
    internal static readonly RecoveryRule RedFlagAtCheckIn = new("plan.redFlagAtCheckIn", Source.NiceCksRedFlags);

    /// <summary>
    /// A clinician cleared the person for light activity only: no strenuous, spine-loading exercise and no core work
    /// until a full clearance (domain model section 6b.3).
    /// </summary>
    internal static readonly RecoveryRule LightActivityOnly = new("plan.lightActivityOnly", Source.LibraryDefault);

    /// <summary>Every rule of the planner.</summary>
    internal static IReadOnlyList<RecoveryRule> All { get; } = ValueList<RecoveryRule>.Wrap(
        [RestSmall, RestLarge, RestLargeAfterHard, Ice, Heat, IceThenHeat, Stretching, StayActive, CoreWork, Training, CheckIn, SeeClinician, WorseAtCheckIn, NotBetterAfterAWeek, RedFlagAtCheckIn, LightActivityOnly]);

    /// <summary>The rest rule for a session of <paramref name="muscle"/>: by its size, and for a large one whether the session was hard.</summary>
    internal static RestRule RestFor(MuscleGroup muscle, bool hard)
        => muscle.Size == MuscleSize.Small ? RestSmall : hard ? RestLargeAfterHard : RestLarge;
}
