using BackPain.Core.Rules;
using BackPain.Core.Internal;
using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Rules;

/// <summary>The restriction rules against domain.md §6: what each forbids, for which causes, and what lifts it.</summary>
public sealed class RestrictionRulesTests
{
    [Fact]
    public void NoCoreWorkUntilHealed_CoversEveryInjuryAndIsLiftedByHealing()
    {
        RestrictionRules.NoCoreWorkUntilHealed.Kind.Should().Be(RestrictionKind.NoCoreWork);
        RestrictionRules.NoCoreWorkUntilHealed.Causes.Select(c => c.Id).Should().BeEquivalentTo(["pulledMuscle", "slippedDisc", "ligamentTear"], "§6.1");
        Cause.All.Where(c => c.IsInjury).Select(c => c.Id).Should().BeEquivalentTo(["pulledMuscle", "slippedDisc", "ligamentTear"], "§1 marks these three as injuries");
        RestrictionRules.NoCoreWorkUntilHealed.LiftedWhen.Should().Be(LiftCondition.Healed);
    }

    [Fact]
    public void NoStrenuousUntilCleared_IsForASlippedDiscAndNeedsAClinician()
    {
        RestrictionRules.NoStrenuousUntilCleared.Kind.Should().Be(RestrictionKind.NoStrenuousExercise);
        RestrictionRules.NoStrenuousUntilCleared.Causes.Should().Equal(Cause.SlippedDisc);
        RestrictionRules.NoStrenuousUntilCleared.LiftedWhen.Should().Be(LiftCondition.ClinicianClearance, "§6.2: until cleared by a clinician");
    }

    [Fact]
    public void NoExerciseUntilHealed_IsForALigamentTearWhoseHealingNeedsAClinician()
    {
        RestrictionRules.NoExerciseUntilHealed.Kind.Should().Be(RestrictionKind.NoExercise);
        RestrictionRules.NoExerciseUntilHealed.Causes.Should().Equal(Cause.LigamentTear);
        RestrictionRules.NoExerciseUntilHealed.LiftedWhen.Should().Be(LiftCondition.Healed);
        Cause.LigamentTear.HealingEstimate!.RequiresClinicianClearance.Should().BeTrue("§6.3: healed needs a clinician's clearance");
    }

    [Fact]
    public void RestInjuredMuscles_IsForAPulledMuscleUntilHealed()
    {
        RestrictionRules.RestInjuredMuscles.Kind.Should().Be(RestrictionKind.RestMuscles);
        RestrictionRules.RestInjuredMuscles.Causes.Should().Equal(Cause.PulledMuscle);
        RestrictionRules.RestInjuredMuscles.LiftedWhen.Should().Be(LiftCondition.Healed);
    }

    [Fact]
    public void RestSoreMuscles_IsForDomsUntilRestIsOverAndSorenessIsGone()
    {
        RestrictionRules.RestSoreMuscles.Kind.Should().Be(RestrictionKind.RestMuscles);
        RestrictionRules.RestSoreMuscles.Causes.Should().Equal(Cause.Doms);
        RestrictionRules.RestSoreMuscles.LiftedWhen.Should().Be(LiftCondition.RestOverAndSorenessGone);
    }

    [Fact]
    public void SuspendAllTraining_FiresOnTriageNotOnACauseAndNeedsAClinician()
    {
        RestrictionRules.SuspendAllTraining.Kind.Should().Be(RestrictionKind.SuspendAllTraining);
        RestrictionRules.SuspendAllTraining.WhenTrainingSuspended.Should().BeTrue();
        RestrictionRules.SuspendAllTraining.Causes.Should().BeEmpty();
        RestrictionRules.SuspendAllTraining.LiftedWhen.Should().Be(LiftCondition.ClinicianClearance, "§6.7: until a clinician clears it");
        RestrictionRules.SuspendAllTraining.Source.Should().Be(Source.NiceCksRedFlags);
    }

    [Fact]
    public void CauseRules_DoNotFireOnTriage()
        => RestrictionRules.All.Where(r => r != RestrictionRules.SuspendAllTraining && r != RestrictionRules.HoldStrenuousUntilPainFree)
            .Where(r => r.WhenTrainingSuspended || r.WhenNothingFits || r.Causes.Count == 0).Should().BeEmpty();

    [Fact]
    public void HoldStrenuousUntilPainFree_FiresWhenNothingFitsAndIsLiftedByAPainFreeCheckIn()
    {
        // domain.md §1: when nothing fits and the pain is moderate or worse, hold strenuous, spine-loading exercise.
        RestrictionRules.HoldStrenuousUntilPainFree.WhenNothingFits.Should().BeTrue();
        RestrictionRules.HoldStrenuousUntilPainFree.Causes.Should().BeEmpty();
        RestrictionRules.HoldStrenuousUntilPainFree.Kind.Should().Be(RestrictionKind.NoStrenuousExercise);
        RestrictionRules.HoldStrenuousUntilPainFree.LiftedWhen.Should().Be(LiftCondition.PainFreeCheckIn);
    }

    [Fact]
    public void PoorCoreStrength_IsRestrictedByNoRule()
        => RestrictionRules.All.Where(r => r.Causes.Contains(Cause.PoorCoreStrength)).Should().BeEmpty("§6.6: core work starts now");

    [Fact]
    public void All_IsStrictestFirst()
        => RestrictionRules.All.Should().Equal(
            RestrictionRules.SuspendAllTraining, RestrictionRules.NoExerciseUntilHealed, RestrictionRules.NoStrenuousUntilCleared,
            RestrictionRules.NoCoreWorkUntilHealed, RestrictionRules.RestInjuredMuscles, RestrictionRules.RestSoreMuscles,
            RestrictionRules.HoldStrenuousUntilPainFree);

    [Fact]
    public void All_IdsAreUnique() => RestrictionRules.All.Select(r => r.Id).Should().OnlyHaveUniqueItems();

    [Fact]
    public void All_EveryRuleNamesASource() => RestrictionRules.All.Where(r => !(r.Source != null && Source.All.Contains(r.Source))).Should().BeEmpty();

    [Fact]
    public void All_EveryRuleIsDocumented() => RestrictionRules.All.Where(r => !(Texts.Has(r.Id))).Should().BeEmpty();

    [Fact]
    public void All_EveryRuleIsUsedByAnExampleAssessment()
    {
        var fired = Reports.All
            .SelectMany(e => Reports.Assess(e.Report).Restrictions)
            .Select(r => r.RuleId)
            .ToHashSet();

        RestrictionRules.All.Select(r => r.Id).Should().BeSubsetOf(fired);
    }

    [Fact]
    public void Assess_EveryPossibleInjury_GetsItsOwnNoCoreWorkRestriction()
    {
        // A pop, a shooting pain, hard to stand up after a jerk during a deadlift: all three injuries are at least possible.
        var assessment = Reports.Assess(Reports.Build(new()
        {
            Severity = 6, PopHeard = true, Character = PainCharacter.Sharp, Onset = Onset.DuringWorkout,
            HardToStandUp = true, SuddenJerk = true, Exercises = [Exercise.Deadlift], Age = 30,
        }));

        assessment.Causes.Where(c => c.Cause.IsInjury).Where(c => !(c.IsAtLeastPossible)).Should().BeEmpty();
        assessment.Restrictions.Where(r => r.Kind == RestrictionKind.NoCoreWork).Select(r => r.Cause!.Id)
            .Should().BeEquivalentTo(["pulledMuscle", "slippedDisc", "ligamentTear"]);
    }

    [Fact]
    public void Assess_RestrictionOutsideRestMuscles_ListsNoMuscles()
    {
        var assessment = Reports.Assess(Reports.SlippedDisc(a => a.RedFlags = [Symptom.Fever]));

        assessment.Restrictions.Where(r => r.Kind != RestrictionKind.RestMuscles).Where(r => !(r.Muscles.Count == 0)).Should().BeEmpty();
        assessment.Restrictions.Should().Contain(r => r.Kind == RestrictionKind.SuspendAllTraining && r.Cause == null);
    }

    [Fact]
    public void Assess_Restriction_CarriesTheRuleIdSourceAndAReasonNamingTheCause()
    {
        var restriction = Reports.Assess(Reports.SlippedDisc()).Restrictions.Single(r => r.Kind == RestrictionKind.NoStrenuousExercise);

        restriction.RuleId.Should().Be(RestrictionRules.NoStrenuousUntilCleared.Id);
        restriction.Source.Should().Be(RestrictionRules.NoStrenuousUntilCleared.Source);
        restriction.Reason.Should().Contain(Cause.SlippedDisc.Name);
    }
}
