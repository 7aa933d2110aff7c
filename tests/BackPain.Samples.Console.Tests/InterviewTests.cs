using BackPain.Core;
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
        AnswerPulledMuscleReport(keys);
        keys.PushTextWithEnter("y");                  // record a check-in
        keys.PushKey(ConsoleKey.Enter);               // on the suggested date
        keys.PushTextWithEnter("2");                  // pain
        keys.PushKey(ConsoleKey.Enter);               // better
        keys.PushKey(ConsoleKey.Enter);               // no clinician seen
        keys.PushKey(ConsoleKey.Enter);               // nothing new
        keys.PushTextWithEnter("n");                  // no further check-in

        var result = SampleRun.Run(console, canPrompt: true);

        result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
        result.Output.Should().Contain("Exercises: Back squat");
        result.Output.Should().Contain("Pain 5 of 10, sharp, started during the workout · Back squat · 1 day so far, same · age 35");
        BackPainAppTests.FirstCauseRow(result.Output).Should().Contain("Pulled muscle (strain)");
        result.Output.Should().Contain($"Recovery plan: {Labels.English.Date(SampleRun.Today)}");
        result.Output.Should().Contain("Check-ins recorded").And.Contain("pain 2 of 10, better");
        result.Output.Should().Contain("This is not a diagnosis");
    }

    [Fact]
    public void Interactive_ACheckIn_ShowsWhatChangedInsteadOfTheWholePlanAgain()
    {
        var console = new TestConsole().Width(120).Interactive();
        var keys = console.Input;
        AnswerPulledMuscleReport(keys);
        keys.PushTextWithEnter("y");                  // record a check-in
        keys.PushKey(ConsoleKey.Enter);               // on the suggested date
        keys.PushTextWithEnter("0");                  // pain-free: core work may start, so days change
        keys.PushKey(ConsoleKey.Enter);               // better
        keys.PushKey(ConsoleKey.Enter);               // no clinician seen
        keys.PushKey(ConsoleKey.Enter);               // nothing new
        keys.PushTextWithEnter("n");                  // no further check-in

        var result = SampleRun.Run(console, canPrompt: true);

        result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
        Occurrences(result.Output, "Recovery plan:").Should().Be(1, "the plan is shown whole once, before the check-in");
        Occurrences(result.Output, "When each muscle group may be trained again").Should().Be(1);
        var changes = result.Output[result.Output.IndexOf(": what changed", StringComparison.Ordinal)..];
        changes.Should().Contain("pain 0 of 10, better").And.Contain("Days that changed (").And.Contain("Core work allowed:");
        changes.Should().Contain("This is not a diagnosis");
    }

    private static int Occurrences(string text, string value)
        => (text.Length - text.Replace(value, string.Empty, StringComparison.Ordinal).Length) / value.Length;

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

    [Fact]
    public void Interactive_ACheckInClearedForLightActivityWithANewWarningSign_IsShownWithTheTriageInForceNowAndTheHighest()
    {
        var console = new TestConsole().Width(120).Interactive();
        var keys = console.Input;
        AnswerPulledMuscleReport(keys);
        keys.PushTextWithEnter("y");                  // record a check-in
        keys.PushKey(ConsoleKey.Enter);               // on the suggested date
        keys.PushTextWithEnter("3");                  // pain
        keys.PushKey(ConsoleKey.Enter);               // better
        Choose(keys, 2);                              // cleared for light activity only
        keys.PushKey(ConsoleKey.Enter);               // no cause ruled out
        keys.PushKey(ConsoleKey.Enter);               // no cause confirmed
        Tick(keys, FindingIndex(Symptom.Fever));      // a new warning sign
        keys.PushTextWithEnter("n");                  // no further check-in

        var result = SampleRun.Run(console, canPrompt: true);

        result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
        result.Output.Should().Contain("Yes, and they cleared me for light activity only");
        SampleRun.Flat(result.Output).Should().Contain($"pain 3 of 10, better, cleared by a clinician for light activity only, new: ⚠ {Symptom.Fever.Text}");
        result.Output.Should().Contain("WARNING SIGN NEW AT THIS CHECK-IN");
        result.Output.Should().Contain("Triage in force now (").And.Contain("Highest so far: ");
        var plan = result.Output.LastIndexOf("what changed", StringComparison.Ordinal);
        result.Output.IndexOf("WARNING SIGN NEW AT THIS CHECK-IN", plan, StringComparison.Ordinal)
            .Should().BeLessThan(result.Output.IndexOf("Triage in force now (", plan, StringComparison.Ordinal), "warning signs come first");
        result.Output.Should().Contain("This is not a diagnosis");
    }

    [Fact]
    public void AskCheckIn_ClearedForLightActivityWithANewFinding_SendsTheClearanceScopeAndTheFinding()
    {
        var console = new TestConsole().Width(120).Interactive();
        var keys = console.Input;
        keys.PushTextWithEnter("y");                  // record a check-in
        keys.PushTextWithEnter("2026-12-08");
        keys.PushTextWithEnter("3");                  // pain
        keys.PushKey(ConsoleKey.Enter);               // better
        Choose(keys, 2);                              // cleared for light activity only
        keys.PushKey(ConsoleKey.Enter);               // no cause ruled out
        keys.PushKey(ConsoleKey.Enter);               // no cause confirmed
        Tick(keys, FindingIndex(Symptom.PainDownOneLeg));

        var checkIn = new Interview(console).AskCheckIn(SlippedDiscPlan());

        checkIn.Should().Be(new CheckInReport(new DateOnly(2026, 12, 8), 3, Trend.Better, Clearance.LightActivity, [Symptom.PainDownOneLeg]));
        console.Output.Should().Contain($"New since the last check-in: {Symptom.PainDownOneLeg.Text} (warning sign)");
    }

    [Fact]
    public void AskCheckIn_ClearedForFullTraining_SendsThatScope()
    {
        var console = new TestConsole().Width(120).Interactive();
        var keys = console.Input;
        keys.PushTextWithEnter("y");
        keys.PushTextWithEnter("2026-12-08");
        keys.PushTextWithEnter("1");                  // pain
        keys.PushKey(ConsoleKey.Enter);               // better
        Choose(keys, 3);                              // cleared for full training
        keys.PushKey(ConsoleKey.Enter);               // no cause ruled out
        keys.PushKey(ConsoleKey.Enter);               // no cause confirmed
        keys.PushKey(ConsoleKey.Enter);               // nothing new

        var checkIn = new Interview(console).AskCheckIn(SlippedDiscPlan());

        checkIn!.Clearance.Should().Be(Clearance.FullTraining);
        checkIn.NewSymptoms.Should().BeEmpty();
    }

    [Fact]
    public void AskCheckIn_AClinicianSeenWhoDidNotClear_IsAskedWhichCausesWereRuledOutAndWhichConfirmed()
    {
        var console = new TestConsole().Width(120).Interactive();
        var keys = console.Input;
        keys.PushTextWithEnter("y");
        keys.PushTextWithEnter("2026-12-08");
        keys.PushTextWithEnter("4");                  // pain
        keys.PushKey(ConsoleKey.Enter);               // better
        Choose(keys, 1);                              // seen, not cleared
        Tick(keys, IndexOf(Cause.All, Cause.LigamentTear));
        Tick(keys, IndexOf([.. Cause.All.Where(c => c != Cause.LigamentTear)], Cause.SlippedDisc));
        keys.PushKey(ConsoleKey.Enter);               // nothing new

        var checkIn = new Interview(console).AskCheckIn(SlippedDiscPlan());

        checkIn.Should().Be(new CheckInReport(
            new DateOnly(2026, 12, 8), 4, Trend.Better, Clearance.None, causesRuledOut: [Cause.LigamentTear], causesConfirmed: [Cause.SlippedDisc]));
        console.Output.Should().Contain($"Ruled out: {Cause.LigamentTear.Name}").And.Contain($"Confirmed: {Cause.SlippedDisc.Name}");
    }

    [Fact]
    public void AskCheckIn_NoClinicianSeen_DoesNotAskAboutCauses()
    {
        var console = new TestConsole().Width(120).Interactive();
        var keys = console.Input;
        keys.PushTextWithEnter("y");
        keys.PushTextWithEnter("2026-12-08");
        keys.PushTextWithEnter("4");                  // pain
        keys.PushKey(ConsoleKey.Enter);               // better
        keys.PushKey(ConsoleKey.Enter);               // no clinician seen
        keys.PushKey(ConsoleKey.Enter);               // nothing new

        var checkIn = new Interview(console).AskCheckIn(SlippedDiscPlan());

        checkIn!.Clearance.Should().Be(Clearance.None);
        checkIn.CausesRuledOut.Should().BeEmpty();
        checkIn.CausesConfirmed.Should().BeEmpty();
        console.Output.Should().NotContain("rule out").And.NotContain("confirm");
    }

    [Fact]
    public void AskCheckIn_PainZero_DoesNotOfferWorse()
    {
        var console = new TestConsole().Width(120).Interactive();
        var keys = console.Input;
        keys.PushTextWithEnter("y");
        keys.PushTextWithEnter("2026-12-08");
        keys.PushTextWithEnter("0");                  // no pain
        Choose(keys, 2);                              // the third choice, if there were one
        keys.PushKey(ConsoleKey.Enter);               // no clinician seen
        keys.PushKey(ConsoleKey.Enter);               // nothing new

        var checkIn = new Interview(console).AskCheckIn(SlippedDiscPlan());

        checkIn!.Trend.Should().Be(Trend.Same, "the last of the two choices offered is 'the same'");
        console.Output.Should().NotContain("Worse");
    }

    [Fact]
    public void AskCheckIn_Declined_ReturnsNothing()
    {
        var console = new TestConsole().Width(120).Interactive();
        console.Input.PushTextWithEnter("n");

        new Interview(console).AskCheckIn(SlippedDiscPlan()).Should().BeNull();
    }

    private static RecoveryPlan SlippedDiscPlan()
    {
        var start = new DateOnly(2026, 12, 1);
        return RecoveryPlanner.Default.Plan(
            BackPainAssessor.Default.Assess(Examples.SlippedDisc.Report), Examples.SlippedDisc.History(start), new PlanRequest(start));
    }

    /// <summary>
    /// Answers the report's questions: sharp pain of 5 during a back squat, tight muscles, a day ago, age 35.
    /// <paramref name="yes"/> and <paramref name="no"/> are the letters of the interview's language.
    /// </summary>
    internal static void AnswerPulledMuscleReport(TestConsoleInput keys, string yes = "y", string no = "n")
    {
        keys.PushTextWithEnter("5");                  // severity
        keys.PushKey(ConsoleKey.Enter);               // onset: during the workout
        Choose(keys, 1);                              // character: sharp
        keys.PushKey(ConsoleKey.Enter);               // area: lower back
        keys.PushKey(ConsoleKey.Enter);               // legs: no
        Tick(keys, 0);                                // exercises: back squat
        foreach (var answer in new[] { no, no, no, no, yes, no, no, no, no })
        {
            keys.PushTextWithEnter(answer);           // hard workout … tight muscles (yes) … recurs
        }

        keys.PushTextWithEnter("1");                  // one day ago
        Choose(keys, 1);                              // trend: the same
        keys.PushKey(ConsoleKey.Enter);               // warning signs: none
        keys.PushTextWithEnter("35");                 // age
    }

    /// <summary>Picks the choice at <paramref name="index"/> in a selection list.</summary>
    private static void Choose(TestConsoleInput keys, int index)
    {
        for (var i = 0; i < index; i++)
        {
            keys.PushKey(ConsoleKey.DownArrow);
        }

        keys.PushKey(ConsoleKey.Enter);
    }

    /// <summary>Ticks the one choice at <paramref name="index"/> in a multi-selection list and confirms.</summary>
    private static void Tick(TestConsoleInput keys, int index)
    {
        for (var i = 0; i < index; i++)
        {
            keys.PushKey(ConsoleKey.DownArrow);
        }

        keys.PushKey(ConsoleKey.Spacebar);
        keys.PushKey(ConsoleKey.Enter);
    }

    private static int FindingIndex(Symptom finding) => IndexOf(CheckInReport.SymptomsAllowed, finding);

    private static int IndexOf<T>(IReadOnlyList<T> list, T item) => list.ToList().IndexOf(item);
}
