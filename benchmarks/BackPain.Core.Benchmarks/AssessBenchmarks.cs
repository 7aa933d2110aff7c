using BackPain.Core.Benchmarks.Peer;
using BenchmarkDotNet.Attributes;

namespace BackPain.Core.Benchmarks;

/// <summary>
/// <c>Assess</c> on each named example, against the same cause scoring and red-flag/triage rules run by Microsoft
/// RulesEngine (<see cref="RulesEnginePeer"/>). The library is the baseline, so the Ratio column reads "peer time
/// ÷ library time". <c>Assess</c> computes what the peer computes (scores, ranking, red flags, triage) and builds its
/// explanation (the evidence lists, remedies, restrictions, summary) when it is first read; the second method reads
/// all of it, so it times the full cost of an explained assessment. <see cref="ScoringOnly"/> times the rules from the
/// library's tables with nothing built at all.
/// </summary>
[MemoryDiagnoser]
[BenchmarkCategory("Assess")]
public class AssessBenchmarks
{
    private readonly RulesEnginePeer _peer = new();
    private SymptomReport _report = null!;
    private PeerReport _peerReport = null!;

    /// <summary>The named example to assess.</summary>
    [ParamsAllValues]
    public NamedExample Example { get; set; }

    /// <summary>Builds the report once, outside the measurement, for both the library and the peer.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var answers = Examples.Answers(Example);
        _report = answers.Build();
        _peerReport = PeerReport.From(answers);
    }

    /// <summary>The library: <c>BackPainAssessor.Default.Assess(report)</c>.</summary>
    [Benchmark(Baseline = true, Description = "Assess (library)")]
    public Assessment Library() => BackPainAssessor.Default.Assess(_report);

    /// <summary>
    /// The library with its whole explanation: <c>Assess</c>, then every cause's evidence lists, the remedies, the
    /// restrictions and the summary (which <c>Assess</c> builds on first read).
    /// </summary>
    [Benchmark(Description = "Assess and read the explanation (library)")]
    public int LibraryExplained()
    {
        var assessment = BackPainAssessor.Default.Assess(_report);
        var items = assessment.Remedies.Count + assessment.Restrictions.Count + assessment.Summary.Count;
        foreach (var cause in assessment.Causes)
        {
            items += cause.Supporting.Count + cause.Against.Count;
        }

        return items;
    }

    /// <summary>
    /// The rules alone: what the peer computes (top cause and triage), from the library's tables, with nothing
    /// built for a person to read. Not the library's code path; it splits the cost of <c>Assess</c> (see <see cref="ScoringOnly"/>).
    /// </summary>
    [Benchmark(Description = "Scoring and triage only (no explanation)")]
    public ScoringOnlyResult RulesOnly() => ScoringOnly.Evaluate(_report);

    /// <summary>The same rules in Microsoft RulesEngine: three workflows, evidence, score gates, then triage.</summary>
    [Benchmark(Description = "Assess (RulesEngine peer)")]
    public ValueTask<PeerAssessment> RulesEnginePeer() => _peer.AssessAsync(_peerReport);
}
