using BackPain.Core.Serialization;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir.Tests.Support;

/// <summary>
/// The example stories of the repository (examples/*.json, copied beside the tests): the six reports, the training
/// history and the two check-ins, planned from <see cref="Start"/> so that the check-ins (dated 2026-12-08) fall in the plan.
/// </summary>
public static class Stories
{
    /// <summary>The start of every story's plan: the day after the history's last workout.</summary>
    public static readonly DateOnly Start = new(2026, 12, 1);

    /// <summary>The patient every test's resources are about.</summary>
    public static ResourceReference Patient => new("Patient/example");

    /// <summary>The questionnaire response every test's report came from.</summary>
    public static ResourceReference Response => new("QuestionnaireResponse/example");

    /// <summary>The options of the tests: the patient and the questionnaire response.</summary>
    public static FhirOutputOptions Options => new(Patient) { QuestionnaireResponse = Response };

    /// <summary>The names of the report stories (examples/{name}.json).</summary>
    public static IReadOnlyList<string> ReportNames { get; } = ["doms", "poor-core", "pulled-muscle", "slipped-disc", "ligament-tear", "red-flag"];

    /// <summary>Every report story with no check-in, with the example check-in, and with the clinician's check-in, as xunit data.</summary>
    public static TheoryData<string, string?> All
    {
        get
        {
            var data = new TheoryData<string, string?>();
            foreach (var name in ReportNames)
            {
                data.Add(name, null);
                data.Add(name, "check-in");
                data.Add(name, "check-in-clinician");
            }

            return data;
        }
    }

    /// <summary>The report of story <paramref name="name"/>.</summary>
    public static SymptomReport Report(string name) => BackPainJson.DeserializeReport(Read(name));

    /// <summary>The plan of story <paramref name="name"/> from <see cref="Start"/> with the example history, then <paramref name="checkIn"/> if given.</summary>
    public static RecoveryPlan Plan(string name, string? checkIn = null)
    {
        var history = BackPainJson.DeserializeHistory(Read("history"));
        var plan = RecoveryPlanner.Default.Plan(BackPainAssessor.Default.Assess(Report(name)), history, new PlanRequest(Start));
        return checkIn is null ? plan : plan.CheckIn(BackPainJson.DeserializeCheckIn(Read(checkIn)));
    }

    private static string Read(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", name + ".json"));

    /// <summary>The pulled-muscle story (examples/pulled-muscle.json) at <paramref name="age"/>, planned for ten days from <see cref="Start"/>.</summary>
    public static RecoveryPlan PulledMuscle(int age)
    {
        var answers = Report("pulled-muscle").ToBuilder();
        answers.Age = age;
        return RecoveryPlanner.Default.Plan(BackPainAssessor.Default.Assess(answers.Build()), TrainingHistory.Empty, new PlanRequest(Start, Days.Of(10)));
    }

    /// <summary>The id in the rule extension of <paramref name="resource"/>.</summary>
    public static string? RuleOf(DomainResource resource)
        => resource.GetExtension(Codes.RuleExtension)?.GetExtensionValue<FhirString>("id")?.Value;

    /// <summary>The source id in the rule extension of <paramref name="resource"/>.</summary>
    public static string? SourceOf(DomainResource resource)
        => resource.GetExtension(Codes.RuleExtension)?.GetExtensionValue<Code>("source")?.Value;
}
