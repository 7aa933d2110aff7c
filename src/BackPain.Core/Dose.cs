using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// How much of a remedy to take: for example ice 2–3 times a day for 15–20 minutes each. Immutable and validated;
/// <see cref="Text"/> says it in plain words.
/// </summary>
public sealed record Dose
{
    private TextTable _texts = Texts.Neutral; // set only when a copy is made for another culture (In)

    private Dose(DoseKind kind, int minTimes, int maxTimes, int? minMinutes, int? maxMinutes, Source source)
    {
        Kind = kind;
        MinTimes = minTimes;
        MaxTimes = maxTimes;
        MinMinutesPerSession = minMinutes;
        MaxMinutesPerSession = maxMinutes;
        Source = source;
    }

    /// <summary>How the dose is counted.</summary>
    public DoseKind Kind { get; }

    /// <summary>The fewest sessions per day or week (0 when <see cref="Kind"/> counts no sessions).</summary>
    public int MinTimes { get; }

    /// <summary>The most sessions per day or week (0 when <see cref="Kind"/> counts no sessions).</summary>
    public int MaxTimes { get; }

    /// <summary>The shortest session in minutes, or <see langword="null"/> when the length is not prescribed.</summary>
    public int? MinMinutesPerSession { get; }

    /// <summary>The longest session in minutes, or <see langword="null"/> when the length is not prescribed.</summary>
    public int? MaxMinutesPerSession { get; }

    /// <summary>Where the figures come from.</summary>
    public Source Source { get; }

    /// <summary>
    /// The dose in plain words, for example "2–3 times a day, 15–20 minutes each": in an assessment or plan, in the
    /// culture of its assessment (<see cref="AssessorOptions.Culture"/>); on a catalogue <see cref="Remedy"/>, in English.
    /// </summary>
    public string Text => Kind switch
    {
        DoseKind.TimesPerDay or DoseKind.TimesPerWeek => _texts.Format(
            (MaxTimes == 1 ? "dose.once" : "dose.times") + (MinMinutesPerSession is null ? "." : "AndMinutes.") + Kind,
            Span(MinTimes, MaxTimes),
            MinMinutesPerSession is { } min ? Span(min, MaxMinutesPerSession ?? min) : string.Empty),
        _ => _texts.Get("dose." + Kind),
    };

    /// <summary>This dose with its <see cref="Text"/> in <paramref name="texts"/>' culture.</summary>
    internal Dose In(TextTable texts)
    {
        if (ReferenceEquals(texts, _texts))
        {
            return this;
        }

        var copy = this with { };
        copy._texts = texts;
        return copy;
    }

    /// <summary>A dose of sessions a day, each of a number of minutes.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="BackPainValidationException">
    /// Lists every problem, each with its parameter's name as path: times outside 1–24 or minutes outside 1–240
    /// (<see cref="ValidationCode.OutOfRange"/>), a maximum below its minimum (<see cref="ValidationCode.OutOfOrder"/>).
    /// </exception>
    internal static Dose PerDay(int minTimes, int maxTimes, int minMinutes, int maxMinutes, Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var errors = new ErrorCollector();
        CheckSpan(errors, "minTimes", minTimes, "maxTimes", maxTimes, 24);
        CheckSpan(errors, "minMinutes", minMinutes, "maxMinutes", maxMinutes, 240);
        errors.ThrowIfAny("dose");
        return new(DoseKind.TimesPerDay, minTimes, maxTimes, minMinutes, maxMinutes, source);
    }

    /// <summary>A dose of sessions a day whose length is not prescribed.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="BackPainValidationException">
    /// Lists every problem: times outside 1–24 (<see cref="ValidationCode.OutOfRange"/>), <paramref name="maxTimes"/>
    /// below <paramref name="minTimes"/> (<see cref="ValidationCode.OutOfOrder"/>).
    /// </exception>
    internal static Dose PerDay(int minTimes, int maxTimes, Source source) => Times(DoseKind.TimesPerDay, minTimes, maxTimes, 24, source);

    /// <summary>A dose of sessions a week.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    /// <exception cref="BackPainValidationException">
    /// Lists every problem: times outside 1–14 (<see cref="ValidationCode.OutOfRange"/>), <paramref name="maxTimes"/>
    /// below <paramref name="minTimes"/> (<see cref="ValidationCode.OutOfOrder"/>).
    /// </exception>
    internal static Dose PerWeek(int minTimes, int maxTimes, Source source) => Times(DoseKind.TimesPerWeek, minTimes, maxTimes, 14, source);

    /// <summary>Follow the medicine's label.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    internal static Dose FollowTheLabel(Source source) => new(DoseKind.FollowTheLabel, 0, 0, null, null, Preconditions.CheckNotNull(source));

    /// <summary>No dose applies.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="source"/> is null.</exception>
    internal static Dose NotApplicable(Source source) => new(DoseKind.NotApplicable, 0, 0, null, null, Preconditions.CheckNotNull(source));

    /// <inheritdoc />
    public override string ToString() => Text;

    private static Dose Times(DoseKind kind, int minTimes, int maxTimes, int most, Source source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var errors = new ErrorCollector();
        CheckSpan(errors, nameof(minTimes), minTimes, nameof(maxTimes), maxTimes, most);
        errors.ThrowIfAny("dose");
        return new(kind, minTimes, maxTimes, null, null, source);
    }

    /// <summary>Both ends within 1 to <paramref name="most"/>, and the maximum not below the minimum.</summary>
    private static void CheckSpan(ErrorCollector errors, string minPath, int min, string maxPath, int max, int most)
    {
        errors.Range(minPath, min, 1, most);
        errors.Range(maxPath, max, 1, most);
        if (max < min && max >= 1 && min <= most)
        {
            errors.Add(maxPath, ValidationCode.OutOfOrder, Messages.Format("validation.atLeast", minPath, min, max), max);
        }
    }

    private static string Span(int min, int max)
        => min == max ? min.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{min}–{max}";
}
