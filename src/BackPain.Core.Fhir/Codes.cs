using System.Collections.Concurrent;
using System.Globalization;

namespace BackPain.Core.Fhir;

/// <summary>
/// The codes of the CodeSystem and their texts in a culture. A code is a text key, the kind and the id joined by a dot:
/// the catalogue's ids (<c>cause.pulledMuscle</c>, <c>exercise.squat</c>, <c>symptom.fever</c> …, texts from
/// BackPain.Core) and the answers of the reports' closed lists (<c>onset.duringWorkout</c>, <c>trend.same</c>,
/// <c>clearance.fullTraining</c>, texts from this package), whose id is the word the JSON format writes.
/// </summary>
internal static class Codes
{
    /// <summary>The kinds of catalogue ids in the CodeSystem: the keys of <see cref="TextKeys.All"/> of the form <c>kind.id</c>.</summary>
    internal static IReadOnlyList<string> CatalogueKinds { get; } = ["cause", "symptom", "remedy", "muscle", "exercise", "triageLevel"];

    private static readonly HashSet<string> TextKeySet = [.. TextKeys.All];

    private static readonly ConcurrentDictionary<string, BackPainTexts> CatalogueTexts = new(StringComparer.Ordinal);

    /// <summary>Every code of the CodeSystem: the catalogue's ids kind by kind, then the answers of both questionnaires' closed lists.</summary>
    internal static IReadOnlyList<string> All { get; } =
    [
        .. CatalogueKinds.SelectMany(kind => TextKeys.All.Where(key => IsCatalogueKey(key, kind))),
        .. Form.All.SelectMany(form => form.Fields).Where(field => field.CodeKind == field.LinkId)
            .SelectMany(field => field.Words.Select(field.Code)).Distinct(StringComparer.Ordinal),
    ];

    /// <summary>The text a person reads for <paramref name="code"/> in <paramref name="culture"/> (English for the invariant culture).</summary>
    internal static string Display(string code, CultureInfo culture)
    {
        if (culture.Equals(CultureInfo.InvariantCulture) && TextKeySet.Contains(code))
        {
            return TextKeys.English(code);
        }

        var dot = code.IndexOf('.', StringComparison.Ordinal);
        var id = code[(dot + 1)..];
        return (dot < 0 ? code : code[..dot]) switch
        {
            "cause" => TextsFor(culture).Name(Cause.FromId(id)),
            "symptom" => TextsFor(culture).Text(Symptom.FromId(id)),
            "remedy" => TextsFor(culture).Name(Remedy.FromId(id)),
            "muscle" => TextsFor(culture).Name(MuscleGroup.FromId(id)),
            "exercise" => TextsFor(culture).Name(Exercise.FromId(id)),
            "triageLevel" => TextsFor(culture).Text(TriageLevel.FromId(id)),
            _ => Texts.Get(code, culture),
        };
    }

    private static bool IsCatalogueKey(string key, string kind)
        => key.Length > kind.Length + 1 && key.StartsWith(kind + ".", StringComparison.Ordinal) && key.IndexOf('.', kind.Length + 1) < 0;

    private static BackPainTexts TextsFor(CultureInfo culture)
        => CatalogueTexts.GetOrAdd(culture.Name, static (_, c) => new BackPainAssessor(new AssessorOptions { Culture = c }).Texts, culture);
}
