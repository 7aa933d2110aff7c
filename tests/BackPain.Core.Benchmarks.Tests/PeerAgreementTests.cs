using BackPain.Core.Assessment;
using BackPain.Core.Assessment.Rules;
using BackPain.Core.Benchmarks.Peer;
using BackPain.Core.Domain;

namespace BackPain.Core.Benchmarks.Tests;

/// <summary>
/// The comparison in the benchmarks is fair only if the rules-engine peer computes what the library computes. These
/// tests prove it: the peer's workflow holds the library's evidence table and red-flag levels row for row, and on
/// 1,000 generated reports both give the same triage level, the same top cause, the same red flags and the same
/// score for every cause.
/// </summary>
public sealed class PeerAgreementTests
{
    private const int Seed = 20250303;
    private static readonly RulesEnginePeer Peer = new();

    [Fact]
    public void The_peer_workflow_holds_the_library_evidence_table_row_for_row()
    {
        var evidence = RulesEnginePeer.LoadWorkflows().Single(w => w.WorkflowName == RulesEnginePeer.EvidenceWorkflow);

        var peerRows = evidence.Rules.Select(r => (r.RuleName, Weight: ((System.Text.Json.JsonElement)r.Properties["weight"]).GetDouble()));
        var libraryRows = EvidenceRules.All.Select(f => (RuleName: $"{f.Cause.Id}.{f.Symptom.Id}", f.Weight));

        peerRows.Should().Equal(libraryRows);
    }

    [Fact]
    public void The_peer_workflow_has_one_rule_per_library_red_flag_with_its_level()
    {
        var triage = RulesEnginePeer.LoadWorkflows().Single(w => w.WorkflowName == RulesEnginePeer.TriageWorkflow);

        var peerFlags = triage.Rules
            .Where(r => r.Properties.ContainsKey("redFlag"))
            .Select(r => (Id: Property(r, "redFlag"), Level: Property(r, "level")));
        var libraryFlags = Symptom.All.Where(s => s.IsRedFlag).Select(s => (s.Id, Level: s.RedFlagLevel!.Id));

        peerFlags.Should().BeEquivalentTo(libraryFlags);

        static string Property(RulesEngine.Models.Rule rule, string key)
            => ((System.Text.Json.JsonElement)rule.Properties[key]).GetString()!;
    }

    [Fact]
    public async Task The_peer_and_the_library_agree_on_1000_generated_reports()
    {
        var answers = GeneratedAnswers.Make(1000, Seed);
        var disagreements = new List<string>();
        var topCauses = new HashSet<string>();
        var triageLevels = new HashSet<string>();
        var redFlags = new HashSet<string>();

        foreach (var (report, i) in answers.Select((a, i) => (a, i)))
        {
            var library = BackPainAssessor.Default.Assess(report.Build());
            var peer = await Peer.AssessAsync(PeerReport.From(report));

            topCauses.Add(library.Causes[0].Cause.Id);
            triageLevels.Add(library.Triage.Level.Id);
            redFlags.UnionWith(library.RedFlags.Select(f => f.Symptom.Id));

            var libraryScores = library.Causes.Select(c => $"{c.Cause.Id}={c.Score:R}");
            var peerScores = peer.Causes.Select(c => $"{c.Cause}={c.Score:R}");
            if (peer.TopCause != library.Causes[0].Cause.Id
                || peer.Triage != library.Triage.Level.Id
                || !peer.RedFlags.Order(StringComparer.Ordinal).SequenceEqual(library.RedFlags.Select(f => f.Symptom.Id).Order(StringComparer.Ordinal))
                || !peerScores.SequenceEqual(libraryScores))
            {
                disagreements.Add($"report {i}: library {library.Causes[0].Cause.Id}/{library.Triage.Level.Id} [{string.Join(", ", libraryScores)}] "
                    + $"flags {{{string.Join(", ", library.RedFlags.Select(f => f.Symptom.Id))}}}; "
                    + $"peer {peer.TopCause}/{peer.Triage} [{string.Join(", ", peerScores)}] flags {{{string.Join(", ", peer.RedFlags)}}}");
            }
        }

        disagreements.Should().BeEmpty();

        // The generated reports reach every top cause, every triage level and every red flag, so the agreement covers
        // every rule of both workflows.
        topCauses.Should().BeEquivalentTo(Cause.All.Select(c => c.Id));
        triageLevels.Should().BeEquivalentTo(TriageLevel.All.Select(t => t.Id));
        redFlags.Should().BeEquivalentTo(Symptom.All.Where(s => s.IsRedFlag).Select(s => s.Id));
    }

    [Fact]
    public void Every_named_example_is_assessed_as_the_cause_it_is_named_after()
    {
        foreach (var example in Examples.All)
        {
            var assessment = BackPainAssessor.Default.Assess(Examples.Answers(example).Build());

            assessment.Causes[0].Cause.Should().Be(Examples.ExpectedTopCause(example), because: $"{example} is named after it");
        }
    }

    [Fact]
    public async Task The_fever_example_needs_a_doctor_today_in_both_the_library_and_the_peer()
    {
        var answers = Examples.Answers(NamedExample.FeverRedFlag);

        var library = BackPainAssessor.Default.Assess(answers.Build());
        var peer = await Peer.AssessAsync(PeerReport.From(answers));

        library.Triage.Level.Should().Be(TriageLevel.SeeDoctorUrgently);
        peer.Triage.Should().Be(TriageLevel.SeeDoctorUrgently.Id);
    }
}
