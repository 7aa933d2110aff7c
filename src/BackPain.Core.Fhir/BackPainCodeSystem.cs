using System.Globalization;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir;

/// <summary>
/// The library's ids as a FHIR R4 <see cref="CodeSystem"/>: the codes of the questionnaires' answers and of every
/// coding this package writes. Publish it beside the questionnaires so a terminology server can check and show the codes.
/// </summary>
/// <remarks>
/// A code is a text key of the library, the kind and the id joined by a dot: the catalogue's ids (<c>cause.pulledMuscle</c>,
/// <c>symptom.saddleNumbness</c>, <c>remedy.ice</c>, <c>muscle.lowerBack</c>, <c>exercise.squat</c>,
/// <c>triageLevel.emergency</c>) and the answers of the reports' closed lists, whose id is the word the JSON format
/// writes (<c>onset.duringWorkout</c>, <c>character.sharp</c>, <c>area.lowerBack</c>, <c>legs.oneLeg</c>,
/// <c>trend.same</c>, <c>clearance.fullTraining</c>). Every code has its English display and German (de) and Spanish
/// (es) designations; the content is complete; the version is the package's version. The library does not map its ids to
/// SNOMED CT or LOINC.
/// </remarks>
public static class BackPainCodeSystem
{
    /// <summary>The canonical URL of the code system, the <c>system</c> of every coding of the library's ids.</summary>
    public const string Url = Canonical.CodeSystemUrl;

    private static readonly CultureInfo[] Translations = [CultureInfo.GetCultureInfo("de"), CultureInfo.GetCultureInfo("es")];

    /// <summary>The code system, built new on each call (the caller may change it).</summary>
    public static CodeSystem Create()
    {
        var codeSystem = new CodeSystem
        {
            Id = "backpain-core",
            Url = Url,
            Version = Canonical.Version,
            Name = "BackPainCore",
            Title = "BackPain.Core ids",
            Status = PublicationStatus.Active,
            Publisher = "BackPain.Core contributors",
            Description = "The ids of BackPain.Core (causes, symptoms and red flags, remedies, muscle groups, exercises, triage levels), the rules of its recovery plans and restrictions (the activities of a care plan) and the answers of its questionnaires. Not a diagnosis.",
            CaseSensitive = true,
            Content = CodeSystemContentMode.Complete,
            Count = Codes.All.Count,
            Language = "en",
        };
        codeSystem.Concept.AddRange(Codes.All.Select(Concept));
        return codeSystem;
    }

    private static CodeSystem.ConceptDefinitionComponent Concept(string code)
    {
        var concept = new CodeSystem.ConceptDefinitionComponent { Code = code, Display = Codes.Display(code, CultureInfo.InvariantCulture) };
        concept.Designation.AddRange(Translations.Select(culture => new CodeSystem.DesignationComponent
        {
            Language = culture.Name,
            Value = Codes.Display(code, culture),
        }));
        return concept;
    }
}
