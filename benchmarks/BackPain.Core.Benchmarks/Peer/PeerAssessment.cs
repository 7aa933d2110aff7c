namespace BackPain.Core.Benchmarks.Peer;

/// <summary>One cause's score in the peer's ranking.</summary>
/// <param name="Cause">The cause id (for example <c>pulledMuscle</c>).</param>
/// <param name="Score">The score in [0, 1): <c>1 − e^(−raw)</c> of the summed weights, or 0.</param>
public sealed record PeerCauseScore(string Cause, double Score);

/// <summary>What the rules-engine peer computes: the ranked causes, the red flags and the triage level.</summary>
/// <param name="Causes">Every cause, highest score first; on a tie the more serious cause first.</param>
/// <param name="RedFlags">The red-flag ids that fired, in workflow order.</param>
/// <param name="Triage">The triage level id: <c>selfCare</c>, <c>seeDoctor</c>, <c>seeDoctorUrgently</c> or <c>emergency</c>.</param>
public sealed record PeerAssessment(IReadOnlyList<PeerCauseScore> Causes, IReadOnlyList<string> RedFlags, string Triage)
{
    /// <summary>The id of the top-ranked cause.</summary>
    public string TopCause => Causes[0].Cause;
}
