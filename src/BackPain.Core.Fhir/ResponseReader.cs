using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;
using Hl7.Fhir.Utility;

namespace BackPain.Core.Fhir;

/// <summary>
/// Reads a response into the library's JSON shape and hands that to the library's JSON reader, so the ranges, the
/// required fields and the contradictions are checked once, by the core, with the core's messages. What only a response
/// can get wrong (its questionnaire, its status, linkIds, the type of an answer, a coding that is not an answer option)
/// is checked here first. Every problem of both steps is thrown at once, each path naming the linkId.
/// </summary>
internal static partial class ResponseReader
{
    public static T Read<T>(QuestionnaireResponse response, Form form, Func<string, T> readJson)
    {
        ArgumentNullException.ThrowIfNull(response);
        var errors = new List<ValidationError>();
        CheckQuestionnaire(response, form, errors);
        CheckStatus(response, errors);
        CheckModifiers(response.ModifierExtension, "modifierExtension", errors);

        var document = new JsonObject();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var refused = new HashSet<string>(StringComparer.Ordinal);
        var answerIndexes = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < response.Item.Count; i++)
        {
            var item = response.Item[i];
            if (string.IsNullOrEmpty(item.LinkId))
            {
                errors.Add(new($"item[{Number(i)}]", ValidationCode.Required, Texts.Message("linkIdMissing")));
                continue;
            }

            var linkId = item.LinkId;
            // No pattern variables in this method: Stryker cannot tell which mutated condition breaks their definite
            // assignment, and it would leave the whole method out of mutation testing.
            var field = form.Field(linkId);
            if (field is null)
            {
                errors.Add(new(linkId, ValidationCode.UnknownId, Texts.Message("unknownLinkId", form.Url, string.Join(", ", form.Fields.Select(f => f.LinkId))), linkId));
                continue;
            }

            if (!seen.Add(linkId))
            {
                errors.Add(new(linkId, ValidationCode.NotAllowed, Texts.Message("answeredTwice")));
                continue;
            }

            if (!CheckModifiers(item.ModifierExtension, linkId, errors))
            {
                refused.Add(linkId);
                continue;
            }

            if (item.Item.Count > 0 || item.Answer.Any(a => a.Item.Count > 0))
            {
                errors.Add(new(linkId, ValidationCode.NotAllowed, Texts.Message("nestedItems")));
                refused.Add(linkId);
                continue;
            }

            if (!field.Repeats && item.Answer.Count > 1)
            {
                errors.Add(new(linkId, ValidationCode.TooMany, Texts.Message("tooManyAnswers", item.Answer.Count), item.Answer.Count));
                refused.Add(linkId);
                continue;
            }

            var before = errors.Count;
            var values = new List<JsonNode>();
            var indexes = new List<int>();
            for (var a = 0; a < item.Answer.Count; a++)
            {
                var path = field.Repeats ? $"{linkId}[{Number(a)}]" : linkId;
                if (!CheckModifiers(item.Answer[a].ModifierExtension, path, errors))
                {
                    continue;
                }

                var value = Value(field, item.Answer[a].Value, path, errors);
                if (value is not null)
                {
                    values.Add(value);
                    indexes.Add(a);
                }
            }

            if (errors.Count > before)
            {
                refused.Add(linkId);
            }

            if (values.Count > 0 || (field.Repeats && errors.Count == before))
            {
                document[linkId] = field.Repeats ? new JsonArray([.. values]) : values[0];
                answerIndexes[linkId] = indexes;
            }
        }

        var result = default(T);
        try
        {
            result = readJson(document.ToJsonString());
        }
        catch (BackPainValidationException e)
        {
            // The core's problems, with their JSON paths turned into linkIds (and answer numbers), except those of a
            // question whose only answer was refused above: the core would only say again that it is missing.
            errors.AddRange(e.Errors
                .Select(error => Relocate(error, answerIndexes))
                .Where(error => !refused.Contains(FieldOf(error.Path)) || document.ContainsKey(FieldOf(error.Path))));
        }

        return errors.Count == 0 ? result! : throw new BackPainValidationException(Texts.Message("document.questionnaireResponse"), errors);
    }

    private static void CheckQuestionnaire(QuestionnaireResponse response, Form form, List<ValidationError> errors)
    {
        var reference = response.Questionnaire;
        if (reference != form.Url && reference != form.VersionedUrl)
        {
            errors.Add(new(
                "questionnaire",
                reference is null ? ValidationCode.Required : ValidationCode.NotAllowed,
                reference is null ? Texts.Message("questionnaireMissing", form.VersionedUrl) : Texts.Message("wrongQuestionnaire", form.VersionedUrl, reference),
                reference));
        }
    }

    private static void CheckStatus(QuestionnaireResponse response, List<ValidationError> errors)
    {
        if (response.Status is not (QuestionnaireResponse.QuestionnaireResponseStatus.Completed or QuestionnaireResponse.QuestionnaireResponseStatus.Amended))
        {
            errors.Add(new(
                "status",
                response.Status is null ? ValidationCode.Required : ValidationCode.NotAllowed,
                response.Status is { } status ? Texts.Message("wrongStatus", status.GetLiteral()) : Texts.Message("statusMissing"),
                response.Status?.GetLiteral()));
        }
    }

    /// <summary>
    /// Whether <paramref name="modifiers"/> is empty; otherwise adds the problem at <paramref name="path"/>. The library
    /// knows no modifier extension, and R4 forbids reading content whose meaning a modifier changes as if it were
    /// absent (a red-flag answer with a "negated" modifier must not count as yes), so such content is refused.
    /// </summary>
    private static bool CheckModifiers(List<Extension> modifiers, string path, List<ValidationError> errors)
    {
        if (modifiers.Count == 0)
        {
            return true;
        }

        var urls = string.Join(", ", modifiers.Select(m => m.Url ?? "?"));
        errors.Add(new(path, ValidationCode.NotAllowed, Texts.Message("modifierExtension", urls), urls));
        return false;
    }

    /// <summary>The JSON value of one answer, or null after adding its problem.</summary>
    private static JsonValue? Value(FormField field, DataType? value, string path, List<ValidationError> errors)
    {
        switch (field.Type, value)
        {
            case (Questionnaire.QuestionnaireItemType.Integer, Integer { Value: { } number }):
                return JsonValue.Create(number);
            case (Questionnaire.QuestionnaireItemType.Boolean, FhirBoolean { Value: { } yes }):
                return JsonValue.Create(yes);
            case (Questionnaire.QuestionnaireItemType.Date, Date date) when DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _):
                return JsonValue.Create(date.Value);
            case (Questionnaire.QuestionnaireItemType.Date, Date date):
                errors.Add(new(path, ValidationCode.Malformed, date.Value is null ? Texts.Message("dateEmpty") : Texts.Message("dateNotFull", date.Value), date.Value));
                return null;
            case (Questionnaire.QuestionnaireItemType.Choice, Coding coding):
                var word = coding.System == Canonical.CodeSystemUrl && coding.Code is { } code && code.StartsWith(field.CodeKind + ".", StringComparison.Ordinal)
                    ? code[(field.CodeKind!.Length + 1)..]
                    : null;
                if (word is not null && field.Words.Contains(word, StringComparer.Ordinal))
                {
                    return JsonValue.Create(word);
                }

                errors.Add(new(
                    path,
                    ValidationCode.UnknownId,
                    Texts.Message("notAnAnswerOption", Canonical.CodeSystemUrl, string.Join(", ", field.Words.Select(field.Code)),
                        coding.System ?? Texts.Message("noSystem"), coding.Code ?? Texts.Message("noCode")),
                    coding.Code));
                return null;
            default:
                errors.Add(new(path, ValidationCode.Malformed, value is null ? Texts.Message("answerEmpty", field.ValueName) : Texts.Message("wrongAnswerType", field.ValueName, "value" + Capitalized(value.TypeName)), value?.ToString()));
                return null;
        }
    }

    private static ValidationError Relocate(ValidationError error, Dictionary<string, List<int>> answerIndexes)
    {
        var path = error.Path.StartsWith("$.", StringComparison.Ordinal) ? error.Path[2..] : error.Path == "$" ? "item" : error.Path;
        var match = IndexedPath().Match(path);
        if (match.Success && answerIndexes.TryGetValue(match.Groups["field"].Value, out var indexes)
            && int.TryParse(match.Groups["index"].Value, CultureInfo.InvariantCulture, out var index) && index < indexes.Count)
        {
            path = $"{match.Groups["field"].Value}[{Number(indexes[index])}]{match.Groups["rest"].Value}";
        }

        return path == error.Path ? error : new ValidationError(path, error.Code, error.Message, error.AttemptedValue);
    }

    private static string FieldOf(string path)
    {
        var end = path.IndexOfAny(['[', '.']);
        return end < 0 ? path : path[..end];
    }

    private static string Capitalized(string typeName) => typeName.Length == 0 ? typeName : char.ToUpperInvariant(typeName[0]) + typeName[1..];

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<field>[A-Za-z]+)\[(?<index>\d+)\](?<rest>.*)$")]
    private static partial Regex IndexedPath();
}
