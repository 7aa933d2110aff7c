using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir.Tests;

public class BackPainCodeSystemTests
{
    private static readonly CodeSystem CodeSystem = BackPainCodeSystem.Create();

    private static IEnumerable<string> Codes => CodeSystem.Concept.Select(c => c.Code!);

    [Fact]
    public void CodeSystem_ValidatesAgainstTheR4Specification()
        => FhirValidation.Errors(BackPainCodeSystem.Create()).Should().BeEmpty();

    [Fact]
    public void CodeSystem_IsComplete_WithItsUrlAndThePackagesVersion()
    {
        CodeSystem.Url.Should().Be(BackPainCodeSystem.Url);
        CodeSystem.Version.Should().Be(BackPainQuestionnaires.SymptomReport().Version);
        CodeSystem.Content.Should().Be(CodeSystemContentMode.Complete);
        CodeSystem.Count.Should().Be(CodeSystem.Concept.Count);
        Codes.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void CodeSystem_HoldsEveryCatalogueId()
    {
        Codes.Should().Contain(Cause.All.Select(c => "cause." + c.Id))
            .And.Contain(Symptom.All.Select(s => "symptom." + s.Id))
            .And.Contain(Remedy.All.Select(r => "remedy." + r.Id))
            .And.Contain(MuscleGroup.All.Select(m => "muscle." + m.Id))
            .And.Contain(Exercise.All.Select(e => "exercise." + e.Id))
            .And.Contain(TriageLevel.All.Select(t => "triageLevel." + t.Id));
    }

    [Fact]
    public void CodeSystem_HoldsEveryAnswerOptionOfBothQuestionnaires_AndEveryPlanRule_AndNothingMore()
    {
        var catalogue = Cause.All.Count + Symptom.All.Count + Remedy.All.Count + MuscleGroup.All.Count + Exercise.All.Count + TriageLevel.All.Count;
        // The care plan's activity codes: the rules of the plan and of the restrictions.
        var rules = RuleCatalogue.All.Where(r => r.Kind is RuleKind.Plan or RuleKind.Restriction).Select(r => r.Id).ToList();
        var options = new[] { BackPainQuestionnaires.SymptomReport(), BackPainQuestionnaires.CheckIn() }
            .SelectMany(q => q.Item).SelectMany(i => i.AnswerOption).Select(o => ((Coding)o.Value).Code).Distinct().ToList();

        Codes.Should().Contain(options).And.Contain(rules);
        // 6 closed lists of the reports: onset 3, character 3, area 3, legs 3, trend 3, clearance 3.
        CodeSystem.Concept.Should().HaveCount(catalogue + rules.Count + 18);
    }

    [Fact]
    public void CodeSystem_GivesEachCodeItsEnglishText_AndGermanAndSpanishDesignations()
    {
        var squat = CodeSystem.Concept.Single(c => c.Code == "exercise.squat");
        var same = CodeSystem.Concept.Single(c => c.Code == "trend.same");

        squat.Display.Should().Be(TextKeys.English("exercise.squat"));
        same.Display.Should().Be("Staying the same");
        same.Designation.Select(d => (d.Language, d.Value)).Should().Equal(("de", "Gleich"), ("es", "Igual"));
        CodeSystem.Concept.Should().OnlyContain(c => c.Designation.Count == 2 && c.Designation.All(d => !string.IsNullOrWhiteSpace(d.Value)));
    }
}
