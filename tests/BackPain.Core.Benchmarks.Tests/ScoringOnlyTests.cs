
namespace BackPain.Core.Benchmarks.Tests;

/// <summary>
/// <see cref="ScoringOnly"/> splits the cost of <c>Assess</c> into the rules and the explanation only if it computes
/// what <c>Assess</c> computes: the same top cause and triage level on every generated report.
/// </summary>
public sealed class ScoringOnlyTests
{
    [Fact]
    public void Scoring_only_gives_the_top_cause_and_triage_of_Assess_on_1000_generated_reports()
    {
        var disagreements = GeneratedAnswers.Make(1000, seed: 7)
            .Select((answers, i) => (Index: i, Report: answers.Build()))
            .Select(x => (x.Index, Library: BackPainAssessor.Default.Assess(x.Report), Rules: ScoringOnly.Evaluate(x.Report)))
            .Where(x => x.Library.Causes[0].Cause != x.Rules.TopCause || x.Library.Triage.Level != x.Rules.Triage)
            .Select(x => $"report {x.Index}: Assess {x.Library.Causes[0].Cause}/{x.Library.Triage.Level}, scoring only {x.Rules.TopCause}/{x.Rules.Triage}");

        disagreements.Should().BeEmpty();
    }

    [Fact]
    public void Scoring_only_holds_the_library_defining_signs_exclusions_and_ceiling()
    {
        ScoringOnly.DefiningSigns.Select(s => LibraryGates.Name(s.Cause, s.AllOf))
            .Should().Equal(LibraryGates.DefiningSigns.Select(s => LibraryGates.Name(s.Cause, s.AllOf)));
        ScoringOnly.Exclusions.Should().Equal(LibraryGates.Exclusions);
        ScoringOnly.UnlikelyCeiling.Should().Be(LibraryGates.UnlikelyCeiling);
    }
}
