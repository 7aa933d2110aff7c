using System.Globalization;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir;

/// <summary>
/// The codes, concepts and extensions the output mappings share. Only codes that exist: the library's own ids
/// (<see cref="Canonical.Code"/>) and codes of the R4 base code systems that the offline specification holds (the tests
/// validate every resource against it). No SNOMED CT or LOINC code is used.
/// </summary>
internal static class Codes
{
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

    private static readonly HashSet<string> Keys = new(TextKeys.All, StringComparer.Ordinal);

    /// <summary>
    /// A concept with the coding of <paramref name="key"/> in the library's CodeSystem, when it is one of its keys, and
    /// <paramref name="text"/> (in the assessment's culture) as its text.
    /// </summary>
    public static CodeableConcept Concept(string key, string? text)
    {
        var concept = new CodeableConcept { Text = text };
        if (Keys.Contains(key))
        {
            concept.Coding.Add(Canonical.Code(key));
        }

        return concept;
    }

    /// <summary>A concept of one code of an R4 base code system, with the display the specification gives it.</summary>
    public static CodeableConcept Standard(string system, string code, string display)
        => new() { Coding = [new Coding(system, code, display)] };

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
