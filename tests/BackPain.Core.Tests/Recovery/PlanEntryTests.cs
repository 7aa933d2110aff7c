using static BackPain.Core.Tests.Support.PlanExamples;
using static BackPain.Core.Tests.Support.Reports;

namespace BackPain.Core.Tests.Recovery;

/// <summary>What a plan entry shows in a log or a debugger.</summary>
public class PlanEntryTests
{
    [Fact]
    public void ToString_OfABlock_NamesItsKindRuleReasonAndWhenItIsAllowed()
    {
        var entry = Plan(PulledMuscle()).Day(Day(1)).Blocked.Single(e => e.Kind == PlanEntryKind.NoCoreWork);

        var text = entry.ToString();

        text.Should().StartWith("NoCoreWork restriction.noCoreWorkUntilHealed: ").And.Contain(entry.Reason);
        text.Should().EndWith("(allowed after a pain-free check-in on or after 2026-03-09, or a clinician's full clearance)");
    }

    [Fact]
    public void ToString_OfAPlannedEntry_HasNoAllowedDate()
    {
        var entry = Plan(PulledMuscle()).Day(Day(1)).Planned.Single(e => e.Kind == PlanEntryKind.StayActive);

        entry.ToString().Should().Be($"StayActive plan.stayActive: {entry.Reason}");
    }

    [Fact]
    public void Kind_ForEveryRestrictionKind_HasABlockOfTheSameName()
    {
        // An app maps an assessment's restriction to the plan's block by name: each kind of restriction is a block.
        var blocks = Enum.GetNames<PlanEntryKind>();

        Enum.GetNames<RestrictionKind>().Should().BeSubsetOf(blocks);
    }
}
