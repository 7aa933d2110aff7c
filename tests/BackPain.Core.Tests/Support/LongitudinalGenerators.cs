using System.Globalization;
using CsCheck;

namespace BackPain.Core.Tests.Support;

/// <summary>
/// CsCheck generators for the longitudinal properties (domain.md §6b, §7): a report, a history of 0–30 workouts around
/// the start, a plan of 1–120 days, planner options, and 0–20 check-ins that exercise every part of a check-in: pain
/// 0–10 with a trend (never pain 0 and worse), several on one date now and then, clearances of both scopes, new findings
/// of <see cref="CheckInReport.SymptomsAllowed"/> with the urgent red flags frequent, causes ruled out and confirmed,
/// and pain coming back after a pain-free check-in.
/// </summary>
public static class LongitudinalGenerators
{
    /// <summary>The findings a check-in may report that are urgent red flags (see a doctor urgently, or an emergency).</summary>
    public static IReadOnlyList<Symptom> UrgentFindings { get; } =
        [.. CheckInReport.SymptomsAllowed.Where(s => s.RedFlagLevel is { } level && level >= TriageLevel.SeeDoctorUrgently)];

    /// <summary>Pain at a check-in: 0 in about three of ten, otherwise mild, moderate or severe.</summary>
    public static Gen<int> Pain { get; } = Gen.Frequency<int>(
        (3, Gen.Const(0)), (3, Gen.Int[1, 3]), (2, Gen.Int[4, 6]), (2, Gen.Int[7, 10]));

    /// <summary>No clearance in about six of ten check-ins, light activity in one, full training in three.</summary>
    public static Gen<Clearance> Clearances { get; } = Gen.Frequency<Clearance>(
        (6, Gen.Const(Clearance.None)), (1, Gen.Const(Clearance.LightActivity)), (3, Gen.Const(Clearance.FullTraining)));

    /// <summary>Mostly nothing new; otherwise one or two allowed findings, or one urgent red flag (fever, trauma, …).</summary>
    public static Gen<Symptom[]> NewSymptoms { get; } = Gen.Frequency<Symptom[]>(
        (6, Gen.Const(Array.Empty<Symptom>())),
        (3, Gen.OneOf([.. CheckInReport.SymptomsAllowed]).Array[1, 2]),
        (1, Gen.OneOf([.. UrgentFindings]).Select(s => new[] { s })));

    /// <summary>Mostly no cause; sometimes one of the catalogue (any cause, injuries included).</summary>
    public static Gen<Cause[]> SomeCause { get; } = Gen.Frequency<Cause[]>(
        (7, Gen.Const(Array.Empty<Cause>())),
        (1, Gen.OneOf([.. Cause.All]).Select(c => new[] { c })));

    /// <summary>How many check-ins: none in one case of eight, mostly a few, up to 20.</summary>
    public static Gen<int> CheckInCount { get; } = Gen.Frequency<int>(
        (1, Gen.Const(0)), (4, Gen.Int[1, 5]), (2, Gen.Int[6, 12]), (1, Gen.Int[13, 20]));

    /// <summary>The answers of one check-in, without its date.</summary>
    public static Gen<CheckInAnswers> Answers { get; } = Gen.Select(
        Pain, Gen.Enum<Trend>(), Clearances, NewSymptoms, SomeCause, SomeCause,
        (pain, trend, clearance, findings, ruledOut, confirmed) => new CheckInAnswers(
            pain,
            pain == 0 && trend == Trend.Worse ? Trend.Same : trend,
            clearance,
            findings,
            ruledOut,
            [.. confirmed.Except(ruledOut)]));

    /// <summary>
    /// 0–20 check-ins in a plan of <paramref name="length"/> days from <paramref name="start"/>, oldest first: dates
    /// anywhere in the plan, about one in six on the same date as the one before.
    /// </summary>
    public static Gen<CheckInReport[]> CheckIns(DateOnly start, int length) =>
        CheckInCount.SelectMany(n => Gen.Select(
            Gen.Int[0, length - 1].Array[n],
            Gen.Frequency<bool>((5, Gen.Const(false)), (1, Gen.Const(true))).Array[n],
            Answers.Array[n],
            (offsets, sameDate, answers) =>
            {
                Array.Sort(offsets);
                var checkIns = new CheckInReport[n];
                for (var i = 0; i < n; i++)
                {
                    if (i > 0 && sameDate[i])
                    {
                        offsets[i] = offsets[i - 1];
                    }

                    checkIns[i] = answers[i].On(start.AddDays(offsets[i]));
                }

                return checkIns;
            }));

    /// <summary>Every case: a report, options, a plan of 1–120 days, 0–30 workouts from two weeks before to two weeks after the start, and 0–20 check-ins.</summary>
    public static Gen<LongitudinalCase> Cases { get; } =
        Gen.Select(PlanGenerators.StartDate, PlanGenerators.Length, Generators.ValidReports, PlanGenerators.Options, (start, length, report, options) => (start, length, report, options))
            .SelectMany(c => Gen.Select(
                PlanGenerators.WorkoutCount.SelectMany(n => PlanGenerators.Workout(c.start, -14, 14).Array[n]),
                CheckIns(c.start, c.length),
                (workouts, checkIns) => new LongitudinalCase(c.start, c.length, c.report, workouts, checkIns, c.options)));
}

/// <summary>The answers of a check-in, to be dated.</summary>
public sealed record CheckInAnswers(int Pain, Trend Trend, Clearance Clearance, Symptom[] NewSymptoms, Cause[] RuledOut, Cause[] Confirmed)
{
    /// <summary>The check-in on <paramref name="date"/>.</summary>
    public CheckInReport On(DateOnly date) => new(date, Pain, Trend, Clearance, NewSymptoms, RuledOut, Confirmed);
}

/// <summary>
/// One sample of <see cref="LongitudinalGenerators.Cases"/>, generated once per test run and shared by the
/// longitudinal properties, so that each invariant is checked over the same <see cref="PropertyRuns.Iterations"/> cases
/// (at least 10,000). The seed is random unless BACKPAIN_LONGITUDINAL_SEED gives one; a failure message names it, so
/// that the run can be replayed.
/// </summary>
public static class LongitudinalSample
{
    private static readonly Lazy<IReadOnlyList<LongitudinalCase>> Sample = new(Generate);

    /// <summary>The seed of this run's sample.</summary>
    public static ulong Seed { get; } =
        ulong.TryParse(Environment.GetEnvironmentVariable("BACKPAIN_LONGITUDINAL_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : (ulong)Random.Shared.NextInt64(1, long.MaxValue);

    /// <summary>How many cases the sample holds, and so how many each property checks (the brief asks for at least 10,000).</summary>
    public static long Iterations => PropertyRuns.Iterations;

    /// <summary>The cases, as many as <see cref="PropertyRuns.Iterations"/>.</summary>
    public static IReadOnlyList<LongitudinalCase> Cases => Sample.Value;

    private static LongitudinalCase[] Generate()
    {
        var pcg = new PCG(1, Seed);
        var cases = new LongitudinalCase[PropertyRuns.Iterations];
        for (var i = 0; i < cases.Length; i++)
        {
            cases[i] = LongitudinalGenerators.Cases.Generate(pcg, null!, out _);
        }

        return cases;
    }
}
