namespace BackPain.Core;

/// <summary>
/// Every cause's score and their order, as <see cref="BackPainAssessor.Assess"/> computes them, which
/// <see cref="Assessment.Causes"/> turns into <see cref="CauseLikelihood"/> objects when first read. Both arrays are
/// sized from <see cref="Cause.All"/>.
/// </summary>
internal readonly struct Ranking
{
    private readonly double[] _scores;
    private readonly int[] _order;

    /// <summary>
    /// Ranks <paramref name="scores"/> (indexed by <see cref="Cause.Index"/>, and kept, not copied): higher score first;
    /// on a tie, the more serious cause.
    /// </summary>
    internal Ranking(double[] scores)
    {
        _scores = scores;
        _order = new int[scores.Length];

        // Insertion sort of the cause indexes, in increasing index: a handful of items. Each new cause is more serious
        // than every cause already placed, so it goes before those with the same score.
        for (var i = 0; i < scores.Length; i++)
        {
            var j = i - 1;
            while (j >= 0 && scores[i] >= scores[_order[j]])
            {
                _order[j + 1] = _order[j];
                j--;
            }

            _order[j + 1] = i;
        }
    }

    /// <summary>The score of the cause with <see cref="Cause.Index"/> <paramref name="cause"/>.</summary>
    internal double ScoreOf(int cause) => _scores[cause];

    /// <summary>The <see cref="Cause.Index"/> of the cause at <paramref name="rank"/> (0 is the top cause).</summary>
    internal int CauseAt(int rank) => _order[rank];

    /// <summary>The highest score.</summary>
    internal double TopScore => _scores[CauseAt(0)];
}
