using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// A reassessment during a recovery plan (domain model section 6b): the date, the pain now, how it is changing, what a
/// clinician said if the person saw one (the scope of a clearance, causes ruled out or confirmed), and any new symptom.
/// <see cref="RecoveryPlan.CheckIn"/> runs it through the same assessment rules as the first report and returns the
/// updated plan.
/// </summary>
/// <remarks>
/// A check-in is validated as a whole: every problem is listed in one <see cref="BackPainValidationException"/>. Pain 0
/// with <see cref="Trend.Worse"/> is a contradiction; a symptom must be one of <see cref="SymptomsAllowed"/>; a cause
/// cannot be both ruled out and confirmed. Whether the date fits the plan is checked by <see cref="RecoveryPlan.CheckIn"/>.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.CheckInReportJsonConverter))]
public sealed record CheckInReport
{
    private static readonly Symptom[] Allowed =
    [
        Symptom.DullAche, Symptom.SharpPain, Symptom.ShootingPain, Symptom.PopHeard, Symptom.HardToStandUp,
        Symptom.PainDownOneLeg, Symptom.NumbnessBothLegs, Symptom.SuddenJerk, Symptom.MusclesTight, Symptom.PainOnBothSides,
        Symptom.UnableToStandOrWalk, .. Symptom.RedFlagQuestions,
    ];

    /// <summary>Creates a check-in.</summary>
    /// <param name="date">The date of the check-in, within the plan and not before the previous check-in.</param>
    /// <param name="pain">The pain now, 0 (none) to 10.</param>
    /// <param name="trend">Whether the pain is getting better, the same or worse (not worse when the pain is 0).</param>
    /// <param name="clearance">What a clinician cleared the person for, if they saw one since the last check-in.</param>
    /// <param name="newSymptoms">Symptoms that are new since the last check-in, from <see cref="SymptomsAllowed"/> (for example pain down one leg, or a red-flag answer such as fever).</param>
    /// <param name="causesRuledOut">Causes a clinician has ruled out: their restrictions end from this date.</param>
    /// <param name="causesConfirmed">Causes a clinician has confirmed: their restrictions apply from this date, even for a cause the assessment ranked unlikely.</param>
    /// <exception cref="BackPainValidationException">
    /// Lists every problem, each with its parameter's name as path: <paramref name="pain"/> outside 0–10
    /// (<see cref="ValidationCode.OutOfRange"/>); <paramref name="trend"/> or <paramref name="clearance"/> undefined
    /// (<see cref="ValidationCode.UnknownId"/>); pain 0 with <see cref="Trend.Worse"/> (<c>trend</c>,
    /// <see cref="ValidationCode.Contradiction"/>); a null entry (<c>newSymptoms[i]</c>, …, <see cref="ValidationCode.Required"/>);
    /// a symptom not in <see cref="SymptomsAllowed"/> (<see cref="ValidationCode.NotAllowed"/>); a cause both ruled out and
    /// confirmed (<c>causesConfirmed[i]</c>, <see cref="ValidationCode.Contradiction"/>).
    /// </exception>
    public CheckInReport(
        DateOnly date,
        int pain,
        Trend trend,
        Clearance clearance = Clearance.None,
        IEnumerable<Symptom>? newSymptoms = null,
        IEnumerable<Cause>? causesRuledOut = null,
        IEnumerable<Cause>? causesConfirmed = null)
    {
        Symptom[] findings = newSymptoms is null ? [] : [.. newSymptoms];
        Cause[] ruledOut = causesRuledOut is null ? [] : [.. causesRuledOut];
        Cause[] confirmed = causesConfirmed is null ? [] : [.. causesConfirmed];
        var errors = new ErrorCollector();
        Check(errors, pain, trend, clearance, findings, ruledOut, confirmed);
        errors.ThrowIfAny("checkIn");
        Date = date;
        Pain = pain;
        Trend = trend;
        Clearance = clearance;
        NewSymptoms = ValueList<Symptom>.Wrap([.. findings.Distinct().OrderBy(s => s.Index)]);
        CausesRuledOut = ValueList<Cause>.Wrap([.. ruledOut.Distinct().OrderBy(c => c.Index)]);
        CausesConfirmed = ValueList<Cause>.Wrap([.. confirmed.Distinct().OrderBy(c => c.Index)]);
    }

    /// <summary>
    /// The symptoms a check-in may report as new: what the person can notice again later (the pain's character, a pop,
    /// trouble standing, pain or numbness down a leg, tight muscles, …) and every red-flag question. Symptoms that follow
    /// from the check-in's own answers (severity, trend, how long the pain has lasted) or describe the original workout
    /// (onset, exercises) are not accepted.
    /// </summary>
    public static IReadOnlyList<Symptom> SymptomsAllowed { get; } = ValueList<Symptom>.Wrap(Allowed);

    /// <summary>The date of the check-in.</summary>
    public DateOnly Date { get; }

    /// <summary>The pain now, 0 to 10. A pain-free check-in on or after an injury's minimum healing time counts it as healed when it needs no clinician.</summary>
    public int Pain { get; }

    /// <summary>Whether the pain is getting better, the same or worse. Worse raises triage to at least see-a-doctor.</summary>
    public Trend Trend { get; }

    /// <summary>What a clinician cleared the person for, or <see cref="Clearance.None"/>.</summary>
    public Clearance Clearance { get; }

    /// <summary>The symptoms new since the last check-in, in catalogue order.</summary>
    public IReadOnlyList<Symptom> NewSymptoms { get; }

    /// <summary>The causes a clinician ruled out, in catalogue order.</summary>
    public IReadOnlyList<Cause> CausesRuledOut { get; }

    /// <summary>The causes a clinician confirmed, in catalogue order.</summary>
    public IReadOnlyList<Cause> CausesConfirmed { get; }

    /// <summary>
    /// The checks of the constructor, with paths relative to the check-in; the JSON reader runs the same ones, with
    /// null for an answer the document left out (that answer is then not checked further).
    /// </summary>
    internal static void Check(
        ErrorCollector errors, int? pain, Trend? trend, Clearance? clearance, IReadOnlyList<Symptom?> findings, IReadOnlyList<Cause?> ruledOut, IReadOnlyList<Cause?> confirmed)
    {
        errors.Range("pain", pain, 0, 10);
        errors.Defined("trend", trend);
        if (pain == 0 && trend == Trend.Worse)
        {
            errors.Add("trend", ValidationCode.Contradiction, Messages.Get("validation.trendWorseWithoutPain"), trend);
        }

        errors.Defined("clearance", clearance);
        for (var i = 0; i < findings.Count; i++)
        {
            if (findings[i] is not { } finding)
            {
                errors.Add(ErrorCollector.Index("newSymptoms", i), ValidationCode.Required, Messages.Get("validation.notNull"));
            }
            else if (Array.IndexOf(Allowed, finding) < 0)
            {
                errors.Add(ErrorCollector.Index("newSymptoms", i), ValidationCode.NotAllowed, Messages.Format("validation.newSymptomNotAllowed", finding.Id, string.Join(", ", Allowed.Select(s => s.Id))), finding);
            }
        }

        errors.NoNulls("causesRuledOut", ruledOut);
        errors.NoNulls("causesConfirmed", confirmed);
        for (var i = 0; i < confirmed.Count; i++)
        {
            if (confirmed[i] is { } cause && ruledOut.Contains(cause))
            {
                errors.Add(ErrorCollector.Index("causesConfirmed", i), ValidationCode.Contradiction, Messages.Format("validation.causeRuledOutAndConfirmed", cause.Id), cause);
            }
        }
    }
}
