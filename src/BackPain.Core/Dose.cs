using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// How much of a remedy to take: for example ice 2–3 times a day for 15–20 minutes each. Immutable and validated;
/// <see cref="Text"/> says it in plain words.
/// </summary>
public sealed record Dose
{
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

    /// <summary>The dose in plain words, for example "2–3 times a day, 15–20 minutes each".</summary>
    public string Text => Kind switch
    {
        DoseKind.TimesPerDay or DoseKind.TimesPerWeek => string.Format(
            System.Globalization.CultureInfo.InvariantCulture,
            Texts.Get((MaxTimes == 1 ? "dose.once" : "dose.times") + (MinMinutesPerSession is null ? "." : "AndMinutes.") + Kind),
            Span(MinTimes, MaxTimes),
            MinMinutesPerSession is { } min ? Span(min, MaxMinutesPerSession ?? min) : string.Empty),
        _ => Texts.Get("dose." + Kind),
    };

    /// <summary>A dose of sessions a day, each of a number of minutes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Times are not within 1–24 in order, or minutes not within 1–240 in order.</exception>
    public static Dose PerDay(int minTimes, int maxTimes, int minMinutes, int maxMinutes, Source source)
    {
        Preconditions.CheckRange(minTimes, 1, 24);
        Preconditions.CheckRange(maxTimes, minTimes, 24);
        Preconditions.CheckRange(minMinutes, 1, 240);
        Preconditions.CheckRange(maxMinutes, minMinutes, 240);
        return new(DoseKind.TimesPerDay, minTimes, maxTimes, minMinutes, maxMinutes, Preconditions.CheckNotNull(source));
    }

    /// <summary>A dose of sessions a day whose length is not prescribed.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Times are not within 1–24 in order.</exception>
    public static Dose PerDay(int minTimes, int maxTimes, Source source)
    {
        Preconditions.CheckRange(minTimes, 1, 24);
        Preconditions.CheckRange(maxTimes, minTimes, 24);
        return new(DoseKind.TimesPerDay, minTimes, maxTimes, null, null, Preconditions.CheckNotNull(source));
    }

    /// <summary>A dose of sessions a week.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Times are not within 1–14 in order.</exception>
    public static Dose PerWeek(int minTimes, int maxTimes, Source source)
    {
        Preconditions.CheckRange(minTimes, 1, 14);
        Preconditions.CheckRange(maxTimes, minTimes, 14);
        return new(DoseKind.TimesPerWeek, minTimes, maxTimes, null, null, Preconditions.CheckNotNull(source));
    }

    /// <summary>Follow the medicine's label.</summary>
    public static Dose FollowTheLabel(Source source) => new(DoseKind.FollowTheLabel, 0, 0, null, null, Preconditions.CheckNotNull(source));

    /// <summary>No dose applies.</summary>
    public static Dose NotApplicable(Source source) => new(DoseKind.NotApplicable, 0, 0, null, null, Preconditions.CheckNotNull(source));

    /// <inheritdoc />
    public override string ToString() => Text;

    private static string Span(int min, int max)
        => min == max ? min.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{min}–{max}";
}
