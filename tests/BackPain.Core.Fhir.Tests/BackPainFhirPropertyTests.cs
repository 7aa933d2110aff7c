using BackPain.Core.Fhir.Tests.Support;
using CsCheck;
using Hl7.Fhir.Model;
using Xunit.Abstractions;

namespace BackPain.Core.Fhir.Tests;

/// <summary>
/// The mappings over 1,000 generated reports, histories, plans and check-ins (<see cref="FhirCases"/>). Firely's validator
/// took 337 ms per generated bundle on the shared development machine (load average 30 on 2 cores; a 90-day plan's
/// CarePlan has many activities), so 1,000 validations would take minutes: it checks a deterministic sample, every fifth
/// case (200 bundles), and every case is checked structurally (unique urn:uuid full URLs, references that resolve in the
/// bundle, the subject) and by its JSON round trip. <c>BACKPAIN_FHIR_VALIDATE_EVERY=1</c> validates every case.
/// </summary>
public class BackPainFhirPropertyTests(ITestOutputHelper output)
{
    private static readonly int Cases = Reports.Iterations;
    private static readonly int ValidateEvery = FhirValidation.Every(5);
    private static readonly int ValidateAssessmentsEvery = FhirValidation.Every(20);

    [Fact]
    public void ToBundle_GeneratedPlans_AreWellFormedRoundTripAndASampleValidatesAgainstR4()
    {
        var index = 0;
        var validated = 0;
        var validating = TimeSpan.Zero;
        FhirCases.All.Sample(c =>
        {
            var bundle = BackPainFhir.ToBundle(c.Plan(), Support.Stories.Options);
            bundle.ShouldBeWellFormed("Patient/example");
            bundle.ShouldRoundTrip();
            if (index++ % ValidateEvery == 0)
            {
                var started = System.Diagnostics.Stopwatch.GetTimestamp();
                FhirValidation.Errors(bundle).Should().BeEmpty(c.ToString());
                validating += System.Diagnostics.Stopwatch.GetElapsedTime(started);
                validated++;
            }
        }, iter: Cases, threads: 1);

        output.WriteLine($"{validated} bundles validated in {validating.TotalSeconds:0.0} s ({validating.TotalMilliseconds / validated:0} ms each)");
        validated.Should().Be((Cases + ValidateEvery - 1) / ValidateEvery);
    }

    [Fact]
    public void ToBundle_GeneratedAssessments_WithoutAPlan_AreWellFormedAndASampleValidates()
    {
        var index = 0;
        FhirCases.All.Sample(c =>
        {
            var bundle = BackPainFhir.ToBundle(c.Assessor.Assess(c.Report), Support.Stories.Options);
            bundle.ShouldBeWellFormed("Patient/example");
            if (index++ % ValidateAssessmentsEvery == 0)
            {
                FhirValidation.Errors(bundle).Should().BeEmpty(c.ToString());
            }
        }, iter: Cases, threads: 1);
    }

    [Fact]
    public void CarePlan_GeneratedPlans_NeverAllowsCoreWorkOnADayThePlanDoesNot()
    {
        FhirCases.All.Sample(c =>
        {
            var plan = c.Plan();
            var activities = BackPainFhir.ToBundle(plan, Support.Stories.Options).One<CarePlan>()!.Activities();
            foreach (var day in plan.Days)
            {
                var coreAllowed = plan.MayDoCoreWork(day.Date).IsAllowed;
                if (!coreAllowed)
                {
                    activities.Where(a => a.AllowsCoreWork && a.Covers(day.Date)).Should().BeEmpty($"core work is not allowed on {day.Date:yyyy-MM-dd} ({c})");
                    activities.Should().Contain(a => a.DoNotPerform && a.Covers(day.Date), $"the day core work is blocked carries a prohibition ({c})");
                }

                if (!day.Planned.Any(e => e.Kind == PlanEntryKind.CoreWork))
                {
                    activities.Where(a => a.Code == "plan.coreWork" && a.Covers(day.Date)).Should().BeEmpty($"no core session is planned on {day.Date:yyyy-MM-dd} ({c})");
                }
            }
        }, iter: Cases);
    }

    [Fact]
    public void CarePlan_GeneratedPlans_AllowsTrainingExactlyTheMusclesEachDayAllowsAndForbidsWhatEachDayBlocks()
    {
        FhirCases.All.Sample(c =>
        {
            var plan = c.Plan();
            var activities = BackPainFhir.ToBundle(plan, Support.Stories.Options).One<CarePlan>()!.Activities();
            foreach (var day in plan.Days)
            {
                var trained = activities.Where(a => a.Code == "plan.training" && !a.DoNotPerform && a.Covers(day.Date)).SelectMany(a => a.Muscles);
                trained.Should().BeEquivalentTo(day.TrainableMuscles.Select(m => m.Id), $"on {day.Date:yyyy-MM-dd} ({c})");
                var forbidden = activities.Count(a => a.DoNotPerform && a.Covers(day.Date));
                forbidden.Should().Be(day.Blocked.Count, $"each block of {day.Date:yyyy-MM-dd} is one prohibition ({c})");
            }
        }, iter: Cases);
    }
}
