using System.Globalization;
using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Localization;

/// <summary><see cref="Assessment.Texts"/> and <see cref="BackPainAssessor.Texts"/>: the catalogue's names in the culture.</summary>
public class BackPainTextsTests
{
    [Fact]
    public void Texts_OfAGermanAssessment_NameTheCatalogueInGerman()
    {
        var texts = new BackPainAssessor(new AssessorOptions { Culture = new CultureInfo("de") }).Assess(Reports.PulledMuscle()).Texts;

        texts.Culture.Name.Should().Be("de");
        texts.Name(Cause.PulledMuscle).Should().Be("Muskelzerrung");
        texts.Text(Symptom.SaddleNumbness).Should().Be("Taubheit im Genital- oder Analbereich");
        texts.Name(Remedy.Ice).Should().Be("Kühlen");
        texts.Name(MuscleGroup.LowerBack).Should().Be("Unterer Rücken");
        texts.Name(Exercise.Deadlift).Should().Be("Kreuzheben");
        texts.Text(TriageLevel.Emergency).Should().StartWith("Holen Sie sofort Notfallhilfe");
    }

    [Fact]
    public void Texts_OfAGermanAssessor_AreThereBeforeAnyAssessment_AndAreItsAssessmentsTexts()
    {
        // An app shows the questions (symptom texts, exercise names) before the person has answered them.
        var assessor = new BackPainAssessor(new AssessorOptions { Culture = new CultureInfo("de") });

        assessor.Texts.Name(Exercise.Deadlift).Should().Be("Kreuzheben");
        assessor.Assess(Reports.PulledMuscle()).Texts.Should().BeSameAs(assessor.Texts);
    }

    [Fact]
    public void Texts_OfTheDefaultAssessment_AreTheCataloguesOwnEnglishTexts()
    {
        var texts = Reports.Assess(Reports.PulledMuscle()).Texts;

        Cause.All.Select(texts.Name).Should().Equal(Cause.All.Select(c => c.Name));
        Cause.All.Select(texts.Description).Should().Equal(Cause.All.Select(c => c.Description));
        Symptom.All.Select(texts.Text).Should().Equal(Symptom.All.Select(s => s.Text));
        Remedy.All.Select(texts.WhenToUse).Should().Equal(Remedy.All.Select(r => r.WhenToUse));
        TriageLevel.All.Select(texts.Text).Should().Equal(TriageLevel.All.Select(l => l.Text));
    }

    [Fact]
    public void Name_OfACustomExercise_KeepsTheNameItWasGiven()
    {
        var custom = Exercise.Custom("Sled push", isStrenuousForSpine: true, MuscleGroup.Quadriceps);

        new BackPainAssessor(new AssessorOptions { Culture = new CultureInfo("de") }).Assess(Reports.PulledMuscle()).Texts.Name(custom).Should().Be("Sled push");
    }

    [Fact]
    public void Text_OfEveryRule_InTheDefaultCulture_IsTheCataloguesEnglishDescription()
        => RuleCatalogue.All.Should().OnlyContain(rule => BackPainAssessor.Default.Texts.Text(rule) == rule.Text);

    [Theory]
    [InlineData("de")]
    [InlineData("es")]
    public void Text_OfEveryPlannerRule_InAShippedCulture_IsTranslated(string culture)
    {
        var texts = new BackPainAssessor(new AssessorOptions { Culture = new CultureInfo(culture) }).Texts;

        RuleCatalogue.All.Select(texts.Text).Should().OnlyContain(text => text.Length > 0);
        RuleCatalogue.All.Where(rule => rule.Kind == RuleKind.Plan && texts.Text(rule) == rule.Text).Select(rule => rule.Id)
            .Should().BeEmpty("a planner rule's description is read from the resources by its id");
    }

    [Fact]
    public void Text_OfTheRestRuleInGerman_SaysTheSameRestPeriod()
        => new BackPainAssessor(new AssessorOptions { Culture = new CultureInfo("de") }).Texts
            .Text(RuleCatalogue.All.Single(rule => rule.Id == "plan.restLargeAfterHard"))
            .Should().Contain("drei Tage").And.Contain("D+4");
}
