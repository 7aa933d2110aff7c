namespace BackPain.Core.Benchmarks.Peer;

/// <summary>The cause scores the triage workflow reads (as its <c>scores</c> input).</summary>
/// <param name="SlippedDisc">The slipped-disc score.</param>
/// <param name="LigamentTear">The ligament-tear score.</param>
/// <param name="Top">The top cause's score.</param>
public sealed record PeerScores(double SlippedDisc, double LigamentTear, double Top);
