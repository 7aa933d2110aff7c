using BackPain.Core.Assessment;
using BackPain.Core.Assessment.Rules;
using BackPain.Core.Domain;

namespace BackPain.Core.Benchmarks;

/// <summary>The top cause and the triage level, and nothing else.</summary>
/// <param name="TopCause">The highest-scoring cause (on a tie, the more serious one).</param>
/// <param name="Triage">The triage level.</param>
public readonly record struct ScoringOnlyResult(Cause TopCause, TriageLevel Triage);

/// <summary>
/// The part of <c>Assess</c> the rules-engine peer also does, on its own: the library's evidence table, red flags and
/// triage rules, read from the library's public tables and evaluated with nothing built for a person to read (no
/// evidence lists, remedies, restrictions or summary). It is not the library's code path: it is here to split the
/// cost of <c>Assess</c> into "the rules" and "the explanation", and a test proves it agrees with <c>Assess</c>.
/// </summary>
public static class ScoringOnly
{
    private static readonly Cause[] Causes = [.. Cause.All];
    private static readonly Finding[] Rows = [.. EvidenceRules.All];
    private static readonly int[] RowCause = [.. Rows.Select(r => Array.IndexOf(Causes, r.Cause))];
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
        var unclearAndLasting = topScore < AssessorOptions.Default.LikelyThreshold && symptoms.Contains(Symptom.LastedOverAWeek);
        if (suspected || unclearAndLasting)
        {
            triage = TriageLevel.Max(triage, TriageLevel.SeeDoctor);
        }

        return new ScoringOnlyResult(Causes[top], triage);
    }
}
