using System.Reflection;
using BackPain.Core.Rules;

namespace BackPain.Core.Benchmarks.Tests;

/// <summary>
/// The library's score gates (domain model section 1): the defining signs of each injury, the exclusions and the
/// ceiling a gated score is held at. The library keeps these tables internal, so they are read here by reflection,
/// from the very fields <c>Assess</c> is built from; a rename in the library fails these tests loudly rather than
/// letting the peer or <see cref="ScoringOnly"/> drift from it.
/// </summary>
internal static class LibraryGates
{
    private const BindingFlags Internal = BindingFlags.NonPublic | BindingFlags.Static;

    /// <summary><c>EvidenceRules.DefiningSigns</c>, in table order.</summary>
    public static IReadOnlyList<(Cause Cause, Symptom[] AllOf)> DefiningSigns { get; } =
        [.. Field<(Cause Cause, Symptom[] AllOf, Source Source)[]>("DefiningSigns").Select(s => (s.Cause, s.AllOf))];

    /// <summary><c>EvidenceRules.Exclusions</c>, in table order.</summary>
    public static IReadOnlyList<(Cause Cause, Symptom Evidence)> Exclusions { get; } =
        [.. Field<(Cause Cause, Symptom Evidence, Source Source)[]>("Exclusions").Select(e => (e.Cause, e.Evidence))];

    /// <summary><c>EvidenceRules.UnlikelyCeiling</c>.</summary>
    public static double UnlikelyCeiling { get; } = (double)(typeof(EvidenceRules).GetField("UnlikelyCeiling", Internal)
        ?? throw new InvalidOperationException("EvidenceRules.UnlikelyCeiling is gone.")).GetRawConstantValue()!;

    /// <summary>A cause's score from the evidence table alone, before any gate.</summary>
    public static double UngatedScore(Cause cause, SymptomSet symptoms)
        => EvidenceRules.Score(EvidenceRules.For(cause).Where(f => symptoms.Contains(f.Symptom)).Sum(f => f.Weight));

    /// <summary>
    /// The gates that decided something for this report, by name: <c>cause.definingSign.a+b</c> when that sign is the
    /// only one of its cause present and lets the cause be possible; <c>cause.noDefiningSign</c> when the cause would be
    /// possible from its evidence but has no sign; <c>cause.exclusion.finding</c> when the finding holds a cause that
    /// would otherwise be possible.
    /// </summary>
    public static IEnumerable<string> Decisive(SymptomSet symptoms)
    {
        foreach (var cause in Cause.All)
        {
            if (UngatedScore(cause, symptoms) < BackPainAssessor.PossibleThreshold)
            {
                continue;
            }

            var excluded = Exclusions.Where(e => e.Cause == cause && symptoms.Contains(e.Evidence)).ToList();
            foreach (var (_, finding) in excluded)
            {
                yield return $"{cause.Id}.exclusion.{finding.Id}";
            }

            var signs = DefiningSigns.Where(s => s.Cause == cause).ToList();
            var present = signs.Where(s => s.AllOf.All(symptoms.Contains)).ToList();
            if (signs.Count > 0 && present.Count == 0)
            {
                yield return $"{cause.Id}.noDefiningSign";
            }
            else if (present.Count == 1 && excluded.Count == 0)
            {
                yield return Name(cause, present[0].AllOf);
            }
        }
    }

    /// <summary>Every name <see cref="Decisive"/> can give.</summary>
    public static IEnumerable<string> AllDecisive()
        => DefiningSigns.Select(s => Name(s.Cause, s.AllOf))
            .Concat(DefiningSigns.Select(s => $"{s.Cause.Id}.noDefiningSign").Distinct())
            .Concat(Exclusions.Select(e => $"{e.Cause.Id}.exclusion.{e.Evidence.Id}"));

    /// <summary>The name of a defining sign, as the peer's workflow names its rule: <c>cause.definingSign.a+b</c>.</summary>
    public static string Name(Cause cause, IEnumerable<Symptom> allOf) => $"{cause.Id}.definingSign.{string.Join('+', allOf.Select(s => s.Id))}";

    private static T Field<T>(string name)
        => (T)(typeof(EvidenceRules).GetField(name, Internal) ?? throw new InvalidOperationException($"EvidenceRules.{name} is gone.")).GetValue(null)!;
}
