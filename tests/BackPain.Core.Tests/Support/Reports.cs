using BackPain.Core.Serialization;

namespace BackPain.Core.Tests.Support;

/// <summary>
/// The named symptom reports of the tests, so that a test reads <c>Reports.PulledMuscle()</c> instead of a long object
/// literal. The six stories of domain.md §1 and §4 are read from the repository's <c>examples/*.json</c> (the one place
/// they are written, shared with the samples and the benchmarks); the few cases that are not stories (no pain, nothing
/// fits, one finding or one red flag on its own) are built here. Each takes an optional change to the answers, so that
/// a test states only what differs: <c>Reports.SlippedDisc(a =&gt; a.Severity = 8)</c>. The <c>…Answers()</c> methods
/// give the answers still open to change, a fresh builder each call.
/// </summary>
public static class Reports
{
    private static readonly SymptomReport DomsStory = Example("doms");
    private static readonly SymptomReport PoorCoreStory = Example("poor-core");
    private static readonly SymptomReport PulledMuscleStory = Example("pulled-muscle");
    private static readonly SymptomReport SlippedDiscStory = Example("slipped-disc");
    private static readonly SymptomReport LigamentTearStory = Example("ligament-tear");
    private static readonly SymptomReport RedFlagStory = Example("red-flag");

    /// <summary>The path of <paramref name="fileName"/> in the examples copied beside the tests (from <c>examples/</c> at the root).</summary>
    public static string ExampleFile(string fileName) => Path.Combine(AppContext.BaseDirectory, "examples", fileName);

    // ---------------------------------------------------------------- the six stories (examples/*.json)

    /// <summary>DOMS (<c>examples/doms.json</c>): a dull ache on both sides, the day after a new, hard leg day; muscles tight.</summary>
    public static SymptomReport Doms(Action<SymptomReportBuilder>? change = null) => Build(DomsAnswers(), change);

    /// <summary>Poor core strength (<c>examples/poor-core.json</c>): a dull ache after running, form broke down, it keeps coming back.</summary>
    public static SymptomReport PoorCoreStrength(Action<SymptomReportBuilder>? change = null) => Build(PoorCoreStrengthAnswers(), change);

    /// <summary>A pulled muscle (<c>examples/pulled-muscle.json</c>): a sharp pain (5 of 10) during a squat set that persists.</summary>
    public static SymptomReport PulledMuscle(Action<SymptomReportBuilder>? change = null) => Build(PulledMuscleAnswers(), change);

    /// <summary>
    /// A slipped disc (<c>examples/slipped-disc.json</c>): a sharp pain (6 of 10) during a deadlift pulled with a sudden
    /// jerk; standing up is hard and pain runs down one leg.
    /// </summary>
    public static SymptomReport SlippedDisc(Action<SymptomReportBuilder>? change = null) => Build(SlippedDiscAnswers(), change);

    /// <summary>A ligament tear (<c>examples/ligament-tear.json</c>): a pop during a power clean, then a shooting pain (6 of 10).</summary>
    public static SymptomReport LigamentTear(Action<SymptomReportBuilder>? change = null) => Build(LigamentTearAnswers(), change);

    /// <summary>
    /// Possible cauda equina syndrome, an emergency (<c>examples/red-flag.json</c>): a deadlift injury, then numbness in
    /// both legs and around the saddle area and new bladder trouble.
    /// </summary>
    public static SymptomReport CaudaEquina(Action<SymptomReportBuilder>? change = null) => Build(CaudaEquinaAnswers(), change);

    /// <summary>The answers of <see cref="Doms"/>.</summary>
    public static SymptomReportBuilder DomsAnswers() => DomsStory.ToBuilder();

    /// <summary>The answers of <see cref="PoorCoreStrength"/>.</summary>
    public static SymptomReportBuilder PoorCoreStrengthAnswers() => PoorCoreStory.ToBuilder();

    /// <summary>The answers of <see cref="PulledMuscle"/>.</summary>
    public static SymptomReportBuilder PulledMuscleAnswers() => PulledMuscleStory.ToBuilder();

    /// <summary>The answers of <see cref="SlippedDisc"/>.</summary>
    public static SymptomReportBuilder SlippedDiscAnswers() => SlippedDiscStory.ToBuilder();

    /// <summary>The answers of <see cref="LigamentTear"/>.</summary>
    public static SymptomReportBuilder LigamentTearAnswers() => LigamentTearStory.ToBuilder();

    /// <summary>The answers of <see cref="CaudaEquina"/>.</summary>
    public static SymptomReportBuilder CaudaEquinaAnswers() => RedFlagStory.ToBuilder();

    // ---------------------------------------------------------------- cases that are not stories

    /// <summary>Only the required answer: a severity, everything else unanswered.</summary>
    public static SymptomReport WithSeverity(int severity) => new SymptomReportBuilder { Severity = severity }.Build();

    /// <summary>No pain at all (severity 0), nothing else answered: no cause fits, nothing is restricted.</summary>
    public static SymptomReport NoPain(Action<SymptomReportBuilder>? change = null) => Build(NoPainAnswers(), change);

    /// <summary>The answers of <see cref="NoPain"/>.</summary>
    public static SymptomReportBuilder NoPainAnswers() => new() { Severity = 0 };

    /// <summary>Nothing fits (domain.md §1.5): mild pain, no onset, character or mechanism, getting better.</summary>
    public static SymptomReport NothingFits(Action<SymptomReportBuilder>? change = null)
        => Build(new SymptomReportBuilder { Severity = 2, Trend = Trend.Better, Age = 30 }, change);

    /// <summary>An urgent red flag on its own: back pain (4 of 10) with a fever.</summary>
    public static SymptomReport Fever() => new SymptomReportBuilder { Severity = 4, RedFlags = [Symptom.Fever] }.Build();

    /// <summary>The DOMS report (self-care on its own) with one red-flag question answered "yes".</summary>
    public static SymptomReport DomsWithRedFlag(string redFlagQuestionId) => Doms(a => a.RedFlags = [Symptom.FromId(redFlagQuestionId)]);

    /// <summary>Builds <paramref name="answers"/> after applying <paramref name="change"/>.</summary>
    public static SymptomReport Build(SymptomReportBuilder answers, Action<SymptomReportBuilder>? change = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        change?.Invoke(answers);
        return answers.Build();
    }

    /// <summary>Assesses with the default assessor.</summary>
    public static Assessment Assess(SymptomReport report) => BackPainAssessor.Default.Assess(report);

    /// <summary>
    /// A report whose findings include <paramref name="symptom"/>, reached through the answer that implies it
    /// (domain.md §2), on a base of moderate pain.
    /// </summary>
    public static SymptomReport ShowingFinding(Symptom symptom)
    {
        ArgumentNullException.ThrowIfNull(symptom);
        var answers = new SymptomReportBuilder { Severity = 5 };
        switch (symptom.Id)
        {
            case "onsetDuringWorkout": answers.Onset = Onset.DuringWorkout; break;
            case "onsetHoursAfter": answers.Onset = Onset.HoursAfter; break;
            case "onsetNextDayOrLater": answers.Onset = Onset.NextDayOrLater; break;
            case "dullAche": answers.Character = PainCharacter.DullAche; break;
            case "sharpPain": answers.Character = PainCharacter.Sharp; break;
            case "shootingPain": answers.Character = PainCharacter.Shooting; break;
            case "mildPain": answers.Severity = 2; break;
            case "moderatePain": answers.Severity = 5; break;
            case "severePain": answers.Severity = 8; break;
            case "popHeard": answers.PopHeard = true; break;
            case "hardToStandUp": answers.HardToStandUp = true; break;
            case "painDownOneLeg": answers.Legs = LegSymptoms.OneLeg; break;
            case "numbnessBothLegs": answers.Legs = LegSymptoms.BothLegs; break;
            case "suddenJerk": answers.SuddenJerk = true; break;
            case "postureBrokeDown": answers.PostureBrokeDown = true; break;
            case "musclesTight": answers.MusclesTight = true; break;
            case "recursAfterSessions": answers.RecursAfterSessions = true; break;
            case "gettingBetter": answers.Trend = Trend.Better; break;
            case "gettingWorse": answers.Trend = Trend.Worse; break;
            case "painOnBothSides": answers.PainOnBothSides = true; break;
            case "hardOrUnaccustomedWorkout": answers.HardOrUnaccustomedWorkout = true; break;
            case "squatOrDeadlift": answers.Exercises = [Exercise.Squat]; break;
            case "liftingOrRunning": answers.Exercises = [Exercise.Running]; break;
            case "lastedOverAWeek": answers.PainDurationDays = 10; answers.Trend = Trend.Better; break;
            case "notBetterAfterAWeek": answers.PainDurationDays = 10; answers.Trend = Trend.Same; break;
            case "popWithSeverePain": answers.PopHeard = true; answers.Severity = 8; break;
            case "unableToStandOrWalk": answers.UnableToStandOrWalk = true; break;
            case "ageUnder20OrOver50": answers.Age = 55; break;
            case "lastedOverTwoWeeks": answers.PainDurationDays = 20; answers.Trend = Trend.Better; break;
            default:
                if (!symptom.IsRedFlagQuestion)
                {
                    throw new ArgumentException($"No answer is known to imply '{symptom.Id}'; add it here.", nameof(symptom));
                }

                answers.RedFlags = [symptom];
                break;
        }

        return answers.Build();
    }

    /// <summary>
    /// Every named report, with its name: the six stories, no pain, nothing fits, each red-flag question, each finding,
    /// and the rule-specific variants (tight muscles, lasting pain, age, inability to stand).
    /// </summary>
    public static IReadOnlyList<(string Name, SymptomReport Report)> All { get; } = BuildAll();

    private static (string, SymptomReport)[] BuildAll()
    {
        var list = new List<(string, SymptomReport)>
        {
            ("doms", Doms()),
            ("doms, not tight", Doms(a => a.MusclesTight = false)),
            ("poor core", PoorCoreStrength()),
            ("poor core, tight", PoorCoreStrength(a => a.MusclesTight = true)),
            ("pulled muscle", PulledMuscle()),
            ("pulled muscle, not tight", PulledMuscle(a => a.MusclesTight = false)),
            ("slipped disc", SlippedDisc()),
            ("slipped disc, no leg symptoms", SlippedDisc(a => a.Legs = LegSymptoms.None)),
            ("ligament tear", LigamentTear()),
            ("pop with severe pain", LigamentTear(a => a.Severity = 8)),
            ("cauda equina", CaudaEquina()),
            ("no pain", NoPain()),
            ("nothing fits", NothingFits()),
            ("nothing fits, lasting", NothingFits(a => a.PainDurationDays = 10)),
            ("nothing fits, severe", NothingFits(a => a.Severity = 7)),
            ("unable to stand or walk", Doms(a => a.UnableToStandOrWalk = true)),
            ("both legs", Doms(a => a.Legs = LegSymptoms.BothLegs)),
            ("age 18", Doms(a => a.Age = 18)),
            ("age 55", Doms(a => a.Age = 55)),
        };
        foreach (var question in Symptom.RedFlagQuestions)
        {
            list.Add(("red flag " + question.Id, DomsWithRedFlag(question.Id)));
        }

        foreach (var symptom in Symptom.All)
        {
            list.Add(("finding " + symptom.Id, ShowingFinding(symptom)));
        }

        return [.. list];
    }

    private static SymptomReport Example(string name) => BackPainJson.DeserializeReport(File.ReadAllText(ExampleFile(name + ".json")));
}
