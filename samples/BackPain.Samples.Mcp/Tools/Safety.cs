using System.Text.Json.Nodes;
using BackPain.Core;

namespace BackPain.Samples.Mcp.Tools;

/// <summary>
/// What every tool result leads with: the triage level in force, the red flags reported, whether the person must get
/// care now (and so no training advice applies), a plain notice to say first, and the disclaimer. For
/// <see cref="TriageLevel.SeeDoctorUrgently"/> and <see cref="TriageLevel.Emergency"/> the notice says that the person
/// must get care now and that no training advice applies.
/// </summary>
internal sealed class Safety
{
    private Safety(BackPainTexts texts, TriageLevel level, IReadOnlyList<Symptom> redFlags, string disclaimer)
    {
        Texts = texts;
        Level = level;
        RedFlags = redFlags;
        Disclaimer = disclaimer;
    }

    /// <summary>The library's texts in the language of the answer: the triage and red-flag texts are written in it.</summary>
    public BackPainTexts Texts { get; }

    /// <summary>The triage level in force.</summary>
    public TriageLevel Level { get; }

    /// <summary>The red flags reported, most urgent first.</summary>
    public IReadOnlyList<Symptom> RedFlags { get; }

    /// <summary>Says that this is not a diagnosis.</summary>
    public string Disclaimer { get; }

    /// <summary>Whether the person must get care now: the level suspends all training (see a doctor today, or an emergency).</summary>
    public bool MustGetCareNow => Level.SuspendsTraining;

    /// <summary>
    /// The notice an assistant says first, in plain words: its framing (EMERGENCY, URGENT, "No training advice
    /// applies") is English, for the assistant; the triage and red-flag texts in it are in the answer's language.
    /// </summary>
    public string Notice
    {
        get
        {
            var flags = RedFlags.Count == 0 ? "" : $" Warning signs reported: {string.Join("; ", RedFlags.Select(Texts.Text))}.";
            if (Level == TriageLevel.Emergency)
            {
                return $"EMERGENCY. {Texts.Text(Level)}{flags} No training advice applies: do not train or exercise, and do not follow any recovery plan, until a clinician has seen the person and cleared it.";
            }

            if (Level == TriageLevel.SeeDoctorUrgently)
            {
                return $"URGENT. {Texts.Text(Level)}{flags} No training advice applies: all training is suspended until a clinician has cleared it.";
            }

            var redFlagNote = RedFlags.Count == 0
                ? " No red flag was reported; if any red-flag answer changes, ask again at once."
                : flags;
            return $"Triage: {Texts.Text(Level)}{redFlagNote}";
        }
    }

    /// <summary>The safety of an assessment: its triage level and red flags.</summary>
    public static Safety Of(Assessment assessment)
        => new(assessment.Texts, assessment.Triage.Level, [.. assessment.RedFlags.Select(f => f.Symptom)], assessment.Disclaimer);

    /// <summary>
    /// The safety of a plan on <paramref name="date"/>: the triage level in force then, and the red flags of its
    /// assessment and of every check-in up to that date.
    /// </summary>
    public static Safety Of(RecoveryPlan plan, DateOnly date)
    {
        var reported = plan.Assessment.RedFlags.Select(f => f.Symptom)
            .Concat(plan.CheckInReports.Where(c => c.Date <= date).SelectMany(c => c.NewSymptoms).Where(s => s.IsRedFlag))
            .Distinct()
            .OrderByDescending(s => s.RedFlagLevel!.Rank);
        return new(plan.Assessment.Texts, plan.TriageOn(date), [.. reported], plan.Disclaimer);
    }

    /// <summary>The schemas of the fields <see cref="WriteTo"/> writes, in order: these come first in every result.</summary>
    public static JsonObject SchemaProperties() => new()
    {
        ["triage"] = Schemas.Object(new JsonObject
        {
            ["level"] = Schemas.Enum(TriageLevel.All.Select(l => l.Id), "How urgently to see a clinician: selfCare, seeDoctor, seeDoctorUrgently or emergency."),
            ["text"] = Schemas.Of("string", "What the level asks the person to do, in plain words."),
        }),
        ["redFlags"] = new JsonObject
        {
            ["type"] = "array",
            ["description"] = "The warning signs reported, most urgent first.",
            ["items"] = Schemas.Object(new JsonObject
            {
                ["id"] = Schemas.Enum(Symptom.All.Where(s => s.IsRedFlag).Select(s => s.Id)),
                ["text"] = Schemas.Of("string", "The warning sign in plain words."),
                ["level"] = Schemas.Enum(TriageLevel.All.Select(l => l.Id), "The triage level it requires at least."),
            }),
        },
        ["mustGetCareNow"] = Schemas.Of("boolean", "True for seeDoctorUrgently and emergency: tell the person first and plainly to get care now."),
        ["trainingAdviceApplies"] = Schemas.Of("boolean", "False when the person must get care now: then give no training or exercise advice at all."),
        ["notice"] = Schemas.Of("string", "What to tell the person first, in plain words."),
        ["disclaimer"] = Schemas.Of("string", "Says that this is not a diagnosis; show it with every answer."),
    };

    /// <summary>Writes the safety fields into <paramref name="result"/>, which must be empty: they come first.</summary>
    public void WriteTo(JsonObject result)
    {
        result["triage"] = new JsonObject { ["level"] = Level.Id, ["text"] = Texts.Text(Level) };
        result["redFlags"] = new JsonArray([.. RedFlags.Select(f => (JsonNode)new JsonObject
        {
            ["id"] = f.Id,
            ["text"] = Texts.Text(f),
            ["level"] = f.RedFlagLevel!.Id,
        })]);
        result["mustGetCareNow"] = MustGetCareNow;
        result["trainingAdviceApplies"] = !MustGetCareNow;
        result["notice"] = Notice;
        result["disclaimer"] = Disclaimer;
    }
}
