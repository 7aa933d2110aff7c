using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// The five causes' scores and their order, as <see cref="BackPainAssessor.Assess"/> computes them: a value with no
/// allocation, which <see cref="Assessment.Causes"/> turns into <see cref="CauseLikelihood"/> objects when first read.
/// </summary>
internal readonly struct Ranking
{
    private readonly Buffer8<double> _scores;
    private readonly Buffer8<byte> _order;

    /// <summary>Ranks <paramref name="scores"/> (indexed by <see cref="Cause.Index"/>): higher score first; on a tie, the more serious cause.</summary>
    internal Ranking(ReadOnlySpan<double> scores)
    {
        Span<double> own = _scores;
        scores.CopyTo(own);

        // Insertion sort of the cause indexes, in increasing index: five items, no allocation. Each new cause is more
        // serious than every cause already placed, so it goes before those with the same score.
        Span<byte> order = _order;
        for (var i = 0; i < scores.Length; i++)
        {
            var j = i - 1;
            while (j >= 0 && scores[i] >= scores[order[j]])
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = (byte)i;
        }
    }

    /// <summary>The score of the cause with <see cref="Cause.Index"/> <paramref name="cause"/>.</summary>
    internal double ScoreOf(int cause) => _scores[cause];

    /// <summary>The <see cref="Cause.Index"/> of the cause at <paramref name="rank"/> (0 is the top cause).</summary>
    internal int CauseAt(int rank) => _order[rank];

    /// <summary>The highest score.</summary>
    internal double TopScore => _scores[CauseAt(0)];
}
