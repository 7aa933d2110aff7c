using BackPain.Core.Planning;

namespace BackPain.Core.Tests.Recovery;

/// <summary>
/// The planner keeps muscle groups, causes and findings as bits of one integer each. These fail, instead of a plan
/// silently losing a bit, when a catalogue grows past what those masks hold.
/// </summary>
public class PlannerCapacityTests
{
    [Fact]
    public void MuscleGroups_FitTheMusclesMask()
    {
        MuscleGroup.All.Count.Should().BeLessThanOrEqualTo(Block.MaxMuscleGroups);
        Block.AllMuscles.Should().Be((1 << MuscleGroup.All.Count) - 1, "the mask of every muscle group derives from the catalogue");
        MuscleGroup.All.Should().OnlyContain(m => (Block.AllMuscles & (1 << m.Index)) != 0);
    }

    [Fact]
    public void Causes_FitTheCauseMask()
    {
        Cause.All.Count.Should().BeLessThanOrEqualTo(PlanTimeline.MaxCauses);
    }

    [Fact]
    public void Symptoms_FitTheFindingsMask()
    {
        Symptom.All.Count.Should().BeLessThanOrEqualTo(PlanTimeline.MaxSymptoms);
    }

    [Fact]
    public void Plan_EveryMuscleGroupUnblocked_IsTrainable()
    {
        // Nothing trained, nothing painful: every muscle group of the catalogue, however many, may be trained on day 1.
        var plan = Support.PlanExamples.Plan(Support.Reports.NoPain());

        plan.Days[0].TrainableMuscles.Should().BeEquivalentTo(MuscleGroup.All);
    }
}
