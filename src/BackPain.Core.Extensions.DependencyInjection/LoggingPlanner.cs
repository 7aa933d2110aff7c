using System.Globalization;
using Microsoft.Extensions.Logging;

namespace BackPain.Core.Extensions.DependencyInjection;

/// <summary>The registered <see cref="IRecoveryPlanner"/>: the <see cref="RecoveryPlanner"/> singleton, logging each plan and check-in.</summary>
internal sealed class LoggingPlanner(RecoveryPlanner planner, ILogger<IRecoveryPlanner> logger) : IRecoveryPlanner
{
    public PlannerOptions Options => planner.Options;

    public RecoveryPlan Plan(Assessment assessment, TrainingHistory history, PlanRequest request)
    {
        var plan = planner.Plan(assessment, history, request);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var (triage, coreWork, open) = Summary(plan);
            Log.Planned(logger, plan.Request.Length.Count, plan.CheckInDates.Count, triage, coreWork, open);
        }

        return plan;
    }

    public RecoveryPlan CheckIn(RecoveryPlan plan, CheckInReport checkIn)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var updated = plan.CheckIn(checkIn);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var (triage, coreWork, open) = Summary(updated);
            var day = updated.Day(updated.AsOf).DayNumber;
            Log.CheckedIn(logger, updated.CheckInReports.Count, day, updated.Request.Length.Count, triage, coreWork, open);
        }

        return updated;
    }

    /// <summary>What the log lines say about a plan as of its current day: the triage in force, when core work may start, what is open.</summary>
    private static (string Triage, string CoreWorkFromDay, string OpenConditions) Summary(RecoveryPlan plan)
        => (plan.TriageOn(plan.AsOf).Id, CoreWorkFromDay(plan), OpenConditions(plan));

    /// <summary>The day of the plan from which core work is allowed (day 1 is the start), or "open" while a condition is open.</summary>
    private static string CoreWorkFromDay(RecoveryPlan plan)
        => plan.CoreWorkAllowedFrom.Date is { } date
            ? (date.DayNumber - plan.Request.Start.DayNumber + 1).ToString(CultureInfo.InvariantCulture)
            : "open";

    /// <summary>What the blocks in force on the plan's current day wait for, as "kind until condition", each once; "none" when nothing is open.</summary>
    private static string OpenConditions(RecoveryPlan plan)
    {
        var open = plan.Day(plan.AsOf).Blocked
            .Where(e => e.AllowedFrom is { IsKnown: false })
            .Select(e => $"{e.Kind} until {e.AllowedFrom!.Condition}")
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return open.Count == 0 ? "none" : string.Join(", ", open);
    }
}
