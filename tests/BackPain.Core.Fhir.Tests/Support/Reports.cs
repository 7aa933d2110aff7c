using BackPain.Core.Serialization;
using CsCheck;

namespace BackPain.Core.Fhir.Tests.Support;

/// <summary>
/// The example stories (examples/*.json, copied beside the tests) and CsCheck generators of valid symptom reports and
/// check-ins, after the core tests' generator: every field over its whole valid range, the safety answers frequent.
/// Catalogue exercises only: the questionnaire cannot hold a custom exercise (a test of its own says so).
/// </summary>
internal static class Reports
{
    /// <summary>
    /// How many generated cases each property reads: 1,000 (the minimum), unless the environment variable
    /// BACKPAIN_PROPERTY_ITERATIONS says otherwise. Mutation testing sets it lower to keep each mutant's run short; the
    /// score it reports is then a lower bound.
    /// </summary>
    public static int Iterations { get; } =
        int.TryParse(Environment.GetEnvironmentVariable("BACKPAIN_PROPERTY_ITERATIONS"), out var n) && n > 0 ? n : 1_000;

    private static string ExamplesFolder => Path.Combine(AppContext.BaseDirectory, "examples");

    /// <summary>The names of the example stories that are symptom reports (every example but the history and the check-ins).</summary>
    public static TheoryData<string> ReportExamples => [.. Names().Where(n => n != "history" && !n.StartsWith("check-in", StringComparison.Ordinal))];

    /// <summary>The names of the example check-ins.</summary>
    public static TheoryData<string> CheckInExamples => [.. Names().Where(n => n.StartsWith("check-in", StringComparison.Ordinal))];

    public static SymptomReport Example(string name) => BackPainJson.DeserializeReport(File.ReadAllText(Path.Combine(ExamplesFolder, name + ".json")));

    public static CheckInReport ExampleCheckIn(string name) => BackPainJson.DeserializeCheckIn(File.ReadAllText(Path.Combine(ExamplesFolder, name + ".json")));

    private static IEnumerable<string> Names() => Directory.GetFiles(ExamplesFolder, "*.json").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    private static readonly Gen<bool> Sometimes = Gen.Frequency((2, false), (1, true));

    private static readonly Gen<int?> PainDurationDays = Gen.Frequency(
        (2, (IGen<int?>)Gen.Const(default(int?))),
        (5, Gen.Int[0, 21].Select(days => (int?)days)),
        (2, Gen.Int[0, SymptomReport.MaxPainDurationDays].Select(d => (int?)d)));

    private static readonly Gen<Symptom[]> RedFlags = Gen.Frequency(
        (3, (IGen<Symptom[]>)Gen.Const(Array.Empty<Symptom>())),
        (1, Gen.OneOf([.. Symptom.RedFlagQuestions]).Array[1, 3]));

    /// <summary>Valid symptom reports: severity 0–10, any onset, character (none with severity 0), area, legs and trend or none, each yes/no "yes" a third of the time, up to six catalogue exercises, red flags, an age 0–130 or none.</summary>
    public static Gen<SymptomReport> ValidReports { get; } = Gen.Select(
        Gen.Select(Gen.Int[0, 10], Gen.Enum<Onset>().Nullable(0.25), Gen.Enum<PainCharacter>().Nullable(0.25), Gen.Enum<BackArea>().Nullable(0.25), Gen.Enum<LegSymptoms>().Nullable(0.25)),
        Sometimes.Array[9],
        Gen.Select(Gen.OneOf([.. Exercise.All]).Array[0, 6], PainDurationDays, Gen.Enum<Trend>().Nullable(0.25), RedFlags, Gen.Int[0, 130].Nullable(0.25)),
        (first, yes, second) => new SymptomReportBuilder
        {
            Severity = first.Item1,
            Onset = first.Item2,
            Character = first.Item1 == 0 ? null : first.Item3,
            Area = first.Item4,
            Legs = first.Item5,
            PopHeard = yes[0],
            HardToStandUp = yes[1],
            SuddenJerk = yes[2],
            PostureBrokeDown = yes[3],
            MusclesTight = yes[4],
            RecursAfterSessions = yes[5],
            PainOnBothSides = yes[6],
            HardOrUnaccustomedWorkout = yes[7],
            UnableToStandOrWalk = yes[8],
            Exercises = [.. second.Item1],
            PainDurationDays = second.Item2,
            Trend = second.Item3,
            RedFlags = [.. second.Item4],
            Age = second.Item5,
        }.Build());

    /// <summary>Valid check-ins: any date of a year, pain 0–10, a trend (not worse with pain 0), a clearance, new symptoms and causes ruled out or confirmed (never both).</summary>
    public static Gen<CheckInReport> ValidCheckIns { get; } = Gen.Select(
        Gen.Int[0, 365].Select(d => new DateOnly(2026, 1, 1).AddDays(d)),
        Gen.Int[0, 10],
        Gen.Enum<Trend>(),
        Gen.Enum<Clearance>(),
        Gen.OneOf([.. CheckInReport.SymptomsAllowed]).Array[0, 3],
        Gen.Int[0, (1 << Cause.All.Count) - 1],
        Gen.Int[0, (1 << Cause.All.Count) - 1],
        (date, pain, trend, clearance, symptoms, ruledOut, confirmed) => new CheckInReport(
            date,
            pain,
            pain == 0 && trend == Trend.Worse ? Trend.Same : trend,
            clearance,
            symptoms,
            Cause.All.Where((_, i) => (ruledOut & (1 << i)) != 0),
            Cause.All.Where((_, i) => (confirmed & ~ruledOut & (1 << i)) != 0)));
}
