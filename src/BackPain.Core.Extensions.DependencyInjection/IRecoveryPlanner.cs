namespace BackPain.Core.Extensions.DependencyInjection;

/// <summary>
/// The registered <see cref="RecoveryPlanner"/> with logging: inject this to plan and to record check-ins and have
/// each plan's length, triage and open conditions logged (never a date or an answer that could identify a person).
/// <c>AddBackPain</c> registers it as a singleton; substitute it in tests of code that plans.
/// </summary>
public interface IRecoveryPlanner
{
    /// <summary>The options the planner was built with, from configuration.</summary>
    PlannerOptions Options { get; }

    /// <summary>Plans the recovery, as <see cref="RecoveryPlanner.Plan"/> does, and logs the plan.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    RecoveryPlan Plan(Assessment assessment, TrainingHistory history, PlanRequest request);

    /// <summary>Records a check-in, as <see cref="RecoveryPlan.CheckIn"/> does, and logs the updated plan.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="BackPainValidationException">The check-in's date does not fit the plan; the exception lists every problem.</exception>
    RecoveryPlan CheckIn(RecoveryPlan plan, CheckInReport checkIn);
}
