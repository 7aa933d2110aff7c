namespace BackPain.Core;

/// <summary>
/// Every cause's score, as <see cref="BackPainAssessor.Assess"/> computes them, and the best of them; the order of the
/// causes is worked out when <see cref="Assessment.Causes"/> is first read.
/// </summary>
internal readonly struct Ranking
{
    private readonly double[] _scores;

    /// <summary>Keeps <paramref name="scores"/> (indexed by <see cref="Cause.Index"/>, one per cause of <see cref="Cause.All"/>; not copied).</summary>
    internal Ranking(double[] scores)
    {
        _scores = scores;
        TopScore = scores.Max();
    }

    /// <summary>The highest score.</summary>
    internal double TopScore { get; }

    /// <summary>The score of the cause with <see cref="Cause.Index"/> <paramref name="cause"/>.</summary>
    internal double ScoreOf(int cause) => _scores[cause];

    /// <summary>The <see cref="Cause.Index"/> of every cause, ranked: higher score first; on a tie, the more serious cause.</summary>
    internal int[] Order()
    {
        // Insertion sort of the cause indexes, in increasing index: a handful of items. Each new cause is more serious
        // than every cause already placed, so it goes before those with the same score.
        var order = new int[_scores.Length];
        for (var i = 0; i < _scores.Length; i++)
        {
            var j = i - 1;
            while (j >= 0 && _scores[i] >= _scores[order[j]])
            {
                order[j + 1] = order[j];
                j--;
            }

            order[j + 1] = i;
        }

        return order;
    }
}
