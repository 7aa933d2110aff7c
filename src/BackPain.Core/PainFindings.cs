namespace BackPain.Core;

/// <summary>
/// What a pain rating, a trend and how long the pain has lasted say as symptoms (domain model §2): the pain band
/// (1–3 mild, 4–6 moderate, 7+ severe), better or worse, a week or two of pain, not better after a week, and a pop
/// with severe pain. The first report and every check-in read their pain through this one definition.
/// </summary>
internal static class PainFindings
{
    /// <summary>Days of pain from which it has lasted over a week.</summary>
    internal const int AWeek = 7;

    /// <summary>Days of pain from which it has lasted over two weeks.</summary>
    internal const int TwoWeeks = 14;

    /// <param name="pain">The pain, 0 (none) to 10.</param>
    /// <param name="trend">How it is going, if known.</param>
    /// <param name="daysOfPain">Whole days the pain has lasted, or <see langword="null"/> when that does not count.</param>
    /// <param name="popHeard">Whether a pop was heard when it began.</param>
    internal static SymptomSet Of(int pain, Trend? trend, int? daysOfPain, bool popHeard) => SymptomSet.Empty
        .With(Symptom.MildPain, pain is >= 1 and <= 3)
        .With(Symptom.ModeratePain, pain is >= 4 and <= 6)
        .With(Symptom.SeverePain, pain >= 7)
        .With(Symptom.GettingBetter, trend == Trend.Better)
        .With(Symptom.GettingWorse, trend == Trend.Worse)
        .With(Symptom.LastedOverAWeek, daysOfPain >= AWeek)
        .With(Symptom.NotBetterAfterAWeek, daysOfPain >= AWeek && trend != Trend.Better)
        .With(Symptom.LastedOverTwoWeeks, daysOfPain >= TwoWeeks)
        .With(Symptom.PopWithSeverePain, popHeard && pain >= 7);
}
