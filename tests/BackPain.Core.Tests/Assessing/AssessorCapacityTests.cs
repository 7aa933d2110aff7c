using System.Runtime.InteropServices;
using BackPain.Core.Rules;
using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Assessing;

/// <summary>
/// The assessor's storage against its catalogues: what is sized from a catalogue grows with it, and the two bit masks
/// that have a fixed width fail here, not in an assessment, when a catalogue outgrows them.
/// </summary>
public sealed class AssessorCapacityTests
{
    [Fact]
    public void Symptoms_FitTheBitsOfASymptomSet()
        => Symptom.All.Count.Should().BeLessThanOrEqualTo(8 * Marshal.SizeOf(SymptomSet.Empty.Bits), "a symptom set is one bit per finding");

    [Fact]
    public void Causes_FitTheBitsOfThePossibleCauses()
        => Cause.All.Count.Should().BeLessThanOrEqualTo(8 * Marshal.SizeOf(default(Facts).PossibleCauses), "the possible causes are one bit per cause");

    [Fact]
    public void Causes_IndexesAreTheirPositionsInTheCatalogue()
        => Cause.All.Select(c => c.Index).Should().Equal(Enumerable.Range(0, Cause.All.Count), "the engine's tables are indexed by cause");

    [Fact]
    public void Assess_AnyExample_RanksEveryCauseOfTheCatalogue()
        => Reports.All.Select(e => BackPainAssessor.Default.Assess(e.Report).Causes.Count).Should().AllBeEquivalentTo(Cause.All.Count);

    [Fact]
    public void TriageTable_HasARuleForEveryRedFlagOfTheCatalogueAndEveryCauseThatNeedsAClinician()
    {
        // The triage table is built from the catalogues: a new red-flag finding or cause needs no new triage code.
        TriageRules.All.Where(r => r.RedFlag is not null).Select(r => r.RedFlag).Should().BeEquivalentTo(Symptom.All.Where(s => s.IsRedFlag));
        TriageRules.All.Where(r => r.SuspectedCause is not null).Select(r => r.SuspectedCause).Should().Equal(Cause.All.Where(c => c.NeedsClinician));
    }

    [Fact]
    public void Restrictions_EveryRuleFiringAtOnce_ListsOneRestrictionPerRuleAndCause()
    {
        // Every cause possible, training suspended and nothing fitting: every restriction rule fires, once for each of its
        // causes. The engine's storage is sized from the catalogue, so a longer table needs no change to the engine (a
        // fixed eight-slot buffer used to hold them, one fewer than this).
        var allCauses = Cause.All.Aggregate(0, (mask, c) => mask | (1 << c.Index));
        var facts = new Facts(Reports.Doms(), allCauses, TriageLevel.Emergency, nothingFits: true);

        var restrictions = BackPainAssessor.Default.Restrictions(facts);

        restrictions.Select(r => (r.RuleId, r.Cause)).Should().Equal(
            RestrictionRules.All.SelectMany(rule => rule.Causes.Count == 0
                ? [(rule.Id, (Cause?)null)]
                : rule.Causes.Select(c => (rule.Id, (Cause?)c))));
    }
}
