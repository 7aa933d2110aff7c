using System.Globalization;
using CsCheck;

namespace BackPain.Core.Fhir.Tests.Support;

/// <summary>
/// A small CsCheck generator of whole situations for the FHIR mappings (the core's test project has the thorough ones;
/// this project does not reference it): a report over every field's valid range (<see cref="Reports.ValidReports"/>), an assessor
/// in English, German or Spanish, a history of 0–8 workouts around the start, a plan of 1–90 days and 0–6 check-ins
/// with pain, trends, clearances, new findings (urgent red flags among them) and causes ruled out or confirmed.
/// </summary>
public static class FhirCases
{
    /// <summary>The assessors of the three cultures the library ships texts for, built once.</summary>
    public static IReadOnlyList<BackPainAssessor> Assessors { get; } =
        [.. new[] { "en", "de", "es" }.Select(name => new BackPainAssessor(new AssessorOptions { Culture = CultureInfo.GetCultureInfo(name) }))];

    private static readonly Gen<CheckInAnswers> CheckInAnswersGen = Gen.Select(
        Gen.Frequency<int>((3, Gen.Const(0)), (4, Gen.Int[1, 6]), (2, Gen.Int[7, 10])),
        Gen.Enum<Trend>(),
        Gen.Frequency<Clearance>((6, Gen.Const(Clearance.None)), (1, Gen.Const(Clearance.LightActivity)), (2, Gen.Const(Clearance.FullTraining))),
        Gen.Frequency<Symptom[]>((5, Gen.Const(Array.Empty<Symptom>())), (2, Gen.OneOf([.. CheckInReport.SymptomsAllowed]).Array[1, 2])),
        Gen.Frequency<Cause[]>((6, Gen.Const(Array.Empty<Cause>())), (1, Gen.OneOf([.. Cause.All]).Array[1])),
        (pain, trend, clearance, findings, ruledOut) => new CheckInAnswers(pain, pain == 0 && trend == Trend.Worse ? Trend.Same : trend, clearance, findings, ruledOut));

    /// <summary>Every generated situation.</summary>
    public static Gen<FhirCase> All { get; } = Gen.Select(
        Reports.ValidReports,
        Gen.Int[0, Assessors.Count - 1],
        Gen.Int[0, 365].Select(days => new DateOnly(2026, 1, 1).AddDays(days)),
        Gen.Int[1, 90],
        Gen.Select(Gen.Int[-10, 10], Gen.OneOf([.. Exercise.All]).Array[1, 3], Gen.Int[1, 10].Nullable()).Array[0, 8],
        (report, assessor, start, length, workouts) => (report, assessor, start, length, workouts))
        .SelectMany(c => Gen.Select(Gen.Int[0, c.length - 1], CheckInAnswersGen).Array[0, 6].Select(checkIns => new FhirCase(
            c.report,
            Assessors[c.assessor],
            new PlanRequest(c.start, Days.Of(c.length)),
            new TrainingHistory(c.workouts.Select(w => new Workout(c.start.AddDays(w.Item1), w.Item2, w.Item3))),
            [.. checkIns.OrderBy(ci => ci.Item1).Select(ci => ci.Item2.On(c.start.AddDays(ci.Item1)))])));
}

/// <summary>The answers of a check-in, to be dated.</summary>
public sealed record CheckInAnswers(int Pain, Trend Trend, Clearance Clearance, Symptom[] NewSymptoms, Cause[] RuledOut)
{
    /// <summary>The check-in on <paramref name="date"/>.</summary>
    public CheckInReport On(DateOnly date) => new(date, Pain, Trend, Clearance, NewSymptoms, RuledOut);
}

/// <summary>One generated situation; its plan is made on demand.</summary>
public sealed record FhirCase(SymptomReport Report, BackPainAssessor Assessor, PlanRequest Request, TrainingHistory History, IReadOnlyList<CheckInReport> CheckIns)
{
    /// <summary>The plan of the case, with every check-in applied.</summary>
    public RecoveryPlan Plan()
    {
        var plan = RecoveryPlanner.Default.Plan(Assessor.Assess(Report), History, Request);
        foreach (var checkIn in CheckIns)
        {
            plan = plan.CheckIn(checkIn);
        }

        return plan;
    }

    /// <inheritdoc />
    public override string ToString()
        => $"{Assessor.Options.Culture.Name} report {Serialization.BackPainJson.Serialize(Report)}, {Request.Start:yyyy-MM-dd} for {Request.Length.Count} days, "
            + $"{History.Workouts.Count} workouts, check-ins {string.Join("; ", CheckIns.Select(c => Serialization.BackPainJson.Serialize(c)))}";
}
