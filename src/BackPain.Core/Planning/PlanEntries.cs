using System.Collections.Concurrent;
using System.Globalization;
using BackPain.Core.Internal;

using BackPain.Core.Rules;

namespace BackPain.Core.Planning;

/// <summary>The planned entries of one plan, made once and shared by its days, and the entries a check-in adds.</summary>
internal sealed class PlanEntries(Assessment assessment)
{
    internal PlanEntry SeeClinician { get; } = Make(PlanEntryKind.SeeClinician, RecoveryRules.SeeClinician, assessment.Triage.Level.Text);

    internal PlanEntry StayActive { get; } = Make(PlanEntryKind.StayActive, RecoveryRules.StayActive);

    internal PlanEntry Stretching { get; } = Make(PlanEntryKind.Stretching, RecoveryRules.Stretching, dose: Remedy.Stretching.Dose);

    internal PlanEntry Ice { get; } = Make(PlanEntryKind.Ice, RecoveryRules.Ice, dose: Remedy.Ice.Dose);

    internal PlanEntry Heat { get; } = Make(PlanEntryKind.Heat, RecoveryRules.Heat, dose: Remedy.Heat.Dose);

    internal PlanEntry IceFirst48Hours { get; } = Make(PlanEntryKind.Ice, RecoveryRules.IceThenHeat, Texts.Get("plan.iceThenHeat.ice"), Remedy.Ice.Dose);

    internal PlanEntry HeatAfter48Hours { get; } = Make(PlanEntryKind.Heat, RecoveryRules.IceThenHeat, Texts.Get("plan.iceThenHeat.heat"), Remedy.Heat.Dose);

    internal PlanEntry CoreWork { get; } = Make(PlanEntryKind.CoreWork, RecoveryRules.CoreWork, dose: Remedy.StrengthenCore.Dose);

    internal PlanEntry CheckIn { get; } = Make(PlanEntryKind.CheckIn, RecoveryRules.CheckIn);

    /// <summary>Why the core rests the day after a planned core session.</summary>
    internal string CoreSessionRest { get; } = Texts.Get("plan.restSmall.coreSession");

    /// <summary>
    /// The muscle groups of <paramref name="mask"/> may be trained. The entry depends on the mask alone (an immutable
    /// value), so each is made once per process and shared by every plan: a check-in rebuilds a plan's days, and
    /// making a year's training entries again at each one was a quarter of its cost. At most one entry per subset of
    /// the muscle-group catalogue (4,096 for twelve groups).
    /// </summary>
    internal static PlanEntry Training(int mask) => TrainingEntries.GetOrAdd(mask, static m =>
        new(PlanEntryKind.Training, RecoveryRules.Training.Id, Texts.Get(RecoveryRules.Training.Id), RecoveryRules.Training.Source,
            ValueList<MuscleGroup>.Wrap([.. MuscleGroup.All.Where(g => (m & (1 << g.Index)) != 0)])));

    private static readonly ConcurrentDictionary<int, PlanEntry> TrainingEntries = new();

    /// <summary>See a clinician: a check-in reported <paramref name="flag"/>, a red flag.</summary>
    internal static PlanEntry RedFlagAtCheckIn(Symptom flag)
        => Make(PlanEntryKind.SeeClinician, RecoveryRules.RedFlagAtCheckIn,
            string.Format(CultureInfo.InvariantCulture, Texts.Get(RecoveryRules.RedFlagAtCheckIn.Id), flag.Text, flag.RedFlagLevel!.Text));

    internal static PlanEntry Make(PlanEntryKind kind, RecoveryRule rule, string? reason = null, Dose? dose = null)
        => new(kind, rule.Id, reason ?? Texts.Get(rule.Id), rule.Source, ValueList<MuscleGroup>.Empty, dose);
}
