using BackPain.Core.Serialization;
using BackPain.Core.Tests.Support;

namespace BackPain.Core.Fuzz;

/// <summary>
/// The "life" target: the bytes decode (<see cref="Decode"/>) into a report, planner options, a training history, a
/// plan's dates and a sequence of check-ins; it assesses, plans, applies each check-in and writes every document to
/// JSON and back. The library may reject an input only the documented way (a <see cref="BackPainValidationException"/>,
/// the case then ends where it was rejected); every plan must meet the invariants of domain.md §7, checked by the same
/// oracle as the property tests (<see cref="LongitudinalInvariants"/> over <see cref="LongitudinalOracle"/>).
/// </summary>
internal static class LifeTarget
{
    private static readonly DateOnly Epoch = new(2025, 1, 1);

    public static void Check(byte[] data)
    {
        var (builder, options, start, length, workouts, checkIns) = Decode(new ByteSource(data));
        SymptomReport report;
        PlanRequest request;
        TrainingHistory history;
        RecoveryPlan plan;
        try
        {
            report = builder.Build();
            request = new PlanRequest(start, Days.Of(length));
            history = new TrainingHistory(workouts());
            plan = new RecoveryPlanner(options).Plan(BackPainAssessor.Default.Assess(report), history, request);
        }
        catch (BackPainValidationException)
        {
            return;
        }

        var assessment = plan.Assessment;
        var redFlags = assessment.RedFlags.Select(f => f.Level).Aggregate(TriageLevel.SelfCare, TriageLevel.Max);
        InvariantViolationException.Require(assessment.Triage.Level >= redFlags, () => $"triage {assessment.Triage.Level} is below the red flags' {redFlags}");
        RoundTrip(report, BackPainJson.Serialize, BackPainJson.DeserializeReport);
        RoundTrip(history, BackPainJson.Serialize, BackPainJson.DeserializeHistory);
        RoundTrip(assessment, BackPainJson.Serialize, BackPainJson.DeserializeAssessment);

        var accepted = new List<CheckInReport>();
        foreach (var next in checkIns)
        {
            try
            {
                var checkIn = next();
                plan = plan.CheckIn(checkIn);
                accepted.Add(checkIn);
                RoundTrip(checkIn, BackPainJson.Serialize, BackPainJson.DeserializeCheckIn);
            }
            catch (BackPainValidationException)
            {
                break;
            }
        }

        var planned = new PlannedCase(new LongitudinalCase(start, length, report, [.. history.Workouts], [.. accepted], options));
        foreach (var (invariant, check) in LongitudinalInvariants.All)
        {
            check(planned);
        }

        InvariantViolationException.Require(
            planned.Failures.Count == 0,
            () => string.Join(Environment.NewLine + Environment.NewLine, planned.Failures.Select(f => $"[{f.Kind}] {f.Message}")) + Environment.NewLine + planned.Case);
    }

    /// <summary>
    /// Decodes the bytes, in this order: the report's answers (mostly valid; an undefined enum value, a severity of 11, a
    /// pain duration or an age out of range now and then, which the library must reject), planner options (default in
    /// three of four), the start date and a plan of 1–45 days (365 for a byte of 255), 0–15 workouts from two weeks before
    /// to two weeks after the start, and 0–12 check-ins, each 0–7 days after the one before. The workouts and check-ins
    /// are built only when the target asks, since building may throw a validation error.
    /// </summary>
    private static (SymptomReportBuilder Report, PlannerOptions Options, DateOnly Start, int Length, Func<Workout[]> Workouts, Func<CheckInReport>[] CheckIns) Decode(ByteSource s)
    {
        var report = new SymptomReportBuilder
        {
            Severity = s.Below(13) switch { 12 => null, var v => v },
            Onset = s.EnumOrNull<Onset>(3),
            Character = s.EnumOrNull<PainCharacter>(3),
            Area = s.EnumOrNull<BackArea>(3),
            Legs = s.EnumOrNull<LegSymptoms>(3),
            Trend = s.EnumOrNull<Trend>(3),
            PainDurationDays = s.Below(6) switch
            {
                0 => null,
                1 => 7,
                2 => 14,
                3 => (s.Next() | (s.Next() << 8)) % 3660,
                _ => s.Below(22),
            },
            Age = s.Below(140) switch { 0 => null, var v => v - 1 },
        };
        var flags = s.Next() | (s.Next() << 8);
        report.PopHeard = (flags & 1) != 0;
        report.HardToStandUp = (flags & 2) != 0;
        report.UnableToStandOrWalk = (flags & 4) != 0 && (flags & 8) != 0;
        report.SuddenJerk = (flags & 16) != 0;
        report.PostureBrokeDown = (flags & 32) != 0;
        report.MusclesTight = (flags & 64) != 0;
        report.RecursAfterSessions = (flags & 128) != 0;
        report.PainOnBothSides = (flags & 256) != 0;
        report.HardOrUnaccustomedWorkout = (flags & 512) != 0;
        for (var n = s.Below(4); n > 0; n--)
        {
            report.Exercises.Add(s.OneOf(Exercise.All));
        }

        for (var n = s.Below(8) / 5; n > 0; n--)
        {
            report.RedFlags.Add(s.OneOf(Symptom.RedFlagQuestions));
        }

        var options = s.Below(4) != 0 ? PlannerOptions.Default : new PlannerOptions
        {
            ExtraRestSmall = Days.Of(s.Below(3)),
            ExtraRestLarge = Days.Of(s.Below(3)),
            HardRpeThreshold = 1 + s.Below(8),
            CheckInInterval = Days.Of(1 + s.Below(7)),
        };
        var start = Epoch.AddDays(s.Below(731));
        var length = s.Next() switch { 255 => 365, var v => 1 + (v % 45) };

        var workouts = new (int Offset, Exercise[] Exercises, int? Rpe, bool Hard)[s.Below(16)];
        for (var i = 0; i < workouts.Length; i++)
        {
            var exercises = new Exercise[1 + s.Below(3)];
            for (var e = 0; e < exercises.Length; e++)
            {
                exercises[e] = s.OneOf(Exercise.All);
            }

            workouts[i] = (s.Below(29) - 14, exercises, s.Below(11) switch { 0 => null, var v => v }, s.Below(4) == 0);
        }

        var checkIns = new Func<CheckInReport>[s.Below(13)];
        var date = start;
        for (var i = 0; i < checkIns.Length; i++)
        {
            date = date.AddDays(s.Below(8));
            var (on, pain, trend, clearance) = (date, s.Below(11), s.EnumOrNull<Trend>(3) ?? Trend.Same, s.EnumOrNull<Clearance>(3) ?? Clearance.None);
            var findings = new Symptom[s.Below(6) / 3];
            for (var f = 0; f < findings.Length; f++)
            {
                // Mostly a finding a check-in allows, sometimes any finding (which the library must reject).
                findings[f] = s.Below(8) == 0 ? s.OneOf(Symptom.All) : s.OneOf(CheckInReport.SymptomsAllowed);
            }

            Cause[] ruledOut = s.Below(8) == 0 ? [s.OneOf(Cause.All)] : [];
            Cause[] confirmed = s.Below(8) == 0 ? [s.OneOf(Cause.All)] : [];
            checkIns[i] = () => new CheckInReport(on, pain, trend, clearance, findings, ruledOut, confirmed);
        }

        return (report, options, start, length, () => [.. workouts.Select(w => new Workout(start.AddDays(w.Offset), w.Exercises, w.Rpe, w.Hard))], checkIns);
    }

    private static void RoundTrip<T>(T value, Func<T, string> write, Func<string, T> read)
        where T : notnull
    {
        var json = write(value);
        InvariantViolationException.Require(read(json).Equals(value), () => $"the {typeof(T).Name} read back from its own JSON is not equal to it:{Environment.NewLine}{json}");
    }
}
