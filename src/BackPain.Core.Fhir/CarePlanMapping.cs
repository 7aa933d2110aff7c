using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir;

/// <summary>A <see cref="RecoveryPlan"/> as a FHIR <c>CarePlan</c>: an activity for each run of days an entry holds, and one per check-in date.</summary>
internal static class CarePlanMapping
{
    /// <summary>
    /// The CarePlan of <paramref name="plan"/>: status <c>active</c>, intent <c>plan</c>, the subject, <c>period</c> the
    /// plan's first to last day, <c>description</c> the assessment's summary, <c>supportingInfo</c> the RiskAssessment and
    /// the red-flag Observations (<c>addresses</c> takes only a Condition, and the library makes no diagnosis), and the
    /// "not a diagnosis" disclaimer as the note.
    /// <para>
    /// Activities, in the order the plan first shows them. Each entry of the plan's days (<see cref="DayPlan.Planned"/>
    /// and <see cref="DayPlan.Blocked"/>) becomes one activity for each run of consecutive days on which it holds with
    /// the same rule, reason, muscles, dose and availability, with <c>scheduledPeriod</c> that run, so the CarePlan says
    /// exactly what the days say and nothing more. A planned entry has status <c>scheduled</c>. A blocked entry (rest a
    /// muscle, no core work, no strenuous exercise, no exercise, all training suspended) is a prohibition:
    /// <c>doNotPerform</c> true, which is what R4 defines it to mean ("must NOT be engaged in when following the plan"),
    /// status <c>scheduled</c> for its period, and its <c>description</c> says when it will be allowed. Every activity has
    /// <c>code</c> the rule's coding (<c>plan.ice</c>, <c>restriction.noCoreWorkUntilHealed</c>, …) with the rule's
    /// description in the plan's culture as its text, <c>reasonCode</c> the reason in the plan's culture, the rule
    /// extension with its source, and a muscle extension per muscle group it concerns (for training: the groups that may
    /// be trained on those days, core only when core work is allowed). Check-ins are one activity per date the plan
    /// proposes or a check-in was reported on: <c>completed</c> when one was reported that day, otherwise <c>scheduled</c>.
    /// </para>
    /// </summary>
    public static CarePlan Map(RecoveryPlan plan, FhirOutputOptions options, string riskAssessment, IEnumerable<string> redFlagObservations)
    {
        var carePlan = new CarePlan
        {
            Status = RequestStatus.Active,
            Intent = CarePlan.CarePlanIntent.Plan,
            Subject = Codes.Copy(options.Subject),
            Period = new Period(Codes.Date(plan.Request.Start), Codes.Date(plan.Request.End)),
            Description = string.Join(" ", plan.Assessment.Summary),
            SupportingInfo = [new ResourceReference(riskAssessment), .. redFlagObservations.Select(url => new ResourceReference(url))],
            Note = [Codes.Disclaimer(plan.Disclaimer)],
        };
        carePlan.Activity.AddRange(Runs(plan).Select(run => Activity(run, plan.Assessment.Texts)));
        carePlan.Activity.AddRange(CheckIns(plan));
        return carePlan;
    }

    /// <summary>The runs of consecutive days each entry holds on, in the order they start (and, on one day, the plan's order).</summary>
    internal static IEnumerable<Run> Runs(RecoveryPlan plan)
    {
        var open = new Dictionary<RunKey, Run>();
        var runs = new List<Run>();
        foreach (var day in plan.Days)
        {
            foreach (var entry in day.Planned.Concat(day.Blocked))
            {
                if (entry.Kind == PlanEntryKind.CheckIn)
                {
                    continue;
                }

                var key = RunKey.Of(entry);
                if (open.TryGetValue(key, out var run) && run.Last == day.Date.AddDays(-1))
                {
                    run.Last = day.Date;
                }
                else
                {
                    run = new Run(entry, day.Date);
                    open[key] = run;
                    runs.Add(run);
                }
            }
        }

        return runs;
    }

    private static CarePlan.ActivityComponent Activity(Run run, BackPainTexts texts)
    {
        var entry = run.Entry;
        var detail = new CarePlan.DetailComponent
        {
            Status = CarePlan.CarePlanActivityStatus.Scheduled,
            DoNotPerform = entry.IsBlock ? true : null,
            Code = Codes.Concept(entry.RuleId, Codes.RuleText(entry.RuleId, texts)),
            ReasonCode = [new CodeableConcept { Text = entry.Reason }],
            Scheduled = new Period(Codes.Date(run.First), Codes.Date(run.Last)),
            Description = entry.AllowedFrom is { } allowed ? Texts.Format("activity.allowed", texts.Culture, allowed.Text) : entry.Dose?.Text,
        };
        if (detail.Code.Coding.Count == 0)
        {
            detail.Code.Text ??= entry.Reason;
        }

        detail.Extension.Add(Codes.Rule(entry.RuleId, entry.Source));
        foreach (var muscle in entry.Muscles)
        {
            detail.Extension.Add(new Extension(Codes.MuscleExtension, Canonical.Code("muscle." + muscle.Id)));
        }

        return new CarePlan.ActivityComponent { Detail = detail };
    }

    private static IEnumerable<CarePlan.ActivityComponent> CheckIns(RecoveryPlan plan)
    {
        var reported = plan.CheckInReports.Select(c => c.Date).ToHashSet();
        foreach (var date in plan.CheckInDates.Union(reported).Order())
        {
            var entry = plan.Day(date).Planned.FirstOrDefault(e => e.Kind == PlanEntryKind.CheckIn);
            var detail = new CarePlan.DetailComponent
            {
                Status = reported.Contains(date) ? CarePlan.CarePlanActivityStatus.Completed : CarePlan.CarePlanActivityStatus.Scheduled,
                Code = Codes.Concept("plan.checkIn", Codes.RuleText("plan.checkIn", plan.Assessment.Texts)),
                Scheduled = new Period(Codes.Date(date), Codes.Date(date)),
            };
            if (entry is not null)
            {
                detail.ReasonCode.Add(new CodeableConcept { Text = entry.Reason });
                detail.Extension.Add(Codes.Rule(entry.RuleId, entry.Source));
            }

            yield return new CarePlan.ActivityComponent { Detail = detail };
        }
    }

    /// <summary>One entry holding on consecutive days, <see cref="First"/> to <see cref="Last"/>.</summary>
    internal sealed class Run(PlanEntry entry, DateOnly first)
    {
        public PlanEntry Entry { get; } = entry;

        public DateOnly First { get; } = first;

        public DateOnly Last { get; set; } = first;
    }

    /// <summary>What makes two days' entries the same activity: the rule, kind, reason, muscles, dose and availability.</summary>
    private readonly record struct RunKey(bool IsBlock, PlanEntryKind Kind, string RuleId, string Reason, string Muscles, string? Dose, string? AllowedFrom)
    {
        public static RunKey Of(PlanEntry entry) => new(
            entry.IsBlock, entry.Kind, entry.RuleId, entry.Reason, string.Join(",", entry.Muscles.Select(m => m.Id)), entry.Dose?.Text, entry.AllowedFrom?.Text);
    }
}
