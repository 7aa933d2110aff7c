using System.Globalization;
using BackPain.Core.Serialization;

namespace BackPain.Core.Tests.Support;

/// <summary>The invariants of domain.md §7 for plans over time, one check each (see <see cref="LongitudinalInvariants"/>).</summary>
public enum LongitudinalInvariant
{
    /// <summary>§7: core work never before an injury has healed, no training while an urgent red flag is open.</summary>
    CoreWorkAndRedFlags,

    /// <summary>§7: no muscle trainable before its rest rule lets it be.</summary>
    Rest,

    /// <summary>§7: triage never below an open red flag, the highest level never lowered.</summary>
    Triage,

    /// <summary>§7: equal inputs give equal plans.</summary>
    Deterministic,

    /// <summary>§7: a plan read back from its JSON is equal to it.</summary>
    Json,

    /// <summary>§7: every query of the plan gives the same answer for every day.</summary>
    Queries,

    /// <summary>§7: no day looser than §6 and §6b allow, nor stricter where every reading leaves it free.</summary>
    NoLooserNorStricter,
}

/// <summary>
/// The checks of the invariants of domain.md §7 for plans over time against <see cref="LongitudinalOracle"/>, which is
/// written from domain.md §5, §6, §6b and the library's decisions, not from the planner. One source for the property
/// tests (<c>LongitudinalPropertyTests</c>, over generated cases) and the "life" fuzz target (<c>fuzz/</c>, over
/// cases decoded from a fuzzer's bytes): each check records its failures in <see cref="PlannedCase.Failures"/> and goes
/// on, so one case reports every kind of failure.
/// </summary>
public static class LongitudinalInvariants
{
    /// <summary>A gentle (not strenuous) exercise of each muscle alone, then a strenuous one of each, then the deadlift.</summary>
    internal static readonly Exercise[] Probes =
    [
        .. MuscleGroup.All.Select(m => Exercise.Custom("Gentle " + m.Id, false, m)),
        .. MuscleGroup.All.Select(m => Exercise.Custom("Strenuous " + m.Id, true, m)),
        Exercise.Deadlift,
    ];

    internal static readonly int MuscleCount = MuscleGroup.All.Count;

    /// <summary>Every invariant with its check.</summary>
    public static IReadOnlyList<(LongitudinalInvariant Invariant, Action<PlannedCase> Check)> All { get; } =
    [
        (LongitudinalInvariant.CoreWorkAndRedFlags, CoreWorkAndRedFlags),
        (LongitudinalInvariant.Rest, Rest),
        (LongitudinalInvariant.Triage, Triage),
        (LongitudinalInvariant.Deterministic, Deterministic),
        (LongitudinalInvariant.Json, Json),
        (LongitudinalInvariant.Queries, Queries),
        (LongitudinalInvariant.NoLooserNorStricter, NoLooserNorStricter),
    ];

    // ------------------------------------------------------------------------------------------ §7.1

    /// <summary>
    /// No core work (planned, trainable, <see cref="RecoveryPlan.MayDoCoreWork"/>, MayTrain(core)) on a day with an
    /// injury the oracle says is unhealed; no training of any muscle while a red flag suspends it, by the oracle or by the
    /// triage level the plan says is in force (D9).
    /// </summary>
    private static void CoreWorkAndRedFlags(PlannedCase p)
    {
        var (c, oracle) = (p.Case, p.Oracle);
        for (var k = 0; k < p.Plans.Length; k++)
        {
            var plan = p.Plans[k];
            foreach (var day in plan.Days)
            {
                var date = day.Date;
                var n = day.DayNumber - 1;
                var state = oracle.At(k, date);
                if (state.UnhealedInjury is { } injury)
                {
                    p.Count("unhealedDays");
                    p.Require(
                        !day.HasCoreWork && !day.TrainableMuscles.Contains(MuscleGroup.Core)
                            && !plan.MayDoCoreWork(date).IsAllowed && !p.Allowed[k][MuscleGroup.Core.Index, n],
                        () => $"{injury} is not healed on {On(c, date, k)}, yet core work is planned or allowed{Explain(plan, day, state)}");
                }

                var triage = day.Triage;
                if (state.Suspended || triage.SuspendsTraining)
                {
                    p.Count("suspendedDays");
                    p.Require(
                        day.TrainableMuscles.Count == 0 && !day.HasCoreWork && !day.Planned.Any(e => e.Kind == PlanEntryKind.Training)
                            && Enumerable.Range(0, MuscleCount).All(m => !p.Allowed[k][m, n]),
                        () => $"a red flag is open on {On(c, date, k)} (oracle: {state.Suspended}, triage in force {triage}), yet training is allowed{Explain(plan, day, state)}");
                }
            }
        }

        var states = oracle.Reference;
        p.Count("healedThenPain", states.Any(s => s.Episodes.Any(e => e.Healed)) && c.CheckIns.Any(ci => ci.Pain > 0));
        p.Count("reinjured", states.Zip(states.Skip(1)).Any(s => s.First.Episodes.Zip(s.Second.Episodes).Any(e => e.First.Healed && e.Second.Unhealed)));
        p.Count("suspensionLifted", states.Any(s => s.Suspended) && !states[^1].Suspended);
        p.Count("openedAtCheckIn", states.Zip(states.Skip(1)).Any(s => s.First.UnhealedInjury is null && s.Second.UnhealedInjury is not null));
    }

    // ------------------------------------------------------------------------------------------ §7.2

    /// <summary>
    /// No muscle is trainable on D..D+rest after a session on D: every workout of the history and the report's own workout
    /// (D2); after a core session the plan schedules itself on D (D3), the core rests D+1..D+rest (D is the session's own
    /// day: the planned training itself); and no core session is planned while the core rests.
    /// </summary>
    private static void Rest(PlannedCase p)
    {
        var (c, oracle) = (p.Case, p.Oracle);
        var coreRest = oracle.RestDays(MuscleGroup.Core, hard: false);
        p.Count("reportWorkouts", c.Report.Exercises.Count > 0);
        for (var k = 0; k < p.Plans.Length; k++)
        {
            var plan = p.Plans[k];
            var sessions = p.Sessions[k];
            p.Count("coreSessions", sessions.Length);
            foreach (var day in plan.Days)
            {
                var date = day.Date;
                var n = day.DayNumber - 1;
                var state = oracle.At(k, date);
                foreach (var muscle in MuscleGroup.All)
                {
                    var resting = !day.TrainableMuscles.Contains(muscle) && !p.Allowed[k][muscle.Index, n];
                    if (oracle.Rests(Reading.Lenient, muscle, date, state))
                    {
                        p.Count("restingDays");
                        p.Require(
                            resting,
                            () => $"{muscle} rests on {On(c, date, k)} after a session of the history or the report's own workout, yet the plan allows training it{Explain(plan, day, state)}");
                    }

                    var session = muscle == MuscleGroup.Core ? Array.Find(sessions, s => s < date && date <= s.AddDays(coreRest)) : default;
                    if (session != default)
                    {
                        p.Count("restingDays");
                        p.Require(
                            resting,
                            () => $"{muscle} rests on {On(c, date, k)} after the core session the plan itself schedules on day {c.DayOf(session)} (D3: a session on D blocks D+1 to D+{coreRest}), yet the plan allows training it{Explain(plan, day, state)}");
                    }
                }

                if (day.HasCoreWork)
                {
                    p.Require(
                        !oracle.Rests(Reading.Lenient, MuscleGroup.Core, date, state) && !sessions.Any(s => s < date && date <= s.AddDays(coreRest)),
                        () => $"a core session is planned on {On(c, date, k)} while the core still rests from an earlier session{Explain(plan, day, state)}");
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------ §7.3

    /// <summary>
    /// Each day's triage is <see cref="RecoveryPlan.TriageOn"/>; it is never below a red flag (or another triage finding)
    /// reported and not yet resolved by a clearance at a later check-in; it is the assessment's until the first check-in and
    /// falls only on a day with a clearance; the highest level is the assessment's before any check-in, never falls from
    /// one check-in to the next, and is never below a level in force.
    /// </summary>
    private static void Triage(PlannedCase p)
    {
        var (c, oracle) = (p.Case, p.Oracle);
        var assessed = c.Assessment.Triage.Level;
        for (var k = 0; k < p.Plans.Length; k++)
        {
            var plan = p.Plans[k];
            var seen = c.CheckIns.Take(k).ToArray();
            p.Require(
                k == 0 ? plan.HighestTriage == assessed : plan.HighestTriage >= assessed && plan.HighestTriage >= p.Plans[k - 1].HighestTriage,
                () => $"plan {k}'s highest triage {plan.HighestTriage} is below the assessment's {assessed} or the previous plan's {(k > 0 ? p.Plans[k - 1].HighestTriage : null)}, or differs from the assessment's with no check-in");
            var floor = oracle.Verdicts.Take(k + 1).Select(s => s.Floor).Aggregate(TriageLevel.SelfCare, TriageLevel.Max);
            p.Require(plan.HighestTriage >= floor, () => $"plan {k}'s highest triage {plan.HighestTriage} is below {floor}, a level reached on the way");
            TriageLevel? before = null;
            foreach (var day in plan.Days)
            {
                var date = day.Date;
                var state = oracle.At(k, date);
                var level = plan.TriageOn(date);
                p.Require(day.Triage == level, () => $"the day plan of {On(c, date, k)} shows triage {day.Triage}, TriageOn says {level}");
                p.Require(
                    level >= state.Floor,
                    () => $"triage in force on {On(c, date, k)} is {level}, below {state.Floor}, still open in every reading, as in this one from: "
                        + string.Join(", ", state.Example.Sources.Where(s => s.Level > level).Select(s => s.Why)) + Explain(plan, day, state));
                p.Require(level <= plan.HighestTriage, () => $"triage in force on {On(c, date, k)} is {level}, above the plan's highest, {plan.HighestTriage}");
                p.Require(
                    seen.Any(ci => ci.Date <= date) || level == assessed,
                    () => $"no check-in yet on {On(c, date, k)}, yet triage in force is {level}, not the assessment's {assessed}");
                var previous = before;
                p.Require(
                    previous is null || level >= previous || seen.Any(ci => ci.Date == date && ci.Clearance != Clearance.None),
                    () => $"triage fell from {previous} to {level} on {On(c, date, k)} without a clearance that day");
                before = level;
            }
        }

        p.Count("raised", p.Plans[^1].HighestTriage > assessed);
        p.Count("resolved", oracle.Reference.Any(s => s.Suspended) && !oracle.Reference[^1].Suspended);
    }

    // ------------------------------------------------------------------------------------------ §7.4

    /// <summary>Planning from inputs rebuilt from scratch gives equal plans with equal hash codes at every check-in (building never threw: see <see cref="Run"/>).</summary>
    private static void Deterministic(PlannedCase p)
    {
        var again = p.Case.Rebuilt().Plans();
        for (var k = 0; k < p.Plans.Length; k++)
        {
            p.Require(again[k].Equals(p.Plans[k]), () => $"plan {k} differs from its twin built from equal inputs");
            p.Require(again[k].GetHashCode() == p.Plans[k].GetHashCode(), () => $"plan {k} and its equal twin have different hash codes");
        }
    }

    // ------------------------------------------------------------------------------------------ §7.5

    /// <summary>
    /// The plan after every check-in, applied one by one, written to JSON and read back (which plans its check-ins in one
    /// build) is equal to it; so is the plan halfway through the check-ins. The sample's cases hold 0–20 check-ins, so the
    /// plans read back are plans after every number of check-ins (reading a plan back costs about as much as planning it
    /// ten times, so not every plan of every case is read back).
    /// </summary>
    private static void Json(PlannedCase p)
    {
        p.Count("withCheckIns", p.Plans[^1].CheckInReports.Count > 0);
        foreach (var k in new[] { p.Plans.Length - 1, (p.Plans.Length - 1) / 2 }.Distinct())
        {
            var plan = p.Plans[k];
            var json = BackPainJson.Serialize(plan);
            var back = BackPainJson.DeserializePlan(json);
            p.Require(back.Equals(plan), () => $"the plan after {k} check-in(s) read back from its JSON is not equal to it{Environment.NewLine}{json}");
        }
    }

    // ------------------------------------------------------------------------------------------ §7.6

    /// <summary>
    /// On every day of every plan: MayTrain ⇔ trainable ⇔ readiness 100 (readiness within 0–100); MayDoCoreWork ⇔ core
    /// trainable; Evaluate of one gentle exercise of a muscle ⇔ MayTrain, of a strenuous one ⇔ MayTrain and no
    /// strenuous hold that day (D10; checked on each day in the plan that settles it); EarliestTrainingDate and
    /// EarliestCoreWorkDate from the start and from AsOf are the first day MayTrain allows, or an open condition only
    /// when no day to the plan's end is allowed; the no-argument forms answer from AsOf.
    /// </summary>
    private static void Queries(PlannedCase p)
    {
        var c = p.Case;
        for (var k = 0; k < p.Plans.Length; k++)
        {
            var plan = p.Plans[k];
            var allowed = p.Allowed[k];
            p.Require(
                plan.AsOf == (k == 0 ? c.Start : c.CheckIns[k - 1].Date) && plan.CheckInReports.SequenceEqual(c.CheckIns.Take(k)),
                () => $"plan {k}: AsOf {plan.AsOf} or the check-ins reported are not those applied");
            foreach (var day in plan.Days)
            {
                var date = day.Date;
                var n = day.DayNumber - 1;
                p.Require(plan.Day(date) == day && n == date.DayNumber - c.Start.DayNumber, () => $"day {n + 1} of plan {k} is not found by its date");
                var held = day.Blocked.Any(e => e.Kind == PlanEntryKind.NoStrenuousExercise);
                var evaluation = p.Settles(k, n) ? p.Evaluation(k, date) : null;
                foreach (var muscle in MuscleGroup.All)
                {
                    var m = muscle.Index;
                    var may = allowed[m, n];
                    p.Count("blockedDays", !may);
                    var readiness = plan.Readiness(muscle, date);
                    p.Require(
                        may == day.TrainableMuscles.Contains(muscle) && may == (readiness == 100) && readiness is >= 0 and <= 100,
                        () => $"on {On(c, date, k)}, {muscle}: MayTrain {may}, trainable [{string.Join(" ", day.TrainableMuscles)}], readiness {readiness}{Explain(plan, day, null)}");
                    if (evaluation is not null)
                    {
                        var gentle = Allows(evaluation, Probes[m]);
                        var strenuous = Allows(evaluation, Probes[MuscleCount + m]);
                        p.Require(
                            gentle == may && strenuous == (may && !held),
                            () => $"on {On(c, date, k)}, {muscle}: MayTrain {may}, but Evaluate allows a gentle exercise of it: {gentle}, a strenuous one: {strenuous} (strenuous held: {held}){Explain(plan, day, null)}");
                    }
                }

                p.Require(
                    plan.MayDoCoreWork(date).IsAllowed == allowed[MuscleGroup.Core.Index, n],
                    () => $"on {On(c, date, k)}, MayDoCoreWork disagrees with MayTrain(core) and the trainable muscles{Explain(plan, day, null)}");
            }

            foreach (var from in new[] { c.Start, plan.AsOf }.Distinct())
            {
                foreach (var muscle in MuscleGroup.All)
                {
                    var open = FirstAllowed(p, plan, k, from, muscle, plan.EarliestTrainingDate(muscle, from), allowed, $"EarliestTrainingDate({muscle}, {from:yyyy-MM-dd})");
                    p.Count("openAvailability", open);
                }

                FirstAllowed(p, plan, k, from, MuscleGroup.Core, plan.EarliestCoreWorkDate(from), allowed, $"EarliestCoreWorkDate({from:yyyy-MM-dd})");
            }

            var some = MuscleGroup.All[k % MuscleCount];
            p.Require(plan.EarliestTrainingDate(some) == plan.EarliestTrainingDate(some, plan.AsOf), () => $"plan {k}: EarliestTrainingDate({some}) is not the answer from AsOf");

            p.Require(plan.CoreWorkAllowedFrom == plan.EarliestCoreWorkDate(plan.AsOf), () => $"plan {k}: CoreWorkAllowedFrom is not the answer from AsOf");
        }
    }

    // ------------------------------------------------------------------------------------------ §7.7

    /// <summary>
    /// No day looser than §6/§6b allow for the check-ins up to it, and none stricter where every reading of the rules
    /// leaves something free: a check-in keeps the days before its date exactly (D1); no strenuous exercise while a slipped
    /// disc is open and not cleared, while nothing fits, or with light activity only; no exercise at all while a ligament
    /// tear is open and not cleared even for light activity, or while training is suspended; no core work with light
    /// activity only; the injured and sore muscles rest; at most 3 core sessions a plan week (D3); and every muscle the
    /// strict reading leaves free (no open cause, no rest by size; the core also when a session is planned on the day),
    /// strenuous exercise too, must be allowed: after a full clearance with nothing new, core work is free again once its
    /// rest allows.
    /// </summary>
    private static void NoLooserNorStricter(PlannedCase p)
    {
        var (c, oracle) = (p.Case, p.Oracle);
        var coreRest = oracle.RestDays(MuscleGroup.Core, hard: false);
        var includesCoreWork = c.Assessment.LikelihoodOf(Cause.PoorCoreStrength).IsAtLeastPossible
            || LongitudinalOracle.Injuries.Any(i => c.Assessment.LikelihoodOf(i).IsAtLeastPossible);
        foreach (var cause in Cause.All)
        {
            var assessed = c.Assessment.LikelihoodOf(cause).IsAtLeastPossible;
            p.Require(
                oracle.PossibleInReport(cause) == assessed,
                () => $"the oracle's reading of the evidence table disagrees with the assessor on {cause} in the first report (assessor: possible {assessed}), so it cannot judge re-assessments");
        }

        for (var k = 0; k < p.Plans.Length; k++)
        {
            var plan = p.Plans[k];
            var allowed = p.Allowed[k];
            p.Require(plan.Days.Count == c.Length, () => $"plan {k} covers {plan.Days.Count} days, not {c.Length}");
            if (k > 0)
            {
                var previous = p.Plans[k - 1];
                var checkIn = c.CheckIns[k - 1];
                for (var n = 0; n < p.NewFrom[k]; n++)
                {
                    var date = plan.Days[n].Date;
                    p.Count("keptDays");
                    p.Require(
                        plan.Days[n].Equals(previous.Days[n]) && plan.TriageOn(date) == previous.TriageOn(date)
                            && Enumerable.Range(0, MuscleCount).All(m => allowed[m, n] == p.Allowed[k - 1][m, n]),
                        () => $"check-in #{k} on day {c.DayOf(checkIn.Date)} changed day {n + 1}, which is before it{Environment.NewLine}"
                            + $"before: {Explain(previous, previous.Days[n], null)}{Environment.NewLine}after: {Explain(plan, plan.Days[n], null)}");
                }
            }

            var sessions = p.Sessions[k];
            foreach (var week in sessions.GroupBy(s => (s.DayNumber - c.Start.DayNumber) / 7))
            {
                p.Require(week.Count() <= 3, () => $"plan {k} schedules {week.Count()} core sessions in week {week.Key + 1}: the dose is 3 a week");
            }

            // D3: a plan with core work (poor core strength or an injury possible in the assessment, nothing ruled out)
            // plans 3 sessions in a plan week on whose every day no reading blocks the core (with the default rest of one
            // day after a session, 3 always fit in 7 days).
            if (includesCoreWork && coreRest == 1 && !c.CheckIns.Take(k).Any(ci => ci.CausesRuledOut.Count > 0))
            {
                for (var week = 0; (week * 7) + 7 <= plan.Days.Count; week++)
                {
                    var days = plan.Days.Skip(week * 7).Take(7).ToArray();
                    if (days.Any(d => oracle.At(k, d.Date).MayBlock(MuscleGroup.Core) || oracle.Rests(Reading.Strict, MuscleGroup.Core, d.Date, oracle.At(k, d.Date))))
                    {
                        continue;
                    }

                    p.Count("freeCoreWeeks");
                    var planned = days.Count(d => d.HasCoreWork);
                    var number = week + 1;
                    p.Require(planned == 3, () => $"plan {k} schedules {planned} core sessions in week {number}, on whose every day core work is free: the dose is 3 a week{Explain(plan, days[0], oracle.At(k, days[0].Date))}");
                }
            }

            foreach (var day in plan.Days)
            {
                var date = day.Date;
                var n = day.DayNumber - 1;
                var verdict = oracle.At(k, date);
                var trainable = day.TrainableMuscles;
                var evaluation = p.Settles(k, n) ? p.Evaluation(k, date) : null;

                // What the rules block, the plan must block.
                if (verdict.BlocksAllTraining)
                {
                    p.Count("noExerciseDays");
                    p.Require(
                        trainable.Count == 0 && !day.HasCoreWork && Enumerable.Range(0, MuscleCount).All(m => !allowed[m, n]),
                        () => $"no exercise at all is allowed on {On(c, date, k)}, yet the plan allows some{Explain(plan, day, verdict)}");
                }

                if (verdict.BlocksStrenuous)
                {
                    p.Count("strenuousHeldDays");
                    if (evaluation is not null)
                    {
                        var loose = Probes.Skip(MuscleCount).FirstOrDefault(e => Allows(evaluation, e));
                        p.Require(
                            loose is null,
                            () => $"strenuous exercise is not allowed on {On(c, date, k)}, yet Evaluate allows {loose}{Explain(plan, day, verdict)}");
                    }
                }

                if (verdict.LightOnly)
                {
                    p.Count("lightOnlyDays");
                    p.Require(
                        !trainable.Contains(MuscleGroup.Core) && !day.HasCoreWork && !allowed[MuscleGroup.Core.Index, n],
                        () => $"only light activity is cleared on {On(c, date, k)}, yet core work is planned or allowed{Explain(plan, day, verdict)}");
                }

                foreach (var muscle in MuscleGroup.All)
                {
                    if (verdict.MustBlock(muscle))
                    {
                        p.Require(
                            !trainable.Contains(muscle) && !allowed[muscle.Index, n],
                            () => $"{muscle} must rest on {On(c, date, k)} (its cause has not allowed it yet), yet the plan allows it{Explain(plan, day, verdict)}");
                    }
                }

                // What every reading leaves free, the plan must leave free (over-restriction is a defect too).
                foreach (var muscle in MuscleGroup.All)
                {
                    if (verdict.MayBlock(muscle) || oracle.Rests(Reading.Strict, muscle, date, verdict)
                        || (muscle == MuscleGroup.Core && sessions.Any(s => s < date && date <= s.AddDays(coreRest))))
                    {
                        continue;
                    }

                    p.Count("freeChecks");
                    var free = allowed[muscle.Index, n] || (muscle == MuscleGroup.Core && day.HasCoreWork);
                    p.Require(free, () => $"nothing in the rules blocks {muscle} on {On(c, date, k)}, yet the plan does not allow it{Explain(plan, day, verdict)}");
                    if (free && evaluation is not null && !verdict.MayBlockStrenuous && muscle != MuscleGroup.Core)
                    {
                        p.Require(
                            Allows(evaluation, Probes[MuscleCount + muscle.Index]),
                            () => $"nothing in the rules holds strenuous exercise on {On(c, date, k)}, yet the plan blocks a strenuous exercise of {muscle}{Explain(plan, day, verdict)}");
                    }

                    if (muscle == MuscleGroup.Core && verdict.Seen > 0 && c.CheckIns[verdict.Seen - 1].Clearance == Clearance.FullTraining
                        && oracle.Verdicts[verdict.Seen - 1].UnhealedInjury is not null)
                    {
                        p.Count("coreFreeAfterFullClearance");
                    }

                    if (verdict.Seen > 0 && c.CheckIns[verdict.Seen - 1].CausesRuledOut.Any(r => r.IsInjury && oracle.Reference[verdict.Seen - 1].Episode(r).Unhealed))
                    {
                        p.Count("freeAfterRuleOut");
                    }
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------ helpers

    /// <summary>
    /// Checks an earliest-date answer against the day-by-day answers: the first allowed date on or after
    /// <paramref name="from"/> within the plan, or, when none is, an open condition (not before <paramref name="from"/>)
    /// or a date after the plan's end that is allowed. Returns whether the answer was an open condition.
    /// </summary>
    private static bool FirstAllowed(PlannedCase p, RecoveryPlan plan, int k, DateOnly from, MuscleGroup muscle, Availability answer, bool[,] allowed, string query)
    {
        var c = p.Case;
        DateOnly? first = null;
        for (var n = from.DayNumber - c.Start.DayNumber; n < plan.Days.Count; n++)
        {
            if (allowed[muscle.Index, n])
            {
                first = plan.Days[n].Date;
                break;
            }
        }

        if (first is { } expected)
        {
            p.Require(answer.IsKnown && answer.Date == expected, () => $"plan {k}: {query} is {answer}, but MayTrain first allows it on day {c.DayOf(expected)}");
        }
        else
        {
            p.Require(
                answer.IsKnown ? answer.Date > c.End && plan.MayTrain(muscle, answer.Date!.Value).IsAllowed : answer.NotBefore >= from,
                () => $"plan {k}: {query} is {answer}, but MayTrain allows it on no day from {from:yyyy-MM-dd} to the plan's end");
        }

        return !answer.IsKnown;
    }

    private static bool Allows(Decision evaluation, Exercise exercise) => !evaluation.Conflicts.Any(x => x.Exercise == exercise);

    private static string On(LongitudinalCase c, DateOnly date, int k) =>
        string.Create(CultureInfo.InvariantCulture, $"day {c.DayOf(date)} ({date:yyyy-MM-dd}) of the plan after {k} check-in(s)");

    /// <summary>What the plan says about a day, and what the oracle says (when given), for a failure message.</summary>
    private static string Explain(RecoveryPlan plan, DayPlan day, OracleVerdict? state) =>
        $"{Environment.NewLine}  plan: triage {plan.TriageOn(day.Date)}, trainable [{string.Join(" ", day.TrainableMuscles)}], "
            + $"planned [{string.Join(", ", day.Planned.Select(e => e.Kind))}], "
            + $"blocked [{string.Join(", ", day.Blocked.Select(e => $"{e.Kind} {e.RuleId} [{string.Join(" ", e.Muscles)}] {e.AllowedFrom}"))}]"
            + (state is null ? string.Empty : $"{Environment.NewLine}  oracle: {state}");
}

/// <summary>One case planned: its plans after 0, 1, … check-ins, its oracle, and what every property reads of the plans.</summary>
public sealed class PlannedCase
{
    private readonly Dictionary<(int, DateOnly), Decision> _evaluations = [];

    public PlannedCase(LongitudinalCase c)
    {
        Case = c;
        Plans = c.Plans();
        Oracle = c.NewOracle();
        Allowed = new bool[Plans.Length][,];
        Sessions = new DateOnly[Plans.Length][];
        NewFrom = new int[Plans.Length];
        for (var k = 0; k < Plans.Length; k++)
        {
            var plan = Plans[k];
            var allowed = new bool[LongitudinalInvariants.MuscleCount, plan.Days.Count];
            foreach (var day in plan.Days)
            {
                foreach (var muscle in MuscleGroup.All)
                {
                    allowed[muscle.Index, day.DayNumber - 1] = plan.MayTrain(muscle, day.Date).IsAllowed;
                }
            }

            Allowed[k] = allowed;
            Sessions[k] = [.. plan.Days.Where(d => d.HasCoreWork).Select(d => d.Date)];
            NewFrom[k] = k == 0 ? 0 : c.CheckIns[k - 1].Date.DayNumber - c.Start.DayNumber;
        }
    }

    public LongitudinalCase Case { get; }

    public RecoveryPlan[] Plans { get; }

    public LongitudinalOracle Oracle { get; }

    /// <summary>MayTrain of each plan, by muscle index and day index.</summary>
    public bool[][,] Allowed { get; }

    /// <summary>The dates of the core sessions each plan schedules.</summary>
    public DateOnly[][] Sessions { get; }

    /// <summary>The first day index each plan may change (its check-in's date; 0 for the first plan).</summary>
    public int[] NewFrom { get; }

    /// <summary>
    /// Whether plan <paramref name="k"/> settles day index <paramref name="n"/>: the day is on or after its check-in's
    /// date and before the next check-in's (or the plan is the last), so later plans keep it exactly (D1, checked by
    /// the no-looser property). Evaluate is checked on each day once, in the plan that settles it.
    /// </summary>
    public bool Settles(int k, int n) => n >= NewFrom[k] && (k == Plans.Length - 1 || n < NewFrom[k + 1]);

    /// <summary>Evaluate of a workout of every probe exercise on <paramref name="date"/> in plan <paramref name="k"/>.</summary>
    public Decision Evaluation(int k, DateOnly date)
    {
        if (!_evaluations.TryGetValue((k, date), out var decision))
        {
            decision = Plans[k].Evaluate(new Workout(date, LongitudinalInvariants.Probes));
            _evaluations[(k, date)] = decision;
        }

        return decision;
    }

    /// <summary>The failures of the invariant being checked: the first of each kind (the line that found it).</summary>
    public List<(string Kind, string Message)> Failures { get; } = [];

    /// <summary>
    /// Records a failure when the invariant does not hold (the message is formatted only then), once per kind in this
    /// case, and goes on checking, so that one run reports every kind of failure.
    /// </summary>
    public void Require(bool holds, Func<string> message, [System.Runtime.CompilerServices.CallerMemberName] string member = "", [System.Runtime.CompilerServices.CallerLineNumber] int line = 0)
    {
        if (holds)
        {
            return;
        }

        var kind = string.Create(CultureInfo.InvariantCulture, $"{member}, line {line}");
        if (!Failures.Exists(f => f.Kind == kind))
        {
            Failures.Add((kind, message()));
        }
    }

    /// <summary>How often this case reached each situation the properties count.</summary>
    public Dictionary<string, int> Counters { get; } = [];

    public void Count(string counter, bool condition = true)
    {
        if (condition)
        {
            Count(counter, 1);
        }
    }

    public void Count(string counter, int amount) => Counters[counter] = Counters.GetValueOrDefault(counter) + amount;
}
