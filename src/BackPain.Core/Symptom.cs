using System.Diagnostics.CodeAnalysis;
using BackPain.Core.Internal;

namespace BackPain.Core;

/// <summary>
/// One symptom or fact a report can contain (the pain, its onset, the workout, a warning sign), as data the
/// assessment rules refer to. Most follow from the answers of a <see cref="SymptomReport"/> (for example <see cref="SeverePain"/> from a severity of 7 or more);
/// the red-flag questions (<see cref="IsRedFlagQuestion"/>) are answered by listing them in
/// <see cref="SymptomReport.RedFlags"/>. A symptom that is a red flag carries the
/// <see cref="TriageLevel"/> it raises triage to at least (domain model section 4).
/// </summary>
public sealed class Symptom : ICatalogueEntry<Symptom>
{
    /// <summary>The pain started during the workout.</summary>
    public static readonly Symptom OnsetDuringWorkout = new("onsetDuringWorkout", 0);

    /// <summary>The pain started within hours after the workout.</summary>
    public static readonly Symptom OnsetHoursAfter = new("onsetHoursAfter", 1);

    /// <summary>The pain started the next day or later.</summary>
    public static readonly Symptom OnsetNextDayOrLater = new("onsetNextDayOrLater", 2);

    /// <summary>The pain is a dull, sore ache.</summary>
    public static readonly Symptom DullAche = new("dullAche", 3);

    /// <summary>The pain is sharp.</summary>
    public static readonly Symptom SharpPain = new("sharpPain", 4);

    /// <summary>The pain shoots through the back.</summary>
    public static readonly Symptom ShootingPain = new("shootingPain", 5);

    /// <summary>Severity 1 to 3 of 10.</summary>
    public static readonly Symptom MildPain = new("mildPain", 6);

    /// <summary>Severity 4 to 6 of 10.</summary>
    public static readonly Symptom ModeratePain = new("moderatePain", 7);

    /// <summary>Severity 7 to 10 of 10: see a doctor.</summary>
    public static readonly Symptom SeverePain = new("severePain", 8, TriageLevel.SeeDoctor, Source.Article);

    /// <summary>A popping sound was heard at the moment of injury.</summary>
    public static readonly Symptom PopHeard = new("popHeard", 9);

    /// <summary>Standing up is hard.</summary>
    public static readonly Symptom HardToStandUp = new("hardToStandUp", 10);

    /// <summary>Pain or numbness runs down one leg: see a doctor.</summary>
    public static readonly Symptom PainDownOneLeg = new("painDownOneLeg", 11, TriageLevel.SeeDoctor, Source.NiceCksRedFlags);

    /// <summary>Pain, numbness or tingling in both legs: a possible sign of cauda equina syndrome, an emergency.</summary>
    public static readonly Symptom NumbnessBothLegs = new("numbnessBothLegs", 12, TriageLevel.Emergency, Source.NiceCksRedFlags);

    /// <summary>The pain started with a sudden, jerking motion.</summary>
    public static readonly Symptom SuddenJerk = new("suddenJerk", 13);

    /// <summary>Form or posture broke down during the workout.</summary>
    public static readonly Symptom PostureBrokeDown = new("postureBrokeDown", 14);

    /// <summary>The back muscles feel tight.</summary>
    public static readonly Symptom MusclesTight = new("musclesTight", 15);

    /// <summary>This pain comes back after many sessions, with no single moment of injury.</summary>
    public static readonly Symptom RecursAfterSessions = new("recursAfterSessions", 16);

    /// <summary>The pain is getting better.</summary>
    public static readonly Symptom GettingBetter = new("gettingBetter", 17);

    /// <summary>The pain is getting worse: see a doctor.</summary>
    public static readonly Symptom GettingWorse = new("gettingWorse", 18, TriageLevel.SeeDoctor, Source.NiceCksRedFlags);

    /// <summary>The ache is on both sides of the back.</summary>
    public static readonly Symptom PainOnBothSides = new("painOnBothSides", 19);

    /// <summary>The workout was hard or unaccustomed (new exercises, more load or volume than usual).</summary>
    public static readonly Symptom HardOrUnaccustomedWorkout = new("hardOrUnaccustomedWorkout", 20);

    /// <summary>The workout included a squat or a deadlift.</summary>
    public static readonly Symptom SquatOrDeadlift = new("squatOrDeadlift", 21);

    /// <summary>The workout included lifting weights or running.</summary>
    public static readonly Symptom LiftingOrRunning = new("liftingOrRunning", 22);

    /// <summary>The pain has lasted seven days or more.</summary>
    public static readonly Symptom LastedOverAWeek = new("lastedOverAWeek", 23);

    /// <summary>The pain has lasted seven days or more and is not getting better: see a doctor.</summary>
    public static readonly Symptom NotBetterAfterAWeek = new("notBetterAfterAWeek", 24, TriageLevel.SeeDoctor, Source.NiceCksRedFlags);

    /// <summary>Numbness around the genitals or back passage (saddle anaesthesia): possible cauda equina syndrome, an emergency.</summary>
    public static readonly Symptom SaddleNumbness = new("saddleNumbness", 25, TriageLevel.Emergency, Source.NiceCksRedFlags, question: true);

    /// <summary>New trouble passing urine, or loss of bladder control: possible cauda equina syndrome, an emergency.</summary>
    public static readonly Symptom BladderProblems = new("bladderProblems", 26, TriageLevel.Emergency, Source.NiceCksRedFlags, question: true);

    /// <summary>Loss of bowel control: possible cauda equina syndrome, an emergency.</summary>
    public static readonly Symptom BowelIncontinence = new("bowelIncontinence", 27, TriageLevel.Emergency, Source.NiceCksRedFlags, question: true);

    /// <summary>New or worsening weakness in the legs: an emergency.</summary>
    public static readonly Symptom LegWeakness = new("legWeakness", 28, TriageLevel.Emergency, Source.NiceCksRedFlags, question: true);

    /// <summary>Dark, cola-coloured urine after a hard workout: possible exertional rhabdomyolysis, an emergency.</summary>
    public static readonly Symptom DarkUrine = new("darkUrine", 29, TriageLevel.Emergency, Source.Consensus, question: true);

    /// <summary>Extreme muscle pain and swelling out of proportion to the session: possible exertional rhabdomyolysis, an emergency.</summary>
    public static readonly Symptom ExtremeMusclePainAndSwelling = new("extremeMusclePainAndSwelling", 30, TriageLevel.Emergency, Source.Consensus, question: true);

    /// <summary>Fever with the back pain: see a doctor today.</summary>
    public static readonly Symptom Fever = new("fever", 31, TriageLevel.SeeDoctorUrgently, Source.NiceCksRedFlags, question: true);

    /// <summary>Significant trauma, such as a fall or a collision: see a doctor today.</summary>
    public static readonly Symptom SignificantTrauma = new("significantTrauma", 32, TriageLevel.SeeDoctorUrgently, Source.NiceCksRedFlags, question: true);

    /// <summary>A history of cancer, with new back pain: see a doctor today.</summary>
    public static readonly Symptom CancerHistory = new("cancerHistory", 33, TriageLevel.SeeDoctorUrgently, Source.NiceCksRedFlags, question: true);

    /// <summary>Unexplained weight loss: see a doctor today.</summary>
    public static readonly Symptom UnexplainedWeightLoss = new("unexplainedWeightLoss", 34, TriageLevel.SeeDoctorUrgently, Source.NiceCksRedFlags, question: true);

    /// <summary>Pain that is constant and worse at night: see a doctor today.</summary>
    public static readonly Symptom ConstantNightPain = new("constantNightPain", 35, TriageLevel.SeeDoctorUrgently, Source.NiceCksRedFlags, question: true);

    /// <summary>A pop was heard and the pain is severe (7 or more): see a doctor today.</summary>
    public static readonly Symptom PopWithSeverePain = new("popWithSeverePain", 36, TriageLevel.SeeDoctorUrgently, Source.Article);

    /// <summary>Unable to stand or walk: see a doctor today.</summary>
    public static readonly Symptom UnableToStandOrWalk = new("unableToStandOrWalk", 37, TriageLevel.SeeDoctorUrgently, Source.NiceCksRedFlags);

    /// <summary>New back pain in someone under 20 or over 50: see a doctor.</summary>
    public static readonly Symptom AgeUnder20OrOver50 = new("ageUnder20OrOver50", 38, TriageLevel.SeeDoctor, Source.NiceCksRedFlags);

    /// <summary>The pain has lasted fourteen days or more: too long for muscle soreness (DOMS then counts as unlikely).</summary>
    public static readonly Symptom LastedOverTwoWeeks = new("lastedOverTwoWeeks", 39);

    private static readonly Symptom[] Catalogue =
    [
        OnsetDuringWorkout, OnsetHoursAfter, OnsetNextDayOrLater, DullAche, SharpPain, ShootingPain, MildPain,
        ModeratePain, SeverePain, PopHeard, HardToStandUp, PainDownOneLeg, NumbnessBothLegs, SuddenJerk,
        PostureBrokeDown, MusclesTight, RecursAfterSessions, GettingBetter, GettingWorse, PainOnBothSides,
        HardOrUnaccustomedWorkout, SquatOrDeadlift, LiftingOrRunning, LastedOverAWeek, NotBetterAfterAWeek,
        SaddleNumbness, BladderProblems, BowelIncontinence, LegWeakness, DarkUrine, ExtremeMusclePainAndSwelling,
        Fever, SignificantTrauma, CancerHistory, UnexplainedWeightLoss, ConstantNightPain, PopWithSeverePain,
        UnableToStandOrWalk, AgeUnder20OrOver50, LastedOverTwoWeeks,
    ];

    private static readonly IdLookup<Symptom> Lookup = new(Catalogue, s => s.Id, "symptom");

    private Symptom(string id, int index, TriageLevel? redFlagLevel = null, Source? redFlagSource = null, bool question = false)
    {
        Id = id;
        Index = index;
        RedFlagLevel = redFlagLevel;
        RedFlagSource = redFlagSource;
        IsRedFlagQuestion = question;
        Text = Texts.Get("symptom." + id);
    }

    /// <summary>Every symptom, in a stable order.</summary>
    public static IReadOnlyList<Symptom> All { get; } = ValueList<Symptom>.Wrap(Catalogue);

    /// <summary>The red-flag questions a report answers by listing them in <see cref="SymptomReport.RedFlags"/>.</summary>
    public static IReadOnlyList<Symptom> RedFlagQuestions { get; } = ValueList<Symptom>.Wrap([.. Catalogue.Where(s => s.IsRedFlagQuestion)]);

    /// <summary>The stable machine key, as used in JSON (for example <c>popHeard</c>).</summary>
    public string Id { get; }

    /// <summary>A short text a person reads.</summary>
    public string Text { get; }

    /// <summary>The triage level this symptom raises triage to at least, or <see langword="null"/> when it is not a red flag.</summary>
    public TriageLevel? RedFlagLevel { get; }

    /// <summary>Where the red-flag rule comes from, or <see langword="null"/> when it is not a red flag.</summary>
    public Source? RedFlagSource { get; }

    /// <summary>Whether this symptom is a red flag.</summary>
    [MemberNotNullWhen(true, nameof(RedFlagLevel), nameof(RedFlagSource))]
    public bool IsRedFlag => RedFlagLevel is not null;

    /// <summary>Whether this is a red-flag question asked directly, rather than a symptom derived from other answers.</summary>
    public bool IsRedFlagQuestion { get; }

    /// <summary>Position in <see cref="All"/>, used as a bit in a <see cref="SymptomSet"/>.</summary>
    internal int Index { get; }

    internal static Symptom FromIndex(int index) => Catalogue[index];

    /// <summary>Finds the symptom with the given <see cref="Id"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The id is unknown (path <c>id</c>, code <see cref="ValidationCode.UnknownId"/>); the message lists every known id.</exception>
    public static Symptom FromId(string id) => Lookup.Get(id, nameof(id));

    /// <summary>Finds the symptom with the given <see cref="Id"/>, or returns <see langword="false"/>.</summary>
    public static bool TryFromId(string? id, [NotNullWhen(true)] out Symptom? symptom) => Lookup.TryGet(id, out symptom);

    static string ICatalogueEntry<Symptom>.CatalogueName => "symptom";

    /// <inheritdoc />
    public override string ToString() => Id;
}
