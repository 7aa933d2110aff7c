using System.Globalization;
using BackPain.Core.Serialization;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir;

/// <summary>
/// Reads a FHIR R4 <see cref="QuestionnaireResponse"/> to one of <see cref="BackPainQuestionnaires"/> into the library's
/// report, and writes a report as such a response. A round trip gives back an equal report.
/// </summary>
/// <remarks>
/// <para>
/// <b>Reading</b> checks the response as a whole and throws one <see cref="BackPainValidationException"/> listing every
/// problem. Each <see cref="ValidationError.Path"/> is the linkId of the item, with <c>[i]</c> for the i-th answer of
/// an item that takes several (<c>severity</c>, <c>redFlags[1]</c>): the same path the JSON reader gives for the same
/// field, so an app handles both alike. Problems of the response itself name its element: <c>questionnaire</c>,
/// <c>status</c>, or <c>item[i]</c> for an item without a linkId. Refused:
/// an answer to another questionnaire, or to another version of this one (<c>questionnaire</c> must be the canonical URL,
/// optionally with <c>|</c> and the package's version; <see cref="ValidationCode.NotAllowed"/>); a status other than
/// completed or amended (an in-progress response is not finished); an unknown linkId (<see cref="ValidationCode.UnknownId"/>,
/// naming the questions); a question answered in two items, or nested items (<see cref="ValidationCode.NotAllowed"/>);
/// several answers to a question that takes one (<see cref="ValidationCode.TooMany"/>); an answer of the wrong type
/// (<see cref="ValidationCode.Malformed"/>, naming the type expected, such as <c>valueInteger</c>); a coding that is
/// not one of the item's answer options (<see cref="ValidationCode.UnknownId"/>, listing them). The answers are then
/// read by the library's own JSON reader (<see cref="BackPainJson"/>), so its checks and messages apply unchanged: a
/// missing required answer (<see cref="ValidationCode.Required"/>), a number out of its range (the message gives the
/// range), an answer that contradicts another. Item texts and codings' displays are not read.
/// </para>
/// <para>
/// <b>Writing</b> gives a completed response to the current version of the questionnaire, one item per answered field
/// in the questionnaire's order, with the question's text and the codings' displays in the culture asked for. A field
/// the report leaves unanswered (no onset, no age …) has no item. The author, subject and date are the caller's to set:
/// the library reads no clock.
/// </para>
/// </remarks>
public static class QuestionnaireResponses
{
    /// <summary>Reads a response to <see cref="BackPainQuestionnaires.SymptomReport"/> into a symptom report.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The response does not fit the questionnaire or an answer is invalid; lists every problem, each path naming its linkId.</exception>
    public static SymptomReport ToSymptomReport(QuestionnaireResponse response)
        => ResponseReader.Read(response, Form.SymptomReport, BackPainJson.DeserializeReport);

    /// <summary>Reads a response to <see cref="BackPainQuestionnaires.CheckIn"/> into a check-in.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="response"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The response does not fit the questionnaire or an answer is invalid; lists every problem, each path naming its linkId.</exception>
    public static CheckInReport ToCheckInReport(QuestionnaireResponse response)
        => ResponseReader.Read(response, Form.CheckIn, BackPainJson.DeserializeCheckIn);

    /// <summary>Writes <paramref name="report"/> as a completed response to <see cref="BackPainQuestionnaires.SymptomReport"/>.</summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language of the item texts and the codings' displays: de, es, or English for any other culture; English when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="BackPainValidationException">
    /// The report lists a custom exercise (<see cref="Exercise.Custom(string, bool, MuscleGroup[])"/>): the questionnaire's
    /// answers are the catalogue's exercises only, so the response could not say which muscles it trains (path
    /// <c>exercises[i]</c>, <see cref="ValidationCode.NotAllowed"/>, every such exercise listed).
    /// </exception>
    public static QuestionnaireResponse FromSymptomReport(SymptomReport report, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        return ResponseWriter.Write(Form.SymptomReport, BackPainJson.Serialize(report), culture ?? CultureInfo.InvariantCulture);
    }

    /// <summary>Writes <paramref name="checkIn"/> as a completed response to <see cref="BackPainQuestionnaires.CheckIn"/>.</summary>
    /// <param name="checkIn">The check-in.</param>
    /// <param name="culture">The language of the item texts and the codings' displays: de, es, or English for any other culture; English when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="checkIn"/> is null.</exception>
    public static QuestionnaireResponse FromCheckInReport(CheckInReport checkIn, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return ResponseWriter.Write(Form.CheckIn, BackPainJson.Serialize(checkIn), culture ?? CultureInfo.InvariantCulture);
    }
}
