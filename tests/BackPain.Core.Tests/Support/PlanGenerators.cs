using System.Globalization;
using BackPain.Core.Assessment;
using BackPain.Core.Domain;
using BackPain.Core.Recovery;
using CsCheck;

namespace BackPain.Core.Tests.Support;

/// <summary>
/// CsCheck generators for recovery-plan properties: symptom reports, training histories around the start date,
/// plan lengths, planner options, and sequences of check-ins with increasing dates inside the plan.
/// </summary>
public static class PlanGenerators
{
    /// <summary>How many cases each property runs (the brief asks for at least 10,000).</summary>
    public static long Iterations => PropertyRuns.Iterations;

    /// <summary>The longest plan the properties generate (kept modest so that the whole run stays fast).</summary>
    public const int MaxLength = 120;

    private static readonly DateOnly Epoch = new(2025, 1, 1);

    /// <summary>A start date within two years (leap day included).</summary>
    public static Gen<DateOnly> StartDate { get; } = Gen.Int[0, 730].Select(Epoch.AddDays);

    /// <summary>Any exercise of the catalogue.</summary>
    public static Gen<Exercise> AnyExercise { get; } = Gen.OneOf([.. Exercise.All]);

    /// <summary>A red-flag question of domain.md §4 (urgent or emergency).</summary>
    public static Gen<Symptom> RedFlagQuestion { get; } = Gen.OneOf([.. Symptom.RedFlagQuestions]);

    /// <summary>Any finding that is a red flag, at any level.</summary>
    public static Gen<Symptom> AnyRedFlag { get; } = Gen.OneOf([.. Symptom.All.Where(s => s.IsRedFlag)]);

    /// <summary>
    /// Valid answers of a symptom report: severity 0–10, any answer to each question or none, up to three exercises,
    /// mostly no red-flag question (otherwise one or two), leg symptoms in both legs (an emergency) only now and then.
    /// </summary>
    public static Gen<SymptomReport> Report { get; } = Gen.Select(
        Gen.Select(
            Gen.Int[0, 10],
            Gen.Enum<Onset>().Nullable(),
            Gen.Enum<PainCharacter>().Nullable(),
            Gen.Enum<BackArea>().Nullable(),
            Gen.Frequency<LegSymptoms>((6, Gen.Const(LegSymptoms.None)), (3, Gen.Const(LegSymptoms.OneLeg)), (1, Gen.Const(LegSymptoms.BothLegs))),
            Gen.Int[0, (1 << 8) - 1],
            Gen.Frequency<bool>((7, Gen.Const(false)), (1, Gen.Const(true)))),
        Gen.Select(
            AnyExercise.Array[0, 3],
            Gen.Int[0, 14].Nullable(),
            Gen.Enum<Trend>().Nullable(),
            Gen.Frequency<Symptom[]>((4, Gen.Const(Array.Empty<Symptom>())), (1, RedFlagQuestion.Array[1, 2])),
            Gen.Int[10, 80].Nullable()),
        (first, second) =>
        {
            var (severity, onset, character, area, legs, yes, unableToStand) = first;
            var (exercises, days, trend, redFlags, age) = second;
            return new SymptomReportBuilder
            {
                Severity = severity,
                Onset = onset,
                Character = severity == 0 ? null : character,
                Area = area,
                Legs = legs,
                PopHeard = Bit(yes, 0),
                HardToStandUp = Bit(yes, 1),
                SuddenJerk = Bit(yes, 2),
                PostureBrokeDown = Bit(yes, 3),
                MusclesTight = Bit(yes, 4),
                RecursAfterSessions = Bit(yes, 5),
                PainOnBothSides = Bit(yes, 6),
                HardOrUnaccustomedWorkout = Bit(yes, 7),
                UnableToStandOrWalk = unableToStand,
                Exercises = [.. exercises],
                PainDuration = days is { } d ? TimeSpan.FromDays(d) : null,
                Trend = trend,
                RedFlags = [.. redFlags],
                Age = age,
            }.Build();
        });

    /// <summary>Mostly the default options; otherwise stricter rest (0–2 extra days), any hard threshold 1–8 and any check-in interval 1–7.</summary>
    public static Gen<PlannerOptions> Options { get; } = Gen.Frequency<PlannerOptions>(
        (3, Gen.Const(PlannerOptions.Default)),
        (1, Gen.Select(Gen.Int[0, 2], Gen.Int[0, 2], Gen.Int[1, 8], Gen.Int[1, 7], (small, large, rpe, interval) => new PlannerOptions
        {
            ExtraRestSmall = Days.Of(small),
            ExtraRestLarge = Days.Of(large),
            HardRpeThreshold = rpe,
            CheckInInterval = Days.Of(interval),
        })));

    /// <summary>
    /// A plan length of 1–120 days, mostly up to three weeks (four in five), so that 10,000 cases stay fast; the rest
    /// reach past the six-week minimum healing time of a slipped disc and a ligament tear.
    /// </summary>
    public static Gen<int> Length { get; } = Gen.Frequency<int>((4, Gen.Int[1, 21]), (1, Gen.Int[22, MaxLength]));

    /// <summary>How many workouts a history holds: 0–30, mostly up to ten (three in four).</summary>
    public static Gen<int> WorkoutCount { get; } = Gen.Frequency<int>((3, Gen.Int[0, 10]), (1, Gen.Int[11, 30]));

    /// <summary>Every case: histories of 0–30 workouts from two weeks before to two weeks after the start.</summary>
    public static Gen<PlanCase> Cases { get; } = CasesWithWorkoutsBetween(-14, 14);

    /// <summary>A workout <paramref name="firstOffset"/> to <paramref name="lastOffset"/> days from <paramref name="start"/>: 1–3 exercises, an RPE or none, mostly not marked hard.</summary>
    public static Gen<Workout> Workout(DateOnly start, int firstOffset, int lastOffset) => Gen.Select(
        Gen.Int[firstOffset, lastOffset],
        AnyExercise.Array[1, 3],
        Gen.Int[1, 10].Nullable(),
        Gen.Frequency<bool>((3, Gen.Const(false)), (1, Gen.Const(true))),
        (offset, exercises, rpe, hard) => new Workout(start.AddDays(offset), exercises, rpe, hard));

    /// <summary>
    /// 0–4 check-ins on distinct days of a plan of <paramref name="length"/> days from <paramref name="start"/>, oldest
    /// first: pain 0 in about two of five, a clearance in about one of three, now and then a new red flag.
    /// </summary>
    public static Gen<CheckInReport[]> CheckIns(DateOnly start, int length) => Gen.Select(
        Gen.Int[0, length - 1].Array[0, Math.Min(4, length)],
        CheckInAnswers.Array[4],
        (offsets, answers) =>
        {
            var days = offsets.Distinct().Order().ToArray();
            var checkIns = new CheckInReport[days.Length];
            for (var i = 0; i < days.Length; i++)
            {
                var (pain, trend, cleared, flags) = answers[i];
                checkIns[i] = new CheckInReport(start.AddDays(days[i]), pain, trend, cleared ? Clearance.FullTraining : Clearance.None, flags);
            }

            return checkIns;
        });

    private static Gen<(int Pain, Trend Trend, bool Cleared, Symptom[] Flags)> CheckInAnswers { get; } = Gen.Select(
        Gen.Frequency<int>((2, Gen.Const(0)), (3, Gen.Int[1, 10])),
        Gen.Enum<Trend>(),
        Gen.Frequency<bool>((2, Gen.Const(false)), (1, Gen.Const(true))),
        Gen.Frequency<Symptom[]>(
            (8, Gen.Const(Array.Empty<Symptom>())),
            (1, RedFlagQuestion.Select(s => new[] { s })),
            (1, AnyRedFlag.Select(s => new[] { s }))),
        (pain, trend, cleared, flags) => (pain, trend, cleared, flags));

    private static Gen<PlanCase> CasesWithWorkoutsBetween(int firstOffset, int lastOffset) =>
        Gen.Select(StartDate, Length, Report, Options, (start, length, report, options) => (start, length, report, options))
            .SelectMany(c => Gen.Select(
                WorkoutCount.SelectMany(n => Workout(c.start, firstOffset, lastOffset).Array[n]),
                CheckIns(c.start, c.length),
                (workouts, checkIns) => new PlanCase(c.start, c.length, c.report, workouts, checkIns, c.options)));

    private static bool Bit(int bits, int index) => (bits & (1 << index)) != 0;

    /// <summary>
    /// One generated planning situation and the plans it gives: <see cref="Plans"/>[0] before any check-in, then one plan
    /// after each check-in in turn.
    /// </summary>
    public sealed class PlanCase
    {
        /// <summary>Plans the case with the planner its options call for.</summary>
        public PlanCase(DateOnly start, int length, SymptomReport report, Workout[] workouts, CheckInReport[] checkIns, PlannerOptions options)
        {
            Start = start;
            Length = length;
            Report = report;
            Workouts = workouts;
            CheckIns = checkIns;
            Options = options;
            Assessment = BackPainAssessor.Default.Assess(report);
            var planner = options == PlannerOptions.Default ? RecoveryPlanner.Default : new RecoveryPlanner(options);
            var plans = new RecoveryPlan[checkIns.Length + 1];
            plans[0] = planner.Plan(Assessment, new TrainingHistory(workouts), new PlanRequest(start, Days.Of(length)));
            for (var i = 0; i < checkIns.Length; i++)
            {
                plans[i + 1] = plans[i].CheckIn(checkIns[i]);
            }

            Plans = plans;
        }

        /// <summary>The first day of the plan.</summary>
        public DateOnly Start { get; }

        /// <summary>How many days the plan covers.</summary>
        public int Length { get; }

        /// <summary>The report that was assessed.</summary>
        public SymptomReport Report { get; }

        /// <summary>The workouts of the history, in the generated (unsorted) order.</summary>
        public IReadOnlyList<Workout> Workouts { get; }

        /// <summary>The check-ins, oldest first, on distinct dates inside the plan.</summary>
        public IReadOnlyList<CheckInReport> CheckIns { get; }

        /// <summary>The planner options.</summary>
        public PlannerOptions Options { get; }

        /// <summary>The assessment of <see cref="Report"/> by the default assessor.</summary>
        public global::BackPain.Core.Assessment.Assessment Assessment { get; }

        /// <summary>The plan before any check-in, then after each check-in in turn.</summary>
        public IReadOnlyList<RecoveryPlan> Plans { get; }

        /// <summary>The plan after every check-in.</summary>
        public RecoveryPlan Final => Plans[^1];

        /// <summary>The check-ins that <see cref="Plans"/>[<paramref name="index"/>] has seen.</summary>
        public IReadOnlyList<CheckInReport> CheckInsSeenBy(int index) => [.. CheckIns.Take(index)];

        /// <summary>Plans the same case again from inputs rebuilt from scratch (a new report, workouts, options and planner).</summary>
        public PlanCase Rebuilt() => new(
            Start,
            Length,
            Report.ToBuilder().Build(),
            [.. Workouts.Select(w => new Workout(w.Date, [.. w.Exercises], w.Rpe, w.IsHard))],
            [.. CheckIns.Select(c => new CheckInReport(c.Date, c.Pain, c.Trend, c.Clearance, [.. c.NewFindings], [.. c.CausesRuledOut], [.. c.CausesConfirmed]))],
            Options with { });

        /// <summary>The case in a few lines, for the message of a failing property.</summary>
        public override string ToString() => string.Join(
            Environment.NewLine,
            string.Create(CultureInfo.InvariantCulture, $"start {Start:yyyy-MM-dd}, {Length} days, options {Options}"),
            $"report: severity {Report.Severity}, onset {Report.Onset}, character {Report.Character}, area {Report.Area}, legs {Report.Legs}, "
                + $"pop {Report.PopHeard}, hardToStand {Report.HardToStandUp}, unable {Report.UnableToStandOrWalk}, jerk {Report.SuddenJerk}, "
                + $"posture {Report.PostureBrokeDown}, tight {Report.MusclesTight}, recurs {Report.RecursAfterSessions}, "
                + $"bothSides {Report.PainOnBothSides}, hard {Report.HardOrUnaccustomedWorkout}, exercises [{string.Join(" ", Report.Exercises)}], "
                + $"duration {Report.PainDuration}, trend {Report.Trend}, redFlags [{string.Join(" ", Report.RedFlags)}], age {Report.Age}",
            $"assessment: triage {Assessment.Triage.Level}, causes {string.Join(" ", Assessment.Causes.Select(c => $"{c.Cause}={c.Band}"))}",
            "workouts: " + string.Join("; ", Workouts.Select(w => string.Create(
                CultureInfo.InvariantCulture, $"{w.Date:yyyy-MM-dd} [{string.Join(" ", w.Exercises)}] rpe {w.Rpe} hard {w.IsHard}"))),
            "check-ins: " + string.Join("; ", CheckIns.Select(c => string.Create(
                CultureInfo.InvariantCulture, $"{c.Date:yyyy-MM-dd} pain {c.Pain} {c.Trend} cleared {c.Clearance == Clearance.FullTraining} flags [{string.Join(" ", c.NewFindings)}]"))));
    }
}
