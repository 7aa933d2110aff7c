
namespace BackPain.Core.Rules;

/// <summary>A named rule of the recovery planner: its stable id and its source; what it says is the text <c>rule.</c> and its id (see <see cref="RecoveryRules"/>).</summary>
/// <param name="Id">The stable id, as it appears in <see cref="PlanEntry.RuleId"/>.</param>
/// <param name="Source">Where the rule comes from.</param>
internal record RecoveryRule(string Id, Source Source)
{
    /// <summary>What the rule says, in a sentence or two, for a list of the rules: the neutral text of <c>rule.</c> and its id (<see cref="RuleCatalogue"/>).</summary>
    internal string Description => Internal.Texts.Get("rule." + Id);
}

/// <summary>A rest-by-size rule: a muscle group trained on day D rests <paramref name="Rest"/> full days, so it may be trained again from D+1+rest.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Source">Where the rule comes from.</param>
/// <param name="Rest">The full days of rest after a session, before the options' extra days.</param>
internal sealed record RestRule(string Id, Source Source, Days Rest) : RecoveryRule(Id, Source);

/// <summary>The check-in schedule: on <paramref name="FirstDay"/>, on <paramref name="SecondDay"/>, then every <see cref="PlannerOptions.CheckInInterval"/> days.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Source">Where the rule comes from.</param>
/// <param name="FirstDay">The day of the plan of the first check-in (day 1 is the start date).</param>
/// <param name="SecondDay">The day of the plan of the second check-in, from which the interval counts.</param>
internal sealed record CheckInRule(string Id, Source Source, int FirstDay, int SecondDay) : RecoveryRule(Id, Source);

/// <summary>Ice on the first <paramref name="IceFor"/> days of the plan, then heat until the last heat day.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Source">Where the rule comes from.</param>
/// <param name="IceFor">The days of ice from the start date (48 hours: days 1 and 2).</param>
internal sealed record IceThenHeatRule(string Id, Source Source, Days IceFor) : RecoveryRule(Id, Source);

/// <summary>Planned core sessions: at most <paramref name="Dose"/>'s most sessions in each plan week of <paramref name="Week"/> days.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Source">Where the rule comes from.</param>
/// <param name="Dose">The dose of the sessions, whose most times a week caps the sessions of each plan week.</param>
/// <param name="Week">The days of a plan week, counted from the start date (days 1–7, 8–14, …).</param>
internal sealed record CoreWorkRule(string Id, Source Source, Dose Dose, Days Week) : RecoveryRule(Id, Source)
{
    /// <summary>The most core sessions a plan week holds.</summary>
    internal int SessionsPerWeek => Dose.MaxTimes;
}

/// <summary>Seeing a clinician is planned on day 1 when the assessment's triage is at <paramref name="From"/> or above.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Source">Where the rule comes from.</param>
/// <param name="From">The lowest triage level that plans seeing a clinician.</param>
internal sealed record SeeClinicianRule(string Id, Source Source, TriageLevel From) : RecoveryRule(Id, Source);
