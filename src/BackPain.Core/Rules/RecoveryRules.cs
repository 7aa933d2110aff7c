using BackPain.Core.Internal;

namespace BackPain.Core.Rules;

/// <summary>
/// The planner's own rules (domain model sections 5 and 6). The restrictions of the assessment
/// (<see cref="RestrictionRules"/>) become blocked entries under their own ids.
/// </summary>
public static class RecoveryRules
{
    /// <summary>A small muscle group rests at least one full day after training: trained on day D, trainable again from D+2.</summary>
    public static readonly RecoveryRule RestSmall = new("plan.restSmall", Source.Article);

    /// <summary>A large muscle group rests at least two days after training: trainable again from D+3.</summary>
    public static readonly RecoveryRule RestLarge = new("plan.restLarge", Source.Article);

    /// <summary>A large muscle group rests three days after a hard session (RPE at or above the threshold, 8 by default, or marked hard): trainable again from D+4.</summary>
    public static readonly RecoveryRule RestLargeAfterHard = new("plan.restLargeAfterHard", Source.Article);

    /// <summary>Ice sessions on the first days (3 by default) when the assessment advises ice, until a pain-free check-in.</summary>
    public static readonly RecoveryRule Ice = new("plan.ice", Source.Article);

    /// <summary>Heat sessions on the first days (7 by default) when the assessment advises heat, until a pain-free check-in.</summary>
    public static readonly RecoveryRule Heat = new("plan.heat", Source.Article);

    /// <summary>An acute injury with tight muscles: ice on days 1–2 (48 hours), heat from day 3.</summary>
    public static readonly RecoveryRule IceThenHeat = new("plan.iceThenHeat", Source.Consensus);

    /// <summary>A gentle whole-body stretch daily, unless exercise is blocked, strenuous exercise is held, or training is suspended.</summary>
    public static readonly RecoveryRule Stretching = new("plan.stretching", Source.Article);

    /// <summary>
    /// Stay gently active every day; bed rest does not help. Not planned while all training is suspended for an urgent
    /// red flag: until a clinician has seen the person, the plan asks for nothing beyond seeing them.
    /// </summary>
    public static readonly RecoveryRule StayActive = new("plan.stayActive", Source.NiceNG59);

    /// <summary>
    /// Core sessions once core work is allowed, when poor core strength or an injury has been possible: at most three in
    /// each plan week (days 1–7, 8–14, …), the dose of strengthening the core; each is training, so the core rests a full
    /// day after it.
    /// </summary>
    public static readonly RecoveryRule CoreWork = new("plan.coreWork", Source.Article);

    /// <summary>The muscle groups that no rule blocks may be trained.</summary>
    public static readonly RecoveryRule Training = new("plan.training", Source.Article);

    /// <summary>Check-ins on day 2, day 7, then weekly (a library default).</summary>
    public static readonly RecoveryRule CheckIn = new("plan.checkIn", Source.LibraryDefault);

    /// <summary>See a clinician when triage is at see-a-doctor or above.</summary>
    public static readonly RecoveryRule SeeClinician = new("plan.seeClinician", Source.NiceCksRedFlags);

    /// <summary>Pain worse at a check-in raises triage to at least see-a-doctor.</summary>
    public static readonly RecoveryRule WorseAtCheckIn = new("plan.worseAtCheckIn", Source.NiceCksRedFlags);

    /// <summary>
    /// Pain not better after a week of self-care (a check-in with pain that is not getting better, when the pain has lasted
    /// seven days or more counting the report's duration and the days since the start) raises triage to at least
    /// see-a-doctor.
    /// </summary>
    public static readonly RecoveryRule NotBetterAfterAWeek = new("plan.notBetterAfterAWeek", Source.NiceCksRedFlags);

    /// <summary>A new red flag at a check-in raises triage; an urgent one suspends all training until a clinician clears it.</summary>
    public static readonly RecoveryRule RedFlagAtCheckIn = new("plan.redFlagAtCheckIn", Source.NiceCksRedFlags);

    /// <summary>
    /// A clinician cleared the person for light activity only: no strenuous, spine-loading exercise and no core work
    /// until a full clearance (domain model section 6b.3).
    /// </summary>
    public static readonly RecoveryRule LightActivityOnly = new("plan.lightActivityOnly", Source.LibraryDefault);

    /// <summary>Every rule of the planner.</summary>
    public static IReadOnlyList<RecoveryRule> All { get; } = ValueList<RecoveryRule>.Wrap(
        [RestSmall, RestLarge, RestLargeAfterHard, Ice, Heat, IceThenHeat, Stretching, StayActive, CoreWork, Training, CheckIn, SeeClinician, WorseAtCheckIn, NotBetterAfterAWeek, RedFlagAtCheckIn, LightActivityOnly]);
}
