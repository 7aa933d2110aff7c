
using BackPain.Core.Rules;
namespace BackPain.Core.Tests.Support;

/// <summary>
/// Facts written down from the domain spec (shared/docs/domain.md), not read from the code under test, so that tests
/// can compare the code against them.
/// </summary>
public static class DomainSpec
{
    /// <summary>
    /// The red flags of domain.md §4 that a report can only learn by asking (they follow from no other answer):
    /// the cauda equina questions, the rhabdomyolysis questions and the SeeDoctorUrgently questions.
    /// </summary>
    public static IReadOnlyList<string> RedFlagQuestionIds { get; } =
    [
        "saddleNumbness", "bladderProblems", "bowelIncontinence", "legWeakness", "darkUrine",
        "extremeMusclePainAndSwelling", "fever", "significantTrauma", "cancerHistory", "unexplainedWeightLoss",
        "constantNightPain",
    ];

    /// <summary>Whether <paramref name="symptom"/> is one of <see cref="RedFlagQuestionIds"/>.</summary>
    public static bool IsRedFlagQuestion(Symptom symptom)
    {
        ArgumentNullException.ThrowIfNull(symptom);
        return RedFlagQuestionIds.Contains(symptom.Id);
    }

    /// <summary>Whether <paramref name="id"/> is camelCase: a lower-case ASCII letter, then ASCII letters and digits.</summary>
    public static bool IsCamelCase(string id)
        => !string.IsNullOrEmpty(id) && char.IsAsciiLetterLower(id[0]) && id.All(char.IsAsciiLetterOrDigit);
}
