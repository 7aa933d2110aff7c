using System.Collections.Concurrent;
using System.Globalization;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir;

/// <summary>
/// The codes of the CodeSystem and their texts in a culture, and the standard codes and extensions the output mappings
/// share. A library code is a text key, the kind and the id joined by a dot: the catalogue's ids
/// (<c>cause.pulledMuscle</c>, <c>exercise.squat</c>, <c>symptom.fever</c> …, texts from BackPain.Core), the ids of
/// the plan's and restrictions' rules (<c>plan.ice</c>, <c>restriction.noCoreWorkUntilHealed</c>: the care plan's
/// activity codes, displayed with the rule's description from <see cref="RuleCatalogue"/>), and the answers of the
/// reports' closed lists (<c>onset.duringWorkout</c>, <c>trend.same</c>, <c>clearance.fullTraining</c>, texts from this
/// package), whose id is the word the JSON format writes. Besides those only codes of the R4 base code systems that
/// the offline specification holds (the tests validate every resource against it); no SNOMED CT or LOINC code.
/// </summary>
internal static class Codes
{
    /// <summary>The kinds of catalogue ids in the CodeSystem: the keys of <see cref="TextKeys.All"/> of the form <c>kind.id</c>.</summary>
    internal static IReadOnlyList<string> CatalogueKinds { get; } = ["cause", "symptom", "remedy", "muscle", "exercise", "triageLevel"];

    private static readonly HashSet<string> TextKeySet = [.. TextKeys.All];

    private static readonly ConcurrentDictionary<string, BackPainTexts> CatalogueTexts = new(StringComparer.Ordinal);

    /// <summary>The rules whose ids are codes (the care plan's activities): the plan's and the restrictions' rules, by id.</summary>
    private static readonly Dictionary<string, RuleDescription> Rules = RuleCatalogue.All
        .Where(rule => rule.Kind is RuleKind.Plan or RuleKind.Restriction)
        .ToDictionary(rule => rule.Id, StringComparer.Ordinal);

    /// <summary>
    /// Every code of the CodeSystem: the catalogue's ids kind by kind, the plan's and restrictions' rule ids, then the
    /// answers of both questionnaires' closed lists.
    /// </summary>
    internal static IReadOnlyList<string> All { get; } =
    [
        .. CatalogueKinds.SelectMany(kind => TextKeys.All.Where(key => IsCatalogueKey(key, kind))),
        .. Rules.Keys,
        .. Form.All.SelectMany(form => form.Fields).Where(field => field.CodeKind == field.LinkId)
            .SelectMany(field => field.Words.Select(field.Code)).Distinct(StringComparer.Ordinal),
    ];

    /// <summary>The description of rule <paramref name="ruleId"/> in <paramref name="texts"/> (the plan's), or null for an id that is no rule.</summary>
    internal static string? RuleText(string ruleId, BackPainTexts texts) => Rules.TryGetValue(ruleId, out var rule) ? texts.Text(rule) : null;

    /// <summary>The text a person reads for <paramref name="code"/> in <paramref name="culture"/> (English for the invariant culture).</summary>
    internal static string Display(string code, CultureInfo culture)
    {
        if (Rules.TryGetValue(code, out var rule))
        {
            return culture.Equals(CultureInfo.InvariantCulture) ? rule.Text : TextsFor(culture).Text(rule);
        }

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

    private static readonly HashSet<string> CodeSet = new(All, StringComparer.Ordinal);

    /// <summary>R4 <c>http://terminology.hl7.org/CodeSystem/risk-probability</c> (value set risk-probability).</summary>
    public const string RiskProbability = "http://terminology.hl7.org/CodeSystem/risk-probability";

    /// <summary>R4 <c>http://terminology.hl7.org/CodeSystem/flag-category</c> (value set flag-category).</summary>
    public const string FlagCategory = "http://terminology.hl7.org/CodeSystem/flag-category";

    /// <summary>R4 <c>http://terminology.hl7.org/CodeSystem/observation-category</c> (value set observation-category).</summary>
    public const string ObservationCategory = "http://terminology.hl7.org/CodeSystem/observation-category";

    /// <summary>
    /// The extension on an element that a library rule produced: sub-extensions <c>id</c> (the rule's stable id, for
    /// example <c>restriction.noCoreWorkUntilHealed</c>), <c>source</c> (the <see cref="Source.Id"/>) and <c>citation</c>
    /// (the source in words), so a clinician can follow an activity back to its evidence.
    /// </summary>
    public const string RuleExtension = Canonical.Base + "/StructureDefinition/rule";

    /// <summary>The extension on a care plan activity naming one muscle group it concerns (valueCoding <c>muscle.*</c>); repeats.</summary>
    public const string MuscleExtension = Canonical.Base + "/StructureDefinition/muscle";

    /// <summary>
    /// A concept with the coding of <paramref name="key"/> in the library's CodeSystem, when it is one of its codes, and
    /// <paramref name="text"/> (in the assessment's culture) as its text.
    /// </summary>
    public static CodeableConcept Concept(string key, string? text)
    {
        var concept = new CodeableConcept { Text = text };
        if (CodeSet.Contains(key))
        {
            concept.Coding.Add(Canonical.Code(key));
        }

        return concept;
    }

    /// <summary>A concept of one code of an R4 base code system, with the display the specification gives it.</summary>
    public static CodeableConcept Standard(string system, string code, string display)
        => new() { Coding = [new Coding(system, code, display)] };

    /// <summary>The "not a diagnosis" <paramref name="disclaimer"/> (the assessment's, in its culture) as a resource's note.</summary>
    public static Annotation Disclaimer(string disclaimer) => new() { Text = new Markdown(disclaimer) };

    /// <summary>The <see cref="RuleExtension"/> of the rule <paramref name="ruleId"/> from <paramref name="source"/>.</summary>
    public static Extension Rule(string ruleId, Source source) => new()
    {
        Url = RuleExtension,
        Extension =
        [
            new Extension("id", new FhirString(ruleId)),
            new Extension("source", new Code(source.Id)),
            new Extension("citation", new FhirString(source.Citation)),
        ],
    };

    /// <summary>A date as a FHIR dateTime of day precision (<c>2026-12-01</c>).</summary>
    public static FhirDateTime Date(DateOnly date) => new(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    /// <summary>A copy of <paramref name="reference"/>, so no two resources share one mutable element.</summary>
    public static ResourceReference Copy(ResourceReference reference) => (ResourceReference)reference.DeepCopy();
}
