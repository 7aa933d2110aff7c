using BackPain.Core.Rules;

namespace BackPain.Core.Benchmarks;

/// <summary>The top cause and the triage level, and nothing else.</summary>
/// <param name="TopCause">The highest-scoring cause (on a tie, the more serious one).</param>
/// <param name="Triage">The triage level.</param>
public readonly record struct ScoringOnlyResult(Cause TopCause, TriageLevel Triage);

/// <summary>
/// The part of <c>Assess</c> the rules-engine peer also does, on its own: the library's evidence table, score gates, red
/// flags and triage rules, evaluated with nothing built for a person to read (no evidence lists, remedies, restrictions
/// or summary). It is not the library's code path: it is here to split the cost of <c>Assess</c> into "the rules" and
/// "the explanation", and a test proves it agrees with <c>Assess</c>.
/// </summary>
/// <remarks>
/// The evidence rows are read from the library's evidence table (internal; this project sees it through
/// InternalsVisibleTo), the red flags from <see cref="Symptom.All"/> and the thresholds from the public constants. The
/// score gates (domain model section 1) are written out here as a caller would write them from the domain model: an injury with defining signs of which the report holds none, or a cause with an excluding finding, is held
/// at 0.29, just below possible. A test compares them with the library's own tables row for row.
/// </remarks>
public static class ScoringOnly
{
    /// <summary>The score a gated cause is held at: just below <see cref="BackPainAssessor.PossibleThreshold"/>.</summary>
    public const double UnlikelyCeiling = 0.29;

    /// <summary>The defining signs of each injury: each entry's findings must all be present.</summary>
    public static IReadOnlyList<(Cause Cause, Symptom[] AllOf)> DefiningSigns { get; } =
    [
        (Cause.PulledMuscle, [Symptom.SharpPain, Symptom.OnsetDuringWorkout]),
        (Cause.SlippedDisc, [Symptom.PainDownOneLeg]),
        (Cause.SlippedDisc, [Symptom.NumbnessBothLegs]),
        (Cause.SlippedDisc, [Symptom.SuddenJerk, Symptom.SquatOrDeadlift, Symptom.SeverePain]),
        (Cause.SlippedDisc, [Symptom.SuddenJerk, Symptom.SquatOrDeadlift, Symptom.HardToStandUp]),
        (Cause.LigamentTear, [Symptom.PopHeard]),
        (Cause.LigamentTear, [Symptom.ShootingPain, Symptom.SeverePain, Symptom.OnsetDuringWorkout]),
    ];

    /// <summary>Findings that hold a cause below possible whatever else the report says.</summary>
    public static IReadOnlyList<(Cause Cause, Symptom Evidence)> Exclusions { get; } =
    [
        (Cause.Doms, Symptom.LastedOverTwoWeeks),
    ];

    private static readonly Cause[] Causes = [.. Cause.All];
    private static readonly Evidence[] Rows = [.. EvidenceRules.All];
    private static readonly int[] RowCause = [.. Rows.Select(r => Array.IndexOf(Causes, r.Cause))];
    private static readonly Symptom[][][] Signs = [.. Causes.Select(c => DefiningSigns.Where(s => s.Cause == c).Select(s => s.AllOf).ToArray())];
    private static readonly Symptom[][] Excluding = [.. Causes.Select(c => Exclusions.Where(e => e.Cause == c).Select(e => e.Evidence).ToArray())];
    private static readonly Symptom[] RedFlags = [.. Symptom.All.Where(s => s.IsRedFlag)];
    private static readonly int SlippedDisc = Array.IndexOf(Causes, Cause.SlippedDisc);
    private static readonly int LigamentTear = Array.IndexOf(Causes, Cause.LigamentTear);

    /// <summary>Scores the causes and sets the triage level of <paramref name="report"/>.</summary>
    public static ScoringOnlyResult Evaluate(SymptomReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var symptoms = report.Symptoms;
        Span<double> raw = stackalloc double[Causes.Length];
        for (var i = 0; i < Rows.Length; i++)
        {
            if (symptoms.Contains(Rows[i].Symptom))
            {
                raw[RowCause[i]] += Rows[i].Weight;
            }
        }

        var top = 0;
        var topScore = double.MinValue;
        Span<double> scores = stackalloc double[Causes.Length];
        for (var i = 0; i < Causes.Length; i++)
        {
            scores[i] = EvidenceRules.Score(raw[i]);
            if (IsExcluded(symptoms, Excluding[i]) || !HasDefiningSign(symptoms, Signs[i]))
            {
                scores[i] = Math.Min(scores[i], UnlikelyCeiling);
            }

            if (scores[i] >= topScore)
            {
                (top, topScore) = (i, scores[i]);
            }
        }

        var triage = TriageLevel.SelfCare;
        foreach (var flag in RedFlags)
        {
            if (symptoms.Contains(flag))
            {
                triage = TriageLevel.Max(triage, flag.RedFlagLevel!);
            }
        }

        var suspected = scores[SlippedDisc] >= BackPainAssessor.PossibleThreshold || scores[LigamentTear] >= BackPainAssessor.PossibleThreshold;
        var unclear = topScore < AssessorOptions.Default.LikelyThreshold;
        var unclearAndLasting = unclear && symptoms.Contains(Symptom.LastedOverAWeek);
        var nothingFits = unclear && (symptoms.Contains(Symptom.ModeratePain) || symptoms.Contains(Symptom.SeverePain));
        if (suspected || unclearAndLasting || nothingFits)
        {
            triage = TriageLevel.Max(triage, TriageLevel.SeeDoctor);
        }

        return new ScoringOnlyResult(Causes[top], triage);
    }

    /// <summary>Whether the report holds every finding of at least one sign; true when the cause has none.</summary>
    private static bool HasDefiningSign(SymptomSet symptoms, Symptom[][] signs)
    {
        if (signs.Length == 0)
        {
            return true;
        }

        foreach (var sign in signs)
        {
            var all = true;
            foreach (var finding in sign)
            {
                all &= symptoms.Contains(finding);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsExcluded(SymptomSet symptoms, Symptom[] excluding)
    {
        foreach (var finding in excluding)
        {
            if (symptoms.Contains(finding))
            {
                return true;
            }
        }

        return false;
    }
}
