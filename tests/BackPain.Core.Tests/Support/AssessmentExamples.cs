
namespace BackPain.Core.Tests.Support;

/// <summary>
/// The named reports of the assessment tests, each written from the wording of domain.md §1 and §4, and small
/// helpers to assess them. Every factory takes an optional change, so a test states only what differs.
/// </summary>
public static class AssessmentExamples
{
    /// <summary>DOMS (§1): a dull ache first felt hours after a hard workout, on both sides, moderate.</summary>
    public static SymptomReportBuilder DomsAnswers() => new()
    {
        Severity = 5,
        Onset = Onset.HoursAfter,
        Character = PainCharacter.DullAche,
        PainOnBothSides = true,
        HardOrUnaccustomedWorkout = true,
        Exercises = [Exercise.Squat],
        PainDuration = TimeSpan.FromDays(1),
        Age = 30,
    };

    /// <summary>Poor core strength (§1): posture broke down, the pain recurs after many sessions, running.</summary>
    public static SymptomReportBuilder PoorCoreAnswers() => new()
    {
        Severity = 3,
        PostureBrokeDown = true,
        RecursAfterSessions = true,
        Exercises = [Exercise.Running],
        Age = 30,
    };

    /// <summary>A pulled muscle (§1): sharp pain during a deadlift.</summary>
    public static SymptomReportBuilder PulledMuscleAnswers() => new()
    {
        Severity = 5,
        Onset = Onset.DuringWorkout,
        Character = PainCharacter.Sharp,
        Exercises = [Exercise.Deadlift],
        Age = 30,
    };

    /// <summary>A slipped disc (§1): severe, hard to stand up, a deadlift pulled in a sudden jerk, pain down one leg.</summary>
    public static SymptomReportBuilder SlippedDiscAnswers() => new()
    {
        Severity = 8,
        Onset = Onset.DuringWorkout,
        HardToStandUp = true,
        SuddenJerk = true,
        Legs = LegSymptoms.OneLeg,
        Exercises = [Exercise.Deadlift],
        Age = 30,
    };

    /// <summary>A ligament tear (§1): a pop and a shooting pain, severity 6 (not severe, so no pop-with-severe-pain red flag).</summary>
    public static SymptomReportBuilder LigamentTearAnswers() => new()
    {
        Severity = 6,
        PopHeard = true,
        Character = PainCharacter.Shooting,
        Age = 30,
    };

    /// <summary>No pain at all (severity 0) after a hard workout.</summary>
    public static SymptomReportBuilder NoPainAnswers() => new()
    {
        Severity = 0,
        HardOrUnaccustomedWorkout = true,
        Age = 30,
    };

    /// <summary>Nothing fits: mild pain, no onset, character or mechanism, getting better.</summary>
    public static SymptomReportBuilder NothingFitsAnswers() => new()
    {
        Severity = 2,
        Trend = Trend.Better,
        Age = 30,
    };

    /// <summary>The DOMS report.</summary>
    public static SymptomReport Doms(Action<SymptomReportBuilder>? change = null) => Build(DomsAnswers(), change);

    /// <summary>The poor-core-strength report.</summary>
    public static SymptomReport PoorCore(Action<SymptomReportBuilder>? change = null) => Build(PoorCoreAnswers(), change);

    /// <summary>The pulled-muscle report.</summary>
    public static SymptomReport PulledMuscle(Action<SymptomReportBuilder>? change = null) => Build(PulledMuscleAnswers(), change);

    /// <summary>The slipped-disc report.</summary>
    public static SymptomReport SlippedDisc(Action<SymptomReportBuilder>? change = null) => Build(SlippedDiscAnswers(), change);

    /// <summary>The ligament-tear report.</summary>
    public static SymptomReport LigamentTear(Action<SymptomReportBuilder>? change = null) => Build(LigamentTearAnswers(), change);

    /// <summary>The report with no pain.</summary>
    public static SymptomReport NoPain(Action<SymptomReportBuilder>? change = null) => Build(NoPainAnswers(), change);

    /// <summary>The report no cause fits.</summary>
    public static SymptomReport NothingFits(Action<SymptomReportBuilder>? change = null) => Build(NothingFitsAnswers(), change);

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
            case "lastedOverAWeek": answers.PainDuration = TimeSpan.FromDays(10); answers.Trend = Trend.Better; break;
            case "notBetterAfterAWeek": answers.PainDuration = TimeSpan.FromDays(10); answers.Trend = Trend.Same; break;
            case "popWithSeverePain": answers.PopHeard = true; answers.Severity = 8; break;
            case "unableToStandOrWalk": answers.UnableToStandOrWalk = true; break;
            case "ageUnder20OrOver50": answers.Age = 55; break;
            case "lastedOverTwoWeeks": answers.PainDuration = TimeSpan.FromDays(20); answers.Trend = Trend.Better; break;
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
    /// Every named report of the assessment tests, with its name: the cause examples, severity 0, nothing fits, each
    /// red-flag question, and the rule-specific variants (tight muscles, lasting pain, age, inability to stand).
    /// </summary>
    public static IReadOnlyList<(string Name, SymptomReport Report)> All { get; } = BuildAll();

    private static (string, SymptomReport)[] BuildAll()
    {
        var list = new List<(string, SymptomReport)>
        {
            ("doms", Doms()),
            ("doms, tight", Doms(a => a.MusclesTight = true)),
            ("poor core", PoorCore()),
            ("poor core, tight", PoorCore(a => a.MusclesTight = true)),
            ("pulled muscle", PulledMuscle()),
            ("pulled muscle, tight", PulledMuscle(a => a.MusclesTight = true)),
            ("slipped disc", SlippedDisc()),
            ("slipped disc, no leg symptoms", Build(new() { Severity = 5, HardToStandUp = true, SuddenJerk = true, Exercises = [Exercise.Deadlift], Age = 30 })),
            ("ligament tear", LigamentTear()),
            ("pop with severe pain", LigamentTear(a => a.Severity = 8)),
            ("no pain", NoPain()),
            ("nothing fits", NothingFits()),
            ("nothing fits, lasting", NothingFits(a => a.PainDuration = TimeSpan.FromDays(10))),
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
}
