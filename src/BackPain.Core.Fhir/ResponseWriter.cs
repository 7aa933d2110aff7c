using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir;

/// <summary>Writes a document, as the library's JSON writer writes it, as a completed response to its questionnaire: one item per answered field.</summary>
internal static class ResponseWriter
{
    public static QuestionnaireResponse Write(Form form, string json, CultureInfo culture)
    {
        var document = JsonNode.Parse(json)!.AsObject();
        var errors = new List<ValidationError>();
        var response = new QuestionnaireResponse
        {
            Questionnaire = form.VersionedUrl,
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Language = Form.LanguageOf(culture),
        };
        foreach (var field in form.Fields)
        {
            JsonNode?[] values = document[field.LinkId] switch
            {
                null => [],
                JsonArray list when field.Repeats => [.. list],
                var one => [one],
            };
            var item = new QuestionnaireResponse.ItemComponent { LinkId = field.LinkId, Text = Form.QuestionText(field.LinkId, culture) };
            for (var i = 0; i < values.Length; i++)
            {
                if (Answer(field, values[i], culture) is { } value)
                {
                    item.Answer.Add(new QuestionnaireResponse.AnswerComponent { Value = value });
                }
                else
                {
                    errors.Add(new ValidationError(
                        $"{field.LinkId}[{i.ToString(CultureInfo.InvariantCulture)}]",
                        ValidationCode.NotAllowed,
                        Texts.Message("customExercise", (string?)values[i]?["name"]),
                        (string?)values[i]?["name"]));
                }
            }

            if (item.Answer.Count > 0)
            {
                response.Item.Add(item);
            }
        }

        return errors.Count == 0 ? response : throw new BackPainValidationException(Texts.Message("document.questionnaireResponse"), errors);
    }

    /// <summary>The answer of one JSON value, or null for a value no answer option holds (a custom exercise).</summary>
    private static DataType? Answer(FormField field, JsonNode? value, CultureInfo culture) => field.Type switch
    {
        Questionnaire.QuestionnaireItemType.Integer => new Integer((int)value!),
        Questionnaire.QuestionnaireItemType.Boolean => new FhirBoolean((bool)value!),
        Questionnaire.QuestionnaireItemType.Date => new Date((string)value!),
        _ => value?.GetValueKind() == JsonValueKind.String ? Form.Coding(field.Code((string)value!), culture) : null,
    };
}
