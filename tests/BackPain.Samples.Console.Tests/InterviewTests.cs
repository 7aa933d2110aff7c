using Spectre.Console.Testing;

namespace BackPain.Samples.Console.Tests;

/// <summary>The interactive run: the questions answered with keys, as a person at a terminal would.</summary>
public sealed class InterviewTests
{
    [Fact]
    public void Interactive_AnswersTheQuestionsThenShowsTheAssessmentAndTheUpdatedPlanAfterACheckIn()
    {
        var console = new TestConsole().Width(120).Interactive();
        var keys = console.Input;
        keys.PushTextWithEnter("5");                  // severity
        keys.PushKey(ConsoleKey.Enter);               // onset: during the workout
        keys.PushKey(ConsoleKey.DownArrow);           // character: sharp
        keys.PushKey(ConsoleKey.Enter);
        keys.PushKey(ConsoleKey.Enter);               // area: lower back
        keys.PushKey(ConsoleKey.Enter);               // legs: no
        keys.PushKey(ConsoleKey.Spacebar);            // exercises: back squat
        keys.PushKey(ConsoleKey.Enter);
        foreach (var answer in new[] { "n", "n", "n", "n", "y", "n", "n", "n", "n" })
        {
            keys.PushTextWithEnter(answer);           // hard workout … tight muscles (y) … recurs
        }

        keys.PushTextWithEnter("1");                  // one day ago
        keys.PushKey(ConsoleKey.DownArrow);           // trend: the same
        keys.PushKey(ConsoleKey.Enter);
        keys.PushKey(ConsoleKey.Enter);               // warning signs: none
        keys.PushTextWithEnter("35");                 // age
        keys.PushTextWithEnter("y");                  // record a check-in
        keys.PushKey(ConsoleKey.Enter);               // on the suggested date
        keys.PushTextWithEnter("2");                  // pain
        keys.PushKey(ConsoleKey.Enter);               // better
        keys.PushTextWithEnter("n");                  // not cleared
        keys.PushKey(ConsoleKey.Enter);               // no new warning signs
        keys.PushTextWithEnter("n");                  // no further check-in

        var result = SampleRun.Run(console, canPrompt: true);

        result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
        result.Output.Should().Contain("Exercises: Back squat");
        result.Output.Should().Contain("Pain 5 of 10, sharp, started during the workout · Back squat · 1 day so far, same · age 35");
        BackPainAppTests.FirstCauseRow(result.Output).Should().Contain("Pulled muscle (strain)");
        result.Output.Should().Contain($"Recovery plan: {Views.Look.Date(SampleRun.Today)}");
        result.Output.Should().Contain("Check-ins recorded").And.Contain("pain 2 of 10, better");
        result.Output.Should().Contain("This is not a diagnosis");
    }

    [Fact]
    public void Interactive_ASeverityOutOfRangeIsAskedAgain()
    {
        var console = new TestConsole().Width(120).Interactive();
        var keys = console.Input;
        keys.PushTextWithEnter("11");
        keys.PushTextWithEnter("0");                  // no pain: the character question is skipped
        keys.PushKey(ConsoleKey.Enter);               // onset
        keys.PushKey(ConsoleKey.Enter);               // area
        keys.PushKey(ConsoleKey.Enter);               // legs
        keys.PushKey(ConsoleKey.Enter);               // no exercises
        for (var i = 0; i < 9; i++)
        {
            keys.PushTextWithEnter("n");
        }

        keys.PushTextWithEnter("0");
        keys.PushKey(ConsoleKey.Enter);               // trend
        keys.PushKey(ConsoleKey.Enter);               // warning signs: none
        keys.PushKey(ConsoleKey.Enter);               // age skipped
        keys.PushTextWithEnter("n");                  // no check-in

        var result = SampleRun.Run(console, canPrompt: true);

        result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
        result.Output.Should().Contain("Enter a whole number from 0 to 10.");
        result.Output.Should().Contain("Pain 0 of 10");
    }
}
