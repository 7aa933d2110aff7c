using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using BackPain.Core.Internal;

using BackPain.Core.Rules;

namespace BackPain.Core.Planning;

/// <summary>
/// The planned entries of one plan, made once and shared by its days, and the entries a check-in adds; every text in
/// the culture of the plan's assessment.
/// </summary>
internal sealed class PlanEntries
{
    /// <summary>The training entries of the neutral (English) texts, by muscle mask: the default culture's fast path.</summary>
    private static readonly ConcurrentDictionary<int, PlanEntry> NeutralTraining = new();

    /// <summary>The training entries of every other culture's texts, by muscle mask, kept while its texts are.</summary>
    private static readonly ConditionalWeakTable<TextTable, ConcurrentDictionary<int, PlanEntry>> TrainingByTexts = new();

    private readonly ConcurrentDictionary<int, PlanEntry> _training;

    internal PlanEntries(Assessment assessment)
    {
        var texts = Texts = assessment.Assessor.TextTable;
        _training = texts.IsNeutral ? NeutralTraining : TrainingByTexts.GetValue(texts, static _ => new());
        SeeClinician = Make(texts, PlanEntryKind.SeeClinician, RecoveryRules.SeeClinician, texts.Get("triageLevel." + assessment.Triage.Level.Id));
        StayActive = Make(texts, PlanEntryKind.StayActive, RecoveryRules.StayActive);
        Stretching = Make(texts, PlanEntryKind.Stretching, RecoveryRules.Stretching, dose: Remedy.Stretching.Dose.In(texts));
        Ice = Make(texts, PlanEntryKind.Ice, RecoveryRules.Ice, dose: Remedy.Ice.Dose.In(texts));
        Heat = Make(texts, PlanEntryKind.Heat, RecoveryRules.Heat, dose: Remedy.Heat.Dose.In(texts));
        IceFirst48Hours = Make(texts, PlanEntryKind.Ice, RecoveryRules.IceThenHeat, texts.Get("plan.iceThenHeat.ice"), Remedy.Ice.Dose.In(texts));
        HeatAfter48Hours = Make(texts, PlanEntryKind.Heat, RecoveryRules.IceThenHeat, texts.Get("plan.iceThenHeat.heat"), Remedy.Heat.Dose.In(texts));
        CoreWork = Make(texts, PlanEntryKind.CoreWork, RecoveryRules.CoreWork, dose: Remedy.StrengthenCore.Dose.In(texts));
        CheckIn = Make(texts, PlanEntryKind.CheckIn, RecoveryRules.CheckIn);
        CoreSessionRest = texts.Get("plan.restSmall.coreSession");
    }

    /// <summary>The texts every entry is written in.</summary>
    internal TextTable Texts { get; }

    internal PlanEntry SeeClinician { get; }

    internal PlanEntry StayActive { get; }

    internal PlanEntry Stretching { get; }

    internal PlanEntry Ice { get; }

    internal PlanEntry Heat { get; }

    internal PlanEntry IceFirst48Hours { get; }

    internal PlanEntry HeatAfter48Hours { get; }

    internal PlanEntry CoreWork { get; }

    internal PlanEntry CheckIn { get; }

    /// <summary>Why the core rests the day after a planned core session.</summary>
    internal string CoreSessionRest { get; }

    /// <summary>
    /// The muscle groups of <paramref name="mask"/> may be trained. The entry depends on the mask and the culture of
    /// the texts alone (immutable values), so each is made once per process and culture and shared by every plan: a
    /// check-in rebuilds a plan's days, and making a year's training entries again at each one was a quarter of its
    /// cost. At most one entry per subset of the muscle-group catalogue (4,096 for twelve groups) per culture.
    /// </summary>
    internal PlanEntry Training(int mask) => _training.GetOrAdd(mask, static (m, texts) =>
        new(PlanEntryKind.Training, RecoveryRules.Training.Id, texts.Get(RecoveryRules.Training.Id), RecoveryRules.Training.Source,
            ValueList<MuscleGroup>.Wrap([.. MuscleGroup.All.Where(g => (m & (1 << g.Index)) != 0)])), Texts);

    /// <summary>See a clinician: a check-in reported <paramref name="flag"/>, a red flag.</summary>
    internal static PlanEntry RedFlagAtCheckIn(TextTable texts, Symptom flag)
        => Make(texts, PlanEntryKind.SeeClinician, RecoveryRules.RedFlagAtCheckIn,
            texts.Format(RecoveryRules.RedFlagAtCheckIn.Id, texts.Get("symptom." + flag.Id), texts.Get("triageLevel." + flag.RedFlagLevel!.Id)));

    internal static PlanEntry Make(TextTable texts, PlanEntryKind kind, RecoveryRule rule, string? reason = null, Dose? dose = null)
        => new(kind, rule.Id, reason ?? texts.Get(rule.Id), rule.Source, ValueList<MuscleGroup>.Empty, dose);
}
