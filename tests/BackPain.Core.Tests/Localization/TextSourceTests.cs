using System.Globalization;
using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Localization;

/// <summary>A host's own texts (<see cref="AssessorOptions.TextSource"/>): checked key by key at start-up, then used for every text.</summary>
public class TextSourceTests
{
    private static readonly CultureInfo Dutch = new("nl");

    /// <summary>A host's texts: every key in its own words, marked so a test can find them.</summary>
    private sealed class HostTexts(CultureInfo culture, Func<string, string?> text) : ITextSource
    {
        public IReadOnlyCollection<CultureInfo> Cultures { get; } = [culture];

        public string? GetText(string key, CultureInfo culture) => text(key);
    }

    /// <summary>A host's source that forgot to say which cultures it supplies.</summary>
    private sealed class NoCultures : ITextSource
    {
        public IReadOnlyCollection<CultureInfo> Cultures => null!;

        public string? GetText(string key, CultureInfo culture) => TextKeys.English(key);
    }

    private static HostTexts Complete() => new(Dutch, key => "[nl] " + TextKeys.English(key));

    [Fact]
    public void Validate_ASourceLackingKeys_ListsEveryMissingKeyOfTheCultureItClaims()
    {
        var source = new HostTexts(Dutch, key => key.StartsWith("cause.", StringComparison.Ordinal) || key == "disclaimer" ? null : "[nl] " + TextKeys.English(key));

        var error = new AssessorOptions { Culture = Dutch, TextSource = source }.Validate().Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("textSource");
        error.Code.Should().Be(ValidationCode.Required);
        error.Message.Should().Contain("'nl'").And.Contain("disclaimer");
        foreach (var cause in Cause.All)
        {
            error.Message.Should().Contain("cause." + cause.Id).And.Contain("cause." + cause.Id + ".description");
        }
    }

    [Fact]
    public void Validate_ASourceThatDropsAPlaceholder_NamesTheKey()
    {
        var source = new HostTexts(Dutch, key => key == "plan.restSmall" ? "Kleine spiergroep rust een dag." : "[nl] " + TextKeys.English(key));

        var error = new AssessorOptions { Culture = Dutch, TextSource = source }.Validate().Errors.Should().ContainSingle().Subject;

        error.Code.Should().Be(ValidationCode.Malformed);
        error.Message.Should().Contain("plan.restSmall");
    }

    [Fact]
    public void Validate_MissingKeys_AreCountedAndListedInOrder_SeparatedByCommas()
    {
        var source = new HostTexts(Dutch, key => key is "plan.restSmall" or "disclaimer" ? null : "[nl] " + TextKeys.English(key));

        var error = new AssessorOptions { Culture = Dutch, TextSource = source }.Validate().Errors.Should().ContainSingle().Subject;

        error.Message.Should().EndWith("2 key(s): disclaimer, plan.restSmall.");
        error.AttemptedValue.Should().Be("nl");
    }

    [Fact]
    public void Validate_TextsThatDropPlaceholders_AreOneProblemAtTheTextSource_ListingEveryKey()
    {
        var source = new HostTexts(Dutch, key => key is "plan.restSmall" or "plan.restLarge" ? "Rust." : "[nl] " + TextKeys.English(key));

        var error = new AssessorOptions { Culture = Dutch, TextSource = source }.Validate().Errors.Should().ContainSingle().Subject;

        error.Path.Should().Be("textSource");
        error.Message.Should().EndWith(": plan.restLarge, plan.restSmall.");
    }

    [Fact]
    public void Validate_ASourceThatClaimsTheInvariantCulture_CallsItInvariantInTheMessage()
    {
        var source = new HostTexts(CultureInfo.InvariantCulture, key => key == "disclaimer" ? null : TextKeys.English(key));

        var error = new AssessorOptions { Culture = CultureInfo.InvariantCulture, TextSource = source }.Validate().Errors.Should().ContainSingle().Subject;

        error.Message.Should().Contain("'invariant'").And.EndWith("1 key(s): disclaimer.");
    }

    [Fact]
    public void Validate_ASourceWithoutCultures_SaysTheyMustBeListed()
    {
        var source = new NoCultures();

        new AssessorOptions { Culture = Dutch, TextSource = source }.Validate().Errors.Should().Equal(
            new ValidationError("textSource.cultures", ValidationCode.Required, "must list the cultures the text source supplies."));
    }

    [Fact]
    public void BuildingAnAssessor_WithAnIncompleteSource_FailsAtStartUp()
        => FluentActions.Invoking(() => new BackPainAssessor(new AssessorOptions { Culture = Dutch, TextSource = new HostTexts(Dutch, _ => null) }))
            .Should().Throw<BackPainValidationException>().Which.Errors.Should().ContainSingle(e => e.Path == "textSource");

    [Fact]
    public void ACompleteSource_WritesEveryTextOfTheAssessmentAndItsPlan()
    {
        var assessor = new BackPainAssessor(new AssessorOptions { Culture = Dutch, TextSource = Complete() });
        var assessment = assessor.Assess(Reports.PulledMuscle());
        var plan = RecoveryPlanner.Default.Plan(assessment, TrainingHistory.Empty, new PlanRequest(new DateOnly(2026, 12, 1), Days.Of(14)));

        string[] texts =
        [
            .. assessment.Summary, assessment.Disclaimer, assessment.Triage.Reason,
            .. assessment.Remedies.SelectMany(r => r.Cautions.Append(r.Reason).Append(r.Dose.Text)),
            .. assessment.Restrictions.Select(r => r.Reason),
            .. plan.Days.SelectMany(d => d.Planned.Concat(d.Blocked)).Select(e => e.Reason),
            .. plan.Days.SelectMany(d => d.Blocked).Select(e => e.AllowedFrom!.Text),
            plan.CoreWorkAllowedFrom.Text,
        ];
        texts.Should().OnlyContain(text => text.StartsWith("[nl] ", StringComparison.Ordinal));
    }

    [Fact]
    public void ASource_ForAnotherCulture_LeavesTheLibrarysTextsInPlace()
    {
        var assessor = new BackPainAssessor(new AssessorOptions { Culture = new CultureInfo("de"), TextSource = Complete() });

        assessor.Assess(Reports.PulledMuscle()).Disclaimer.Should().StartWith("Dies ist keine Diagnose.");
    }

    [Fact]
    public void TextKeys_All_IsInOrdinalOrder_AsDocumented_SoAHostCanDiffItsKeysAgainstIt()
        => TextKeys.All.Should().BeInAscendingOrder(StringComparer.Ordinal).And.OnlyHaveUniqueItems();

    [Fact]
    public void TextKeys_English_OfAnUnknownKey_SaysWhereTheKeysAreListed()
        => FluentActions.Invoking(() => TextKeys.English("cause.flu"))
            .Should().Throw<BackPainValidationException>().Which.Errors.Should().ContainSingle(e => e.Path == "key" && e.Code == ValidationCode.UnknownId);
}
