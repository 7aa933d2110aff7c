using BackPain.Core;
using System.Text.Json.Nodes;
using BackPain.Core.Serialization;
using BackPain.Samples.Console.Views;
using Spectre.Console.Testing;

namespace BackPain.Samples.Console.Tests;

/// <summary>The sample run end to end through its command line, as a person or a script would run it.</summary>
public sealed class BackPainAppTests
{
    private static readonly DateOnly Start = new(2026, 12, 1);

    public static TheoryData<string, string, string> ExpectedExamples => new()
    {
        // name, top cause, triage level: written from domain.md (sections 1 and 4), not from the output.
        { "doms", "doms", "selfCare" },
        { "poor-core", "poorCoreStrength", "selfCare" },
        { "pulled-muscle", "pulledMuscle", "selfCare" },
        { "slipped-disc", "slippedDisc", "seeDoctor" },
        { "ligament-tear", "ligamentTear", "seeDoctor" },
    };

    [Theory]
    [MemberData(nameof(ExpectedExamples))]
    public void Example_ExitsZeroAndShowsItsTopCauseFirstAndItsTriage(string name, string cause, string triage)
    {
        var result = SampleRun.Run("--example", name, "--start", "2026-12-01");

        result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
        result.Errors.Should().BeEmpty();
        FirstCauseRow(result.Output).Should().Contain(Cause.FromId(cause).Name);
        result.Output.Should().Contain($"Triage: {Labels.English.Title(TriageLevel.FromId(triage))}");
        result.Output.Should().Contain("This is not a diagnosis");
    }

    [Fact]
    public void RedFlagExample_ShowsTheEmergencyAndItsWarningSignsBeforeTheCauses()
    {
        var result = SampleRun.Run("--example", "red-flag");

        result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
        var assessment = BackPainAssessor.Default.Assess(Examples.RedFlag.Report);
        assessment.Triage.Level.Should().Be(TriageLevel.Emergency, "numbness in the saddle area and new bladder trouble are emergencies (domain.md section 4)");
        FirstCauseRow(result.Output).Should().Contain(assessment.TopCause.Cause.Name);
        result.Output.Should().Contain("Triage: EMERGENCY");
        var warnings = result.Output.IndexOf("WARNING SIGNS", StringComparison.Ordinal);
        warnings.Should().BeGreaterThan(-1);
        warnings.Should().BeLessThan(result.Output.IndexOf("Triage:", StringComparison.Ordinal), "red flags come first");
        result.Output.Should().Contain(Symptom.SaddleNumbness.Text).And.Contain(Symptom.BladderProblems.Text);
        result.Output.Should().Contain("✖ training", "an emergency suspends all training in the calendar");
    }

    [Fact]
    public void Json_PrintsOnlyThePlanAndItReadsBackToAnEqualPlan()
    {
        var result = SampleRun.Run("--example", "pulled-muscle", "--start", "2026-12-01", "--days", "21", "--json");

        result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
        result.Errors.Should().BeEmpty();
        var document = JsonNode.Parse(result.Output);
        document!["assessment"]!["triage"]!["level"]!.GetValue<string>().Should().Be("selfCare");
        var plan = BackPainJson.DeserializePlan(result.Output);
        var expected = RecoveryPlanner.Default.Plan(
            BackPainAssessor.Default.Assess(Examples.PulledMuscle.Report),
            Examples.PulledMuscle.History(Start),
            new PlanRequest(Start, Days.Of(21)));
        plan.Should().Be(expected);
        JsonNode.DeepEquals(JsonNode.Parse(BackPainJson.Serialize(plan)), document).Should().BeTrue("the printed plan must survive a round trip unchanged");
    }

    [Fact]
    public void Json_WithAReportHistoryAndCheckInFile_RecordsTheCheckInInThePlan()
    {
        var result = SampleRun.Run(
            "--report", SampleRun.Example("pulled-muscle.json"),
            "--history", SampleRun.Example("history.json"),
            "--check-in", SampleRun.Example("check-in.json"),
            "--start", "2026-12-01",
            "--json");

        result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
        var plan = BackPainJson.DeserializePlan(result.Output);
        plan.CheckInReports.Should().ContainSingle().Which.Date.Should().Be(new DateOnly(2026, 12, 8));
        plan.History.Workouts.Should().HaveCount(3);
        plan.Assessment.Report.Should().Be(Examples.PulledMuscle.Report);
        var expected = RecoveryPlanner.Default
            .Plan(
                BackPainAssessor.Default.Assess(BackPainJson.DeserializeReport(File.ReadAllText(SampleRun.Example("pulled-muscle.json")))),
                BackPainJson.DeserializeHistory(File.ReadAllText(SampleRun.Example("history.json"))),
                new PlanRequest(Start))
            .CheckIn(BackPainJson.DeserializeCheckIn(File.ReadAllText(SampleRun.Example("check-in.json"))));
        plan.Should().Be(expected, "the sample plans with the library and records the check-in it read");
    }

    [Fact]
    public void CheckInFiles_AWarningSignThenAClearance_ShowTheTriageInForceNowAndTheHighestSoFar()
    {
        var fever = new CheckInReport(Start.AddDays(1), 4, Trend.Same, newSymptoms: [Symptom.Fever]);
        var cleared = new CheckInReport(Start.AddDays(7), 1, Trend.Better, Clearance.FullTraining, causesRuledOut: [Cause.SlippedDisc]);
        var files = new[] { WriteTemp(BackPainJson.Serialize(fever)), WriteTemp(BackPainJson.Serialize(cleared)) };
        try
        {
            var result = SampleRun.Run("--example", "pulled-muscle", "--start", "2026-12-01", "--check-in", files[0], "--check-in", files[1]);

            result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
            var expected = RecoveryPlanner.Default
                .Plan(BackPainAssessor.Default.Assess(Examples.PulledMuscle.Report), Examples.PulledMuscle.History(Start), new PlanRequest(Start))
                .CheckIn(fever)
                .CheckIn(cleared);
            var plan = result.Output.IndexOf("Recovery plan:", StringComparison.Ordinal);
            var warning = result.Output.IndexOf("1 WARNING SIGN NEW AT A CHECK-IN", plan, StringComparison.Ordinal);
            var triage = result.Output.IndexOf($"Triage in force now (Tue 8 Dec): {Labels.English.Title(expected.TriageOn(expected.AsOf))}", plan, StringComparison.Ordinal);
            var calendar = result.Output.IndexOf("│ Mon ", plan, StringComparison.Ordinal);
            warning.Should().BeGreaterThan(plan, "a warning sign reported at a check-in is shown:\n" + result.Output);
            triage.Should().BeGreaterThan(warning, "the triage in force now follows the warning signs");
            calendar.Should().BeGreaterThan(triage, "and both come before the calendar");
            result.Output.Should().Contain($"Highest so far: {Labels.English.Title(expected.HighestTriage)}");
            result.Output.Should().Contain($"{Symptom.Fever.Text} (check-in on Wed 2 Dec)");
            result.Output.Should().Contain($"pain 1 of 10, better, cleared by a clinician for full training, ruled out: {Cause.SlippedDisc.Name}");
            result.Output.Should().Contain("This is not a diagnosis");
        }
        finally
        {
            Array.ForEach(files, File.Delete);
        }
    }

    [Fact]
    public void Example_WithoutCheckIns_ShowsTheTriageInForceNowAndTheHighestSoFarInOneLine()
    {
        var result = SampleRun.Run("--example", "slipped-disc", "--start", "2026-12-01");

        var level = Labels.English.Title(BackPainAssessor.Default.Assess(Examples.SlippedDisc.Report).Triage.Level);
        result.Output.Should().Contain($"Triage in force now: {level} · highest so far: {level}");
    }

    [Fact]
    public void ClinicianCheckInExample_IsShownWithItsScopeCausesAndFinding()
    {
        var result = SampleRun.Run("--example", "slipped-disc", "--start", "2026-12-01", "--check-in", SampleRun.Example("check-in-clinician.json"));

        result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
        SampleRun.Flat(result.Output).Should().Contain(
            $"Tue 8 Dec: pain 2 of 10, better, cleared by a clinician for light activity only, ruled out: {Cause.LigamentTear.Name}, "
            + $"confirmed: {Cause.SlippedDisc.Name}, new: {Symptom.MusclesTight.Text}");
    }

    [Fact]
    public void ReportWithSeverity11AndAge300_ExitsTwoAndNamesBothFieldsOnStandardError()
    {
        var file = Path.Combine(Path.GetTempPath(), $"backpain-invalid-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "severity": 11, "age": 300 }""");
        try
        {
            var result = SampleRun.Run("--report", file);

            result.ExitCode.Should().Be(ExitCodes.InvalidInput);
            result.Output.Should().BeEmpty("problems go to standard error");
            result.Errors.Should().Contain("$.severity").And.Contain("$.age").And.Contain("2 problems");
            result.Errors.Should().NotContain(" at BackPain", "no stack trace");
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void UnknownExample_ExitsTwoAndNamesTheAllowedExamples()
    {
        var result = SampleRun.Run("--example", "sore-neck");

        result.ExitCode.Should().Be(ExitCodes.InvalidInput);
        result.Output.Should().BeEmpty();
        result.Errors.Should().Contain("sore-neck");
        foreach (var example in Examples.All)
        {
            result.Errors.Should().Contain(example.Name);
        }
    }

    [Fact]
    public void SeveralBadOptionValues_AreAllListedInOneRun()
    {
        var result = SampleRun.Run("--start", "2026-02-30", "--days", "400", "--history", "no-such-file.json", "--example", "doms", "--report", "x.json");

        result.ExitCode.Should().Be(ExitCodes.InvalidInput);
        result.Errors.Should().Contain("--start").And.Contain("--days").And.Contain("--history").And.Contain("--example, --report").And.Contain("4 problems");
    }

    [Fact]
    public void UnknownOption_ExitsTwoWithoutRunningAnything()
    {
        var result = SampleRun.Run("--exampel", "doms");

        result.ExitCode.Should().Be(ExitCodes.InvalidInput);
        result.Errors.Should().Contain("Unknown option");
        result.Output.Should().BeEmpty();
    }

    [Fact]
    public void CheckInOutsideThePlan_ExitsTwoAndNamesTheFile()
    {
        var result = SampleRun.Run("--example", "pulled-muscle", "--start", "2027-01-01", "--check-in", SampleRun.Example("check-in.json"));

        result.ExitCode.Should().Be(ExitCodes.InvalidInput);
        result.Errors.Should().Contain("check-in.json").And.Contain("must be within the plan");
    }

    [Fact]
    public void NoArgumentsAndNoTerminal_RunsTheDomsExampleFromTheFixedDemonstrationDate()
    {
        var result = SampleRun.Run();

        result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
        result.Output.Should().Contain("Demonstration, example doms");
        result.Output.Should().Contain("Recovery plan: Tue 1 Dec 2026 to Mon 28 Dec 2026 (28 days)");
        FirstCauseRow(result.Output).Should().Contain(Cause.Doms.Name);
    }

    [Fact]
    public void Example_WithoutStart_PlansFromToday()
    {
        var result = SampleRun.Run("--example", "doms", "--days", "7");

        result.ExitCode.Should().Be(ExitCodes.Success, result.Errors);
        result.Output.Should().Contain($"Recovery plan: {Labels.English.Date(SampleRun.Today)} to {Labels.English.Date(SampleRun.Today.AddDays(6))} (7 days)");
    }

    [Fact]
    public void SlippedDiscPlan_BlocksHeavyLiftsAndCoreWorkAndSaysWhy()
    {
        var result = SampleRun.Run("--example", "slipped-disc", "--start", "2026-12-01");

        // The footnote numbers and dates are the planner's; the test checks that the sample shows them.
        var plan = RecoveryPlanner.Default.Plan(
            BackPainAssessor.Default.Assess(Examples.SlippedDisc.Report), Examples.SlippedDisc.History(Start), new PlanRequest(Start));
        var footnotes = Views.PlanView.Footnotes(plan);
        footnotes.Keys.Should().Contain([PlanEntryKind.NoStrenuousExercise, PlanEntryKind.NoCoreWork], "a suspected slipped disc holds heavy lifting and core work");
        result.Output.Should().Contain($"✖ heavy{Look.Superscript(footnotes[PlanEntryKind.NoStrenuousExercise])}")
            .And.Contain($"✖ core{Look.Superscript(footnotes[PlanEntryKind.NoCoreWork])}");
        result.Output.Should().Contain("No heavy lifting, running or other exercise that loads the spine");
        SampleRun.Flat(result.Output).Should().Contain($"Core work allowed: {plan.CoreWorkAllowedFrom.Text}");
        plan.CoreWorkAllowedFrom.IsKnown.Should().BeFalse("core work waits for a clinician's clearance");
        SampleRun.Flat(result.Output).Should().Contain($"Check in on: {string.Join(", ", plan.CheckInDates.Select(Labels.English.ShortDate))}");
    }

    [Fact]
    public void Create_RunsOnTheConsoleItIsGiven()
    {
        var console = new TestConsole().Width(100);
        var errors = new TestConsole();
        var app = BackPainApp.Create(console, new SampleEnvironment(errors, CanPrompt: false, () => SampleRun.Today));

        var exitCode = app.Run(["--example", "poor-core"]);

        exitCode.Should().Be(ExitCodes.Success, errors.Output);
        console.Output.Should().Contain(Cause.PoorCoreStrength.Name).And.Contain("This is not a diagnosis");
    }

    [Fact]
    public void Fail_AnUnexpectedException_ExitsOneWithItsMessageAndNoStackTrace()
    {
        var errors = new TestConsole();

        var exitCode = BackPainApp.Fail(errors, new InvalidOperationException("the disk is on fire"));

        exitCode.Should().Be(ExitCodes.Failure);
        errors.Output.Should().Contain("the disk is on fire").And.NotContain(" at ");
    }

    /// <summary>The text of the cause cell of the first row of the causes table, joined across the lines it wraps over.</summary>
    internal static string FirstCauseRow(string output)
    {
        var lines = output.Split('\n');
        var first = Array.FindIndex(lines, line => line.StartsWith("│ 1 │", StringComparison.Ordinal));
        first.Should().BeGreaterThan(-1, "the output must have a causes table:\n" + output);
        var cells = lines
            .Skip(first)
            .TakeWhile((line, i) => i == 0 || line.StartsWith("│   │", StringComparison.Ordinal))
            .Select(line => line.Split('│')[2].Trim());
        return string.Join(' ', cells);
    }

    private static string WriteTemp(string json)
    {
        var file = Path.Combine(Path.GetTempPath(), $"backpain-check-in-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, json);
        return file;
    }
}
