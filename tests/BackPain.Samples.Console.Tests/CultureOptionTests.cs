using BackPain.Core;

namespace BackPain.Samples.Console.Tests;

/// <summary><c>--culture</c>: the library's texts (assessment, plan, names) in the person's language.</summary>
public class CultureOptionTests
{
    [Fact]
    public void Culture_German_ShowsTheAssessmentThePlanAndTheDisclaimerInGerman()
    {
        var result = SampleRun.Run("--example", "red-flag", "--start", "2026-12-01", "--culture", "de");

        result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
        var output = SampleRun.Flat(result.Output);
        output.Should().Contain("Holen Sie sofort Notfallhilfe", "the emergency is said in German");
        output.Should().Contain("Taubheit im Genital- oder Analbereich", "the warning signs are named in German");
        output.Should().Contain("Dies ist keine Diagnose");
        output.Should().NotContain(TriageLevel.Emergency.Text).And.NotContain(Symptom.SaddleNumbness.Text);
    }

    [Fact]
    public void Culture_Unknown_IsAnInputProblemThatNamesTheOption()
    {
        var result = SampleRun.Run("--example", "doms", "--culture", "xx-nowhere");

        result.ExitCode.Should().NotBe(ExitCodes.Success);
        result.Errors.Should().Contain("--culture").And.Contain("xx-nowhere");
    }
}
