using System.Globalization;
using System.Text.Json.Nodes;
using BackPain.Core.Serialization;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir;

/// <summary>
/// A questionnaire generated from one of the library's input documents: one question per field of the document's JSON
/// Schema, in the schema's order, never a hand-written copy. Only the wording (this package's texts) and the few facts a
/// schema cannot state are written here: which catalogue a list's codes come from, and which question applies only after
/// another.
/// </summary>
internal sealed class Form
{
    /// <summary>The JSON lists whose words are catalogue ids, and the catalogue (the code kind) they come from; every other closed list's kind is its field name.</summary>
    private static readonly Dictionary<string, string> CatalogueLists = new(StringComparer.Ordinal)
    {
        ["exercises"] = "exercise",
        ["redFlags"] = "symptom",
        ["newSymptoms"] = "symptom",
        ["causesRuledOut"] = "cause",
        ["causesConfirmed"] = "cause",
    };

    private Form(Type document, string id, string textKey, string name, IReadOnlyDictionary<string, string> enabledAfterPositive)
    {
        var schema = BackPainJsonSchema.For(document);
        var required = schema["required"]?.AsArray().Select(r => (string)r!).ToHashSet(StringComparer.Ordinal) ?? [];
        Fields = [.. schema["properties"]!.AsObject().Select(p => FormField.FromSchema(p.Key, p.Value!.AsObject(), required.Contains(p.Key), CatalogueLists))];
        Id = id;
        TextKey = textKey;
        Name = name;
        EnabledAfterPositive = enabledAfterPositive;
    }

    /// <summary>
    /// The symptom report (domain model section 2). The pain's character is asked only when the severity is above 0:
    /// the report refuses a character with severity 0 (no pain has no character). No other answer depends on another.
    /// </summary>
    public static Form SymptomReport { get; } = new(
        typeof(SymptomReport), "backpain-symptom-report", "symptomReport", "BackPainSymptomReport",
        new Dictionary<string, string>(StringComparer.Ordinal) { ["character"] = "severity" });

    /// <summary>A check-in during a recovery plan (domain model section 6b); no answer depends on another.</summary>
    public static Form CheckIn { get; } = new(
        typeof(CheckInReport), "backpain-check-in", "checkIn", "BackPainCheckIn", new Dictionary<string, string>(StringComparer.Ordinal));

    public static IReadOnlyList<Form> All { get; } = [SymptomReport, CheckIn];

    /// <summary>The questionnaire's logical id (<c>backpain-symptom-report</c>), the last part of its canonical URL.</summary>
    public string Id { get; }

    /// <summary>The canonical URL of the questionnaire.</summary>
    public string Url => Canonical.Base + "/Questionnaire/" + Id;

    /// <summary>The canonical reference with the version, as a response gives it: <c>url|version</c>.</summary>
    public string VersionedUrl => Url + "|" + Canonical.Version;

    /// <summary>The questions, in the JSON Schema's order.</summary>
    public IReadOnlyList<FormField> Fields { get; }

    private string TextKey { get; }

    private string Name { get; }

    /// <summary>The questions asked only when an integer question before them is answered above 0: question → that question.</summary>
    private IReadOnlyDictionary<string, string> EnabledAfterPositive { get; }

    public FormField? Field(string linkId) => Fields.FirstOrDefault(f => f.LinkId == linkId);

    /// <summary>The questionnaire in <paramref name="culture"/>.</summary>
    public Questionnaire ToQuestionnaire(CultureInfo culture)
    {
        var questionnaire = new Questionnaire
        {
            Id = Id,
            Url = Url,
            Version = Canonical.Version,
            Name = Name,
            Title = Texts.Get(TextKey + ".title", culture),
            Status = PublicationStatus.Active,
            Publisher = "BackPain.Core contributors",
            Description = Texts.Get(TextKey + ".description", culture),
            Language = LanguageOf(culture),
            SubjectType = [ResourceType.Patient],
        };
        questionnaire.Item.AddRange(Fields.Select(field => Item(field, culture)));
        return questionnaire;
    }

    /// <summary>The language of the texts the package has for <paramref name="culture"/>: de, es, or en for every other culture.</summary>
    internal static string LanguageOf(CultureInfo culture)
        => culture.TwoLetterISOLanguageName is "de" or "es" ? culture.TwoLetterISOLanguageName : "en";

    /// <summary>The question's text in <paramref name="culture"/>.</summary>
    internal static string QuestionText(string linkId, CultureInfo culture) => Texts.Get("question." + linkId, culture);

    /// <summary>A coding of <paramref name="code"/> with its display in <paramref name="culture"/>.</summary>
    internal static Coding Coding(string code, CultureInfo culture)
    {
        var coding = Canonical.Code(code);
        coding.Display = Codes.Display(code, culture);
        return coding;
    }

    private Questionnaire.ItemComponent Item(FormField field, CultureInfo culture)
    {
        var item = new Questionnaire.ItemComponent
        {
            LinkId = field.LinkId,
            Text = QuestionText(field.LinkId, culture),
            Type = field.Type,
            Required = field.Required ? true : null,
            Repeats = field.Repeats ? true : null,
        };
        if (field.Min is { } min)
        {
            item.Extension.Add(new Extension(Extensions.MinValue, new Integer(min)));
        }

        if (field.Max is { } max)
        {
            item.Extension.Add(new Extension(Extensions.MaxValue, new Integer(max)));
        }

        item.AnswerOption.AddRange(field.Words.Select(word => new Questionnaire.AnswerOptionComponent { Value = Coding(field.Code(word), culture) }));
        if (EnabledAfterPositive.TryGetValue(field.LinkId, out var question))
        {
            item.EnableWhen.Add(new Questionnaire.EnableWhenComponent
            {
                Question = question,
                Operator = Questionnaire.QuestionnaireItemOperator.GreaterThan,
                Answer = new Integer(0),
            });
        }

        if (Texts.Find("help." + field.LinkId, culture) is { } help)
        {
            item.Item.Add(new Questionnaire.ItemComponent
            {
                LinkId = field.LinkId + ".help",
                Type = Questionnaire.QuestionnaireItemType.Display,
                Text = help,
                Extension = [new Extension(Extensions.ItemControl, new CodeableConcept(Extensions.ItemControlSystem, "help"))],
            });
        }

        return item;
    }

    /// <summary>The standard extensions the questionnaires use, all defined in the base R4 specification.</summary>
    private static class Extensions
    {
        public const string MinValue = "http://hl7.org/fhir/StructureDefinition/minValue";
        public const string MaxValue = "http://hl7.org/fhir/StructureDefinition/maxValue";
        public const string ItemControl = "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl";
        public const string ItemControlSystem = "http://hl7.org/fhir/questionnaire-item-control";
    }
}
