using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace BackPain.Core.Extensions.DependencyInjection.Tests;

/// <summary>What the logging engines write: the decisions, as catalogue ids and counts, and nothing about the person.</summary>
public sealed class LoggingTests
{
    private static readonly DateOnly Start = new(2026, 12, 1);

    /// <summary>Every named value a log line may carry. Anything else is a new field, to be checked for personal data first.</summary>
    private static readonly HashSet<string> AllowedValueNames =
    [
        "TriageLevel", "TriageRuleId", "TopCauseId", "TopCauseBand", "RedFlagCount", "RuleIds",
        "LengthDays", "CheckInCount", "CoreWorkFromDay", "OpenConditions", "CheckInNumber", "DayNumber",
    ];

    [Fact]
    public void Assess_RedFlagStory_LogsEmergencyTriageWithTheRuleThatFired()
    {
        var (assessor, _, logs) = Engines();

        assessor.Assess(Examples.Report("red-flag"));

        var line = logs.Lines.Should().ContainSingle().Subject;
        line.EventName.Should().Be("Assessed");
        Value(line, "TriageLevel").Should().Be("emergency", "saddle numbness and bladder problems are an emergency (domain.md §4)");
        Value(line, "TriageRuleId").Should().StartWith("redFlag.");
        int.Parse(Value(line, "RedFlagCount"), CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(2, "the story reports saddle numbness and bladder problems");
        Value(line, "RuleIds").Should().Contain("restriction.suspendAllTraining", "an emergency suspends all training (domain.md §5)");
    }

    [Fact]
    public void Assess_PulledMuscleStory_LogsTheTopCauseAndItsBand()
    {
        var (assessor, _, logs) = Engines();

        assessor.Assess(Examples.Report("pulled-muscle"));

        var line = logs.Lines.Should().ContainSingle().Subject;
        Value(line, "TopCauseId").Should().Be("pulledMuscle");
        Value(line, "TopCauseBand").Should().Be("Likely");
        Value(line, "RuleIds").Split(", ").Should().Contain(["triage.selfCare", "restriction.noCoreWorkUntilHealed", "restriction.restInjuredMuscles"]);
    }

    [Fact]
    public void Plan_PulledMuscleStory_LogsLengthCheckInsAndTheOpenCoreWorkCondition()
    {
        var (assessor, planner, logs) = Engines();

        planner.Plan(assessor.Assess(Examples.Report("pulled-muscle")), TrainingHistory.Empty, new PlanRequest(Start));

        var line = logs.Lines.Should().ContainSingle(l => l.EventName == "Planned").Subject;
        Value(line, "LengthDays").Should().Be("28", "a plan is 28 days by default");
        Value(line, "CheckInCount").Should().Be("5", "check-ins fall on days 2, 7, 14, 21 and 28 (domain.md §6)");
        Value(line, "CoreWorkFromDay").Should().Be("open", "core work waits for a pain-free check-in after a pulled muscle");
        Value(line, "OpenConditions").Should().Contain("NoCoreWork until PainFreeCheckIn");
    }

    [Fact]
    public void CheckIn_LogsTheCheckInNumberAndDayOfThePlan()
    {
        var (assessor, planner, logs) = Engines();
        var plan = planner.Plan(assessor.Assess(Examples.Report("doms")), TrainingHistory.Empty, new PlanRequest(Start));

        planner.CheckIn(plan, Examples.CheckIn("check-in"));

        var line = logs.Lines.Should().ContainSingle(l => l.EventName == "CheckedIn").Subject;
        Value(line, "CheckInNumber").Should().Be("1");
        Value(line, "DayNumber").Should().Be("8", "the example check-in is on 2026-12-08, day 8 of a plan from 2026-12-01");
    }

    [Fact]
    public void Assess_LogsTheRemediesRuleIdsToo()
    {
        var (assessor, _, logs) = Engines();

        assessor.Assess(Examples.Report("pulled-muscle"));

        // domain.md §5: rest from training is always advised; severity 1 or more advises pain medicine.
        Value(logs.Lines.Single(), "RuleIds").Split(", ").Should().Contain(["remedy.rest.training", "remedy.painMedicine.pain"]);
    }

    [Fact]
    public void Plan_SlippedDiscStory_LogsEachOpenConditionSeparately()
    {
        var (assessor, planner, logs) = Engines();

        planner.Plan(assessor.Assess(Examples.Report("slipped-disc")), TrainingHistory.Empty, new PlanRequest(Start));

        // domain.md §6.1, §6.2: a possible slipped disc holds strenuous exercise and core work until a clinician clears it.
        Value(logs.Lines.Single(l => l.EventName == "Planned"), "OpenConditions").Split(", ").Should().Contain(
            ["NoStrenuousExercise until ClinicianClearance", "NoCoreWork until ClinicianClearance"]);
    }

    [Fact]
    public void CheckIn_ThatHealsAPulledMuscle_LogsTheDayCoreWorkMayStartAndNothingOpen()
    {
        var (assessor, planner, logs) = Engines();
        var plan = planner.Plan(assessor.Assess(Examples.Report("pulled-muscle")), TrainingHistory.Empty, new PlanRequest(Start));

        planner.CheckIn(plan, Examples.CheckIn("check-in"));

        // domain.md §6.1: a pain-free check-in on or after start + 7 days heals a pulled muscle; the example's is on day 8.
        // It lifts the plan's only open condition, "no core work until a pain-free check-in".
        var line = logs.Lines.Single(l => l.EventName == "CheckedIn");
        Value(line, "CoreWorkFromDay").Should().Be("8");
        Value(line, "OpenConditions").Should().Be("none");
    }

    [Fact]
    public void CheckIn_WithoutAPlan_NamesTheArgument()
    {
        var (_, planner, _) = Engines();

        FluentActions.Invoking(() => planner.CheckIn(null!, Examples.CheckIn("check-in")))
            .Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("plan");
    }

    [Fact]
    public void Logs_NeverCarryAReportFieldValue()
    {
        var (assessor, planner, logs) = Engines();
        foreach (var name in Examples.ReportNames)
        {
            // An age and a pain duration no count or day number of a 28-day plan can equal.
            var answers = Examples.Report(name).ToBuilder();
            answers.Age = 67;
            answers.PainDurationDays = 43;
            var report = answers.Build();
            var plan = planner.Plan(assessor.Assess(report), TrainingHistory.Empty, new PlanRequest(Start));
            planner.CheckIn(plan, Examples.CheckIn("check-in"));

            var personal = PersonalValues(report);
            foreach (var line in logs.Lines)
            {
                line.Values.Select(v => v.Key).Should().BeSubsetOf(AllowedValueNames, $"story {name}");
                var tokens = Tokens(line.Message);
                tokens.Should().NotIntersectWith(personal, $"story {name}: \"{line.Message}\" must not carry a report's answer");
                line.Message.Should().NotContain("2026-", "no calendar date is logged");
            }
        }
    }

    /// <summary>
    /// Every answer of the report as it would appear in text: the age, the pain duration, the names of the answers,
    /// exercise and symptom ids. (Severity, 0 to 10, is left out: it cannot be told from a count such as "1 red flags".
    /// A rule id such as <c>redFlag.ageUnder20OrOver50</c> is a decision, logged on purpose; it never holds the age.)
    /// </summary>
    private static HashSet<string> PersonalValues(SymptomReport report)
    {
        var values = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
        {
            report.Age!.Value.ToString(CultureInfo.InvariantCulture),
            report.Area.ToString(),
            report.Legs.ToString(),
        };
        if (report.Onset is { } onset) { values.Add(onset.ToString()); }
        if (report.Character is { } character) { values.Add(character.ToString()); }
        if (report.PainDurationDays is { } days) { values.Add(days.ToString(CultureInfo.InvariantCulture)); }
        values.UnionWith(report.Exercises.Select(e => e.Id));
        values.UnionWith(report.RedFlags.Select(s => s.Id));
        values.UnionWith(report.Symptoms.Select(s => s.Id));
        return values;
    }

    /// <summary>The words of a line: split at spaces and punctuation, keeping dotted rule ids whole.</summary>
    private static HashSet<string> Tokens(string message)
        => new(message.Split([' ', ',', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

    private static string Value(CapturingLogger.Line line, string name)
        => Convert.ToString(line.Values.Single(v => v.Key == name).Value, CultureInfo.InvariantCulture)!;

    private static (IBackPainAssessor, IRecoveryPlanner, CapturingLogger) Engines()
    {
        var logs = new CapturingLogger();
        var host = Hosts.Build(logs: logs);
        return (host.Services.GetRequiredService<IBackPainAssessor>(), host.Services.GetRequiredService<IRecoveryPlanner>(), logs);
    }
}
