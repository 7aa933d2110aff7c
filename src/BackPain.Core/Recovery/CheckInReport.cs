using BackPain.Core.Domain;
using BackPain.Core.Internal;

namespace BackPain.Core.Recovery;

/// <summary>
/// A reassessment during a recovery plan: the date, the pain now, how it is changing, whether a clinician has cleared
/// the person, and any new red-flag finding. <see cref="RecoveryPlan.CheckIn"/> turns it into an updated plan.
/// </summary>
public sealed record CheckInReport
{
    /// <summary>Creates a check-in.</summary>
    /// <param name="date">The date of the check-in, within the plan.</param>
    /// <param name="pain">The pain now, 0 (none) to 10.</param>
    /// <param name="trend">Whether the pain is getting better, the same or worse.</param>
    /// <param name="clinicianCleared">Whether a clinician has cleared the person to train (for a slipped disc, a ligament tear or an urgent red flag).</param>
    /// <param name="newRedFlags">Red-flag findings that are new since the assessment: each must be a red flag (<see cref="Symptom.IsRedFlag"/>).</param>
    /// <exception cref="BackPainValidationException">Any argument is invalid; the exception lists every problem.</exception>
    public CheckInReport(DateOnly date, int pain, Trend trend, bool clinicianCleared = false, IEnumerable<Symptom>? newRedFlags = null)
    {
        Symptom[] flags = newRedFlags is null ? [] : [.. newRedFlags];
        var errors = new ErrorCollector();
        errors.Range("pain", pain, 0, 10);
        errors.Defined<Trend>("trend", trend);
        for (var i = 0; i < flags.Length; i++)
        {
            if (flags[i] is null)
            {
                errors.Add($"newRedFlags[{i}]", "must not be null.");
            }
            else if (!flags[i].IsRedFlag)
            {
                errors.Add($"newRedFlags[{i}]", $"'{flags[i].Id}' is not a red flag.");
            }
        }

        errors.ToResult().ThrowIfInvalid("check-in");
        Date = date;
        Pain = pain;
        Trend = trend;
        ClinicianCleared = clinicianCleared;
        NewRedFlags = ValueList<Symptom>.Wrap([.. flags.Distinct().OrderBy(s => s.Index)]);
    }

    /// <summary>The date of the check-in.</summary>
    public DateOnly Date { get; }

    /// <summary>The pain now, 0 to 10. A check-in with pain 0 on or after an injury's minimum healing time counts it as healed (plus clearance where needed).</summary>
    public int Pain { get; }

    /// <summary>Whether the pain is getting better, the same or worse. Worse raises triage to at least see-a-doctor.</summary>
    public Trend Trend { get; }

    /// <summary>Whether a clinician has cleared the person to train.</summary>
    public bool ClinicianCleared { get; }

    /// <summary>New red-flag findings since the assessment.</summary>
    public IReadOnlyList<Symptom> NewRedFlags { get; }

    /// <summary>The triage level this check-in requires at least: the highest of its red flags, and see-a-doctor when the pain is worse.</summary>
    public TriageLevel MinimumTriage
    {
        get
        {
            var level = Trend == Trend.Worse ? TriageLevel.SeeDoctor : TriageLevel.SelfCare;
            foreach (var flag in NewRedFlags)
            {
                level = TriageLevel.Max(level, flag.RedFlagLevel!);
            }

            return level;
        }
    }
}
