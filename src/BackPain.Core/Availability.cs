using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// When something becomes allowed: a known <see cref="Date"/>, or a <see cref="Condition"/> still open (for example
/// "after a pain-free check-in on or after 2026-12-08"), with the earliest date it could be met.
/// </summary>
public sealed record Availability
{
    private readonly TextTable _texts;

    private Availability(DateOnly? date, OpenCondition condition, DateOnly notBefore, TextTable texts)
    {
        Date = date;
        Condition = condition;
        NotBefore = notBefore;
        _texts = texts;
    }

    /// <summary>The date from which it is allowed, or <see langword="null"/> while <see cref="Condition"/> is open.</summary>
    public DateOnly? Date { get; }

    /// <summary>What must still happen, or <see cref="OpenCondition.None"/> when <see cref="Date"/> is known.</summary>
    public OpenCondition Condition { get; }

    /// <summary>The earliest date it could be allowed (equal to <see cref="Date"/> when that is known).</summary>
    public DateOnly NotBefore { get; }

    /// <summary>Whether the date is known.</summary>
    public bool IsKnown => Date is not null;

    /// <summary>
    /// The availability in plain words, in the culture of the plan's assessment (<see cref="AssessorOptions.Culture"/>),
    /// for example "from 2026-12-08" (English, ISO date) or "ab 08.12.2026" (German).
    /// </summary>
    public string Text => _texts.Format("availability." + Condition, _texts.Date(NotBefore));

    /// <summary>Allowed from a known date; its text in <paramref name="texts"/>' culture (English when not given).</summary>
    internal static Availability From(DateOnly date, TextTable? texts = null) => new(date, OpenCondition.None, date, texts ?? Texts.Neutral);

    /// <summary>Allowed once <paramref name="condition"/> is met, not before <paramref name="notBefore"/>.</summary>
    /// <exception cref="BackPainValidationException">
    /// <paramref name="condition"/> is <see cref="OpenCondition.None"/> (<see cref="ValidationCode.NotAllowed"/>) or
    /// undefined (<see cref="ValidationCode.UnknownId"/>); the path is <c>condition</c>.
    /// </exception>
    internal static Availability After(OpenCondition condition, DateOnly notBefore, TextTable? texts = null)
    {
        if (condition == OpenCondition.None || !Enum.IsDefined(condition))
        {
            // Checked before collecting, so the valid case allocates nothing: the planner makes these in its loops.
            var errors = new ErrorCollector();
            errors.Defined<OpenCondition>(nameof(condition), condition);
            if (condition == OpenCondition.None)
            {
                errors.Add(nameof(condition), ValidationCode.NotAllowed, Messages.Get("validation.conditionNone"), condition);
            }

            errors.ThrowIfAny("availability");
        }

        return new(null, condition, notBefore, texts ?? Texts.Neutral);
    }

    /// <summary>
    /// The later of two availabilities: an open condition is later than any known date, and keeps the later of the
    /// two dates as the earliest it can be met.
    /// </summary>
    internal static Availability Latest(Availability left, Availability right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (left.IsKnown != right.IsKnown)
        {
            // The open condition wins, and it cannot be met before the known date either.
            var (open, known) = left.IsKnown ? (right, left) : (left, right);
            return known.NotBefore > open.NotBefore ? new(null, open.Condition, known.NotBefore, open._texts) : open;
        }

        if (left.IsKnown)
        {
            return left.NotBefore >= right.NotBefore ? left : right;
        }

        // Both open: keep the stricter condition, and the later date.
        var condition = left.Condition == right.Condition ? left.Condition : OpenCondition.PainFreeCheckInAndClearance;
        return new(null, condition, left.NotBefore >= right.NotBefore ? left.NotBefore : right.NotBefore, left._texts);
    }

    /// <inheritdoc />
    public override string ToString() => Text;
}
