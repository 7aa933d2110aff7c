using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>How likely one cause is for a report, and the evidence for and against it.</summary>
/// <remarks>
/// The score, band and rank are computed when the report is assessed; the <see cref="Supporting"/> and
/// <see cref="Against"/> lists are built from the same evidence the first time they are read (safe from any thread),
/// because many callers need only the ranking. Two likelihoods are equal when they are for the same cause with the
/// same score, band and evidence.
/// </remarks>
public sealed record CauseLikelihood
{
    private readonly Evidence[] _rows;
    private readonly ulong _present;
    private ValueList<Evidence>? _supporting;
    private ValueList<Evidence>? _against;

    /// <param name="cause">The cause.</param>
    /// <param name="score">Its score.</param>
    /// <param name="band">Its band.</param>
    /// <param name="rows">The cause's rows of the evidence table, in table order.</param>
    /// <param name="present">The report's symptoms that have a row in <paramref name="rows"/>, as symptom bits.</param>
    internal CauseLikelihood(Cause cause, double score, LikelihoodBand band, Evidence[] rows, ulong present)
    {
        Cause = cause;
        Score = score;
        Band = band;
        _rows = rows;
        _present = present;
    }

    /// <summary>The cause.</summary>
    public Cause Cause { get; }

    /// <summary>
    /// How well the evidence fits, 0 (not at all) to 1: the weights of the report's symptoms in the cause's evidence
    /// table, summed and turned into <c>1 − e^(−sum)</c> (0 when the sum is not positive). docs/domain.md, section 1,
    /// has the table, the formula and the signs that gate it.
    /// </summary>
    public double Score { get; }

    /// <summary>The score put into words: likely, possible or unlikely.</summary>
    public LikelihoodBand Band { get; }

    /// <summary>Whether the cause is at least possible, which is enough for its safety rules to apply.</summary>
    public bool IsAtLeastPossible => Band != LikelihoodBand.Unlikely;

    /// <summary>The evidence for this cause: each symptom of the report that points to it, with its weight and rule, in the order of the evidence table.</summary>
    public IReadOnlyList<Evidence> Supporting => Volatile.Read(ref _supporting) ?? Once.Publish(ref _supporting, Rows(supporting: true));

    /// <summary>The evidence against this cause: each symptom of the report that argues against it, with its weight and rule, in the order of the evidence table.</summary>
    public IReadOnlyList<Evidence> Against => Volatile.Read(ref _against) ?? Once.Publish(ref _against, Rows(supporting: false));

    /// <inheritdoc />
    public bool Equals(CauseLikelihood? other)
        => other is not null && Cause == other.Cause && Score.Equals(other.Score) && Band == other.Band && _present == other._present;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Cause, Score, Band, _present);

    private ValueList<Evidence> Rows(bool supporting)
    {
        var count = 0;
        foreach (var row in _rows)
        {
            if (IsPresent(row) && row.Supports == supporting)
            {
                count++;
            }
        }

        var result = new Evidence[count];
        count = 0;
        foreach (var row in _rows)
        {
            if (IsPresent(row) && row.Supports == supporting)
            {
                result[count++] = row;
            }
        }

        return ValueList<Evidence>.Wrap(result);
    }

    private bool IsPresent(Evidence row) => (_present & (1UL << row.Symptom.Index)) != 0;
}
