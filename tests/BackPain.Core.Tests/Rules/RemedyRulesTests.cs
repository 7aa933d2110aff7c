using BackPain.Core.Rules;
using BackPain.Core.Internal;
using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Rules;

/// <summary>
/// The remedy rules against domain.md §3, each condition checked on its own (given which causes are possible and the
/// triage so far), and the catalogue as a whole.
/// </summary>
public sealed class RemedyRulesTests
{
    private static readonly Cause[] AcuteInjuries = [Cause.PulledMuscle, Cause.SlippedDisc, Cause.LigamentTear];

    private static readonly SymptomReport Tight = Reports.Build(new() { Severity = 5, MusclesTight = true });

    private static readonly SymptomReport NotTight = Reports.Build(new() { Severity = 5 });

    private static readonly SymptomReport NoPain = Reports.Build(new() { Severity = 0 });

    private static Facts FactsOf(SymptomReport report, TriageLevel triage, params Cause[] possible)
        => new(report, possible.Aggregate(0, (mask, c) => mask | (1 << c.Index)), triage, nothingFits: false);

    private static (bool Applies, Cause? Cause) Apply(RemedyRule rule, SymptomReport report, params Cause[] possible)
        => rule.Condition(FactsOf(report, TriageLevel.SelfCare, possible));

    [Fact]
    public void EachRule_AdvisesTheRemedyOfItsName()
    {
        RemedyRules.SeeClinician.Remedy.Should().Be(Remedy.SeeClinician);
        RemedyRules.IceThenHeat.Remedy.Should().Be(Remedy.IceThenHeat);
        RemedyRules.Ice.Remedy.Should().Be(Remedy.Ice);
        RemedyRules.Heat.Remedy.Should().Be(Remedy.Heat);
        RemedyRules.PainMedicine.Remedy.Should().Be(Remedy.PainMedicine);
        RemedyRules.Rest.Remedy.Should().Be(Remedy.Rest);
        RemedyRules.Stretching.Remedy.Should().Be(Remedy.Stretching);
        RemedyRules.StrengthenCore.Remedy.Should().Be(Remedy.StrengthenCore);
    }

    [Fact]
    public void All_HasOneRuleForEveryRemedyAndSeeClinicianComesFirst()
    {
        RemedyRules.All.Select(r => r.Remedy.Id).Should().BeEquivalentTo(Remedy.All.Select(r => r.Id));
        RemedyRules.All[0].Should().Be(RemedyRules.SeeClinician);
    }

    [Theory]
    [InlineData("selfCare", false)]
    [InlineData("seeDoctor", true)]
    [InlineData("seeDoctorUrgently", true)]
    [InlineData("emergency", true)]
    public void SeeClinician_AppliesFromSeeDoctorUp(string triage, bool applies)
        => RemedyRules.SeeClinician.Condition(FactsOf(NotTight, TriageLevel.FromId(triage))).Applies.Should().Be(applies);

    [Theory]
    [InlineData("pulledMuscle")]
    [InlineData("slippedDisc")]
    [InlineData("ligamentTear")]
    public void IceThenHeat_AcuteInjuryPossibleAndTight_AppliesForThatInjury(string cause)
        => Apply(RemedyRules.IceThenHeat, Tight, Cause.FromId(cause)).Should().Be((true, Cause.FromId(cause)));

    [Fact]
    public void IceThenHeat_AcuteInjuryButNotTight_DoesNotApply()
        => Apply(RemedyRules.IceThenHeat, NotTight, AcuteInjuries).Applies.Should().BeFalse();

    [Fact]
    public void IceThenHeat_TightWithoutAcuteInjury_DoesNotApply()
        => Apply(RemedyRules.IceThenHeat, Tight, Cause.Doms, Cause.PoorCoreStrength).Applies.Should().BeFalse();

    [Theory]
    [InlineData("doms")]
    [InlineData("pulledMuscle")]
    [InlineData("ligamentTear")]
    public void Ice_InflammationPossible_AppliesForThatCause(string cause)
        => Apply(RemedyRules.Ice, NotTight, Cause.FromId(cause)).Should().Be((true, Cause.FromId(cause)));

    [Fact]
    public void Ice_NoInflammatoryCausePossible_DoesNotApply()
        => Apply(RemedyRules.Ice, NotTight, Cause.PoorCoreStrength).Applies.Should().BeFalse("§3 ices DOMS, a pulled muscle or a torn ligament");

    [Fact]
    public void Ice_AcuteInjuryAndTight_GivesWayToIceThenHeat()
        => Apply(RemedyRules.Ice, Tight, Cause.PulledMuscle).Applies.Should().BeFalse();

    [Fact]
    public void Ice_DomsAndTightWithoutInjury_StillApplies()
        => Apply(RemedyRules.Ice, Tight, Cause.Doms).Should().Be((true, Cause.Doms));

    [Fact]
    public void Heat_TightWithoutAcuteInjury_Applies()
        => Apply(RemedyRules.Heat, Tight, Cause.Doms, Cause.PoorCoreStrength).Applies.Should().BeTrue();

    [Theory]
    [InlineData("pulledMuscle")]
    [InlineData("slippedDisc")]
    [InlineData("ligamentTear")]
    public void Heat_AnyAcuteInjuryPossible_DoesNotApply(string cause)
        => Apply(RemedyRules.Heat, Tight, Cause.FromId(cause)).Applies.Should().BeFalse("no heat in the first 48 hours after an acute injury (§3)");

    [Fact]
    public void Heat_NotTight_DoesNotApply() => Apply(RemedyRules.Heat, NotTight).Applies.Should().BeFalse();

    [Fact]
    public void PainMedicine_AppliesExactlyWhenThereIsPain()
    {
        Apply(RemedyRules.PainMedicine, NotTight).Applies.Should().BeTrue();
        Apply(RemedyRules.PainMedicine, NoPain).Applies.Should().BeFalse();
    }

    [Fact]
    public void Rest_AlwaysApplies()
    {
        Apply(RemedyRules.Rest, NoPain).Applies.Should().BeTrue();
        RemedyRules.Rest.Condition(FactsOf(Tight, TriageLevel.Emergency, [.. Cause.All])).Applies.Should().BeTrue();
    }

    [Fact]
    public void Stretching_NoDiscOrLigamentAndTrainingAllowed_Applies()
        => Apply(RemedyRules.Stretching, NotTight, Cause.Doms, Cause.PulledMuscle).Applies.Should().BeTrue();

    [Theory]
    [InlineData("slippedDisc")]
    [InlineData("ligamentTear")]
    public void Stretching_DiscOrLigamentPossible_DoesNotApply(string cause)
        => Apply(RemedyRules.Stretching, NotTight, Cause.FromId(cause)).Applies.Should().BeFalse();

    [Fact]
    public void Stretching_TrainingSuspended_DoesNotApply()
        => RemedyRules.Stretching.Condition(FactsOf(NotTight, TriageLevel.SeeDoctorUrgently, Cause.Doms)).Applies.Should().BeFalse();

    [Fact]
    public void StrengthenCore_PoorCoreAndNoInjury_AppliesForPoorCore()
        => Apply(RemedyRules.StrengthenCore, NotTight, Cause.PoorCoreStrength, Cause.Doms).Should().Be((true, Cause.PoorCoreStrength));

    [Theory]
    [InlineData("pulledMuscle")]
    [InlineData("slippedDisc")]
    [InlineData("ligamentTear")]
    public void StrengthenCore_AnyInjuryPossible_DoesNotApply(string cause)
        => Apply(RemedyRules.StrengthenCore, NotTight, Cause.PoorCoreStrength, Cause.FromId(cause)).Applies.Should().BeFalse("core work waits until an injury has healed (§3)");

    [Fact]
    public void StrengthenCore_TrainingSuspended_DoesNotApply()
        => RemedyRules.StrengthenCore.Condition(FactsOf(NotTight, TriageLevel.Emergency, Cause.PoorCoreStrength)).Applies.Should().BeFalse();

    [Fact]
    public void StrengthenCore_PoorCoreNotPossible_DoesNotApply()
        => Apply(RemedyRules.StrengthenCore, NotTight, Cause.Doms).Applies.Should().BeFalse();

    [Fact]
    public void All_IdsAreUnique() => RemedyRules.All.Select(r => r.Id).Should().OnlyHaveUniqueItems();

    [Fact]
    public void All_EveryRuleNamesASource() => RemedyRules.All.Where(r => !(r.Source != null && Source.All.Contains(r.Source))).Should().BeEmpty();

    [Fact]
    public void All_EveryRuleIsDocumented() => RemedyRules.All.Where(r => !(Texts.Has(r.Id))).Should().BeEmpty();

    [Fact]
    public void All_EveryRuleIsUsedByAnExampleAssessment()
    {
        var fired = Reports.All
            .SelectMany(e => Reports.Assess(e.Report).Remedies)
            .Select(r => r.RuleId)
            .ToHashSet();

        RemedyRules.All.Select(r => r.Id).Should().BeSubsetOf(fired);
    }

    [Fact]
    public void Advice_CarriesTheRuleIdSourceAndAReasonNamingTheCause()
    {
        var advice = Reports.Assess(Reports.PulledMuscle(a => a.MusclesTight = false)).Remedies.Single(r => r.Remedy == Remedy.Ice);

        advice.RuleId.Should().Be(RemedyRules.Ice.Id);
        advice.Source.Should().Be(RemedyRules.Ice.Source);
        advice.Reason.Should().Contain(Cause.PulledMuscle.Name);
        advice.Dose.Should().Be(Remedy.Ice.Dose);
        advice.Cautions.Should().Equal(Remedy.Ice.Cautions);
    }
}
