using System.Globalization;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir;

/// <summary>
/// The library's questions as FHIR R4 <see cref="Questionnaire"/> resources, for a clinic or physiotherapy system to
/// show: the symptom report a person fills in after a workout, and the short check-in during a recovery plan. Each is
/// generated from the library's own JSON format, so it always asks exactly what the library reads; answer the
/// questionnaire with a <see cref="QuestionnaireResponse"/> and read it with <see cref="QuestionnaireResponses"/>.
/// </summary>
/// <remarks>
/// <para>
/// One item per field of the JSON document, its linkId the JSON field name (<c>severity</c>, <c>redFlags</c>,
/// <c>painDurationDays</c> …) and in the same order. Numbers are <c>integer</c> items with their range in the standard
/// <c>minValue</c>/<c>maxValue</c> extensions; yes/no answers are <c>boolean</c> items; closed lists (onset, exercises,
/// red flags …) are <c>choice</c> items whose answer options are codings of the library's CodeSystem
/// (<see cref="BackPainCodeSystem"/>), with <c>repeats</c> for a list that takes several answers. An item is required
/// only where the JSON reader requires the field (the report's <c>severity</c>; the check-in's <c>date</c>, <c>pain</c>
/// and <c>trend</c>). An unanswered yes/no question counts as "no", as in the report.
/// </para>
/// <para>
/// The red-flag questions (and the check-in's new symptoms, which include them) carry a help text (a <c>display</c> item
/// with the <c>help</c> item control). The pain's character is asked only when the severity is above 0 (an
/// <c>enableWhen</c>), because no pain has no character; no other question depends on another.
/// </para>
/// <para>
/// The canonical URLs use the reserved <c>backpain-core.invalid</c> domain (it can never resolve to someone else's server);
/// the version is the package's version, so a response names the exact questions it answers. Texts are English, German
/// (de) or Spanish (es); any other culture gets English. Each call builds a new resource the caller may change.
/// </para>
/// </remarks>
public static class BackPainQuestionnaires
{
    /// <summary>The canonical URL of the symptom-report questionnaire (without a version).</summary>
    public const string SymptomReportUrl = Canonical.Base + "/Questionnaire/backpain-symptom-report";

    /// <summary>The canonical URL of the check-in questionnaire (without a version).</summary>
    public const string CheckInUrl = Canonical.Base + "/Questionnaire/backpain-check-in";

    /// <summary>The questions of a symptom report (domain model section 2), in <paramref name="culture"/>.</summary>
    /// <param name="culture">The language of the texts: de, es, or English for any other culture; English when null.</param>
    public static Questionnaire SymptomReport(CultureInfo? culture = null)
        => Form.SymptomReport.ToQuestionnaire(culture ?? CultureInfo.InvariantCulture);

    /// <summary>The questions of a check-in during a recovery plan (domain model section 6b), in <paramref name="culture"/>.</summary>
    /// <param name="culture">The language of the texts: de, es, or English for any other culture; English when null.</param>
    public static Questionnaire CheckIn(CultureInfo? culture = null)
        => Form.CheckIn.ToQuestionnaire(culture ?? CultureInfo.InvariantCulture);
}
