using BackPain.Core.Internal;

namespace BackPain.Core.Rules;

/// <summary>
/// The remedy rules (domain model section 3), in the order their advice is listed. "Possible" means a cause's band
/// is at least <see cref="LikelihoodBand.Possible"/>.
/// </summary>
internal static class RemedyRules
{
    /// <summary>The causes that come with inflammation, which ice eases (domain model section 3), most serious first.</summary>
    private static readonly Cause[] Inflamed = [Cause.LigamentTear, Cause.PulledMuscle, Cause.Doms];

    /// <summary>The acute injuries (<see cref="Cause.IsInjury"/>), most serious first.</summary>
    private static readonly Cause[] AcuteInjuries = Cause.InjuriesMostSeriousFirst;

    /// <summary>Triage at see-a-doctor or above: see a clinician.</summary>
    internal static readonly RemedyRule SeeClinician = new("remedy.seeClinician.triage", Remedy.SeeClinician, Source.NiceCksRedFlags,
        f => (f.Triage >= TriageLevel.SeeDoctor, null));

    /// <summary>An acute injury is possible and the muscles are tight: ice for 48 hours, then heat.</summary>
    internal static readonly RemedyRule IceThenHeat = new("remedy.iceThenHeat.acuteAndTight", Remedy.IceThenHeat, Source.Consensus,
        f => f.Symptoms.Has(Symptom.MusclesTight) && f.FirstPossible(AcuteInjuries) is { } cause ? (true, cause) : (false, null));

    /// <summary>Inflammation is possible (DOMS, a pulled muscle, a torn ligament) and ice-then-heat does not apply: ice.</summary>
    internal static readonly RemedyRule Ice = new("remedy.ice.inflammation", Remedy.Ice, Source.Article,
        f => f.FirstPossible(Inflamed) is { } cause && !(f.Symptoms.Has(Symptom.MusclesTight) && f.FirstPossible(AcuteInjuries) is not null)
            ? (true, cause) : (false, null));

    /// <summary>The muscles are tight and no acute injury is possible: heat.</summary>
    internal static readonly RemedyRule Heat = new("remedy.heat.tightness", Remedy.Heat, Source.Article,
        f => (f.Symptoms.Has(Symptom.MusclesTight) && f.FirstPossible(AcuteInjuries) is null, null));

    /// <summary>There is pain (severity 1 or more): pain medicine, with its cautions.</summary>
    internal static readonly RemedyRule PainMedicine = new("remedy.painMedicine.pain", Remedy.PainMedicine, Source.Article,
        f => (f.Report.Severity > 0, null));

    /// <summary>Always: rest the affected muscles from training, but stay gently active.</summary>
    internal static readonly RemedyRule Rest = new("remedy.rest.training", Remedy.Rest, Source.NiceNG59,
        _ => (true, null));

    /// <summary>
    /// No cause that needs a clinician (<see cref="Cause.NeedsClinician"/>: a slipped disc or ligament tear) is possible
    /// and training is not suspended: stretch the whole body daily.
    /// </summary>
    internal static readonly RemedyRule Stretching = new("remedy.stretching.daily", Remedy.Stretching, Source.Article,
        f => (f.FirstPossible(Cause.NeedingClinician) is null && !f.Triage.SuspendsTraining, null));

    /// <summary>Poor core strength is possible, no injury is, and training is not suspended: strengthen the core now.</summary>
    internal static readonly RemedyRule StrengthenCore = new("remedy.strengthenCore.poorCore", Remedy.StrengthenCore, Source.Article,
        f => (f.IsPossible(Cause.PoorCoreStrength) && f.FirstPossible(AcuteInjuries) is null && !f.Triage.SuspendsTraining, Cause.PoorCoreStrength));

    /// <summary>Every remedy rule, in the order their advice is listed.</summary>
    internal static ValueList<RemedyRule> All { get; } = ValueList<RemedyRule>.Wrap(
        [SeeClinician, IceThenHeat, Ice, Heat, PainMedicine, Rest, Stretching, StrengthenCore]);
}
