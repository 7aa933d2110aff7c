using System.Globalization;
using CsCheck;

namespace BackPain.Core.Tests.Support;

/// <summary>
/// CsCheck generators for the domain model, shared by every property test: dates, exercises, workouts, histories,
/// symptom sets, and the answers of a symptom report (valid ones, and invalid ones that know which fields are bad),
/// and tuned assessors.
/// Each builder a generator yields is a fresh object, so a test may change it.
/// </summary>
public static class Generators
{
    /// <summary>How many cases each property test runs (the brief asks for at least 10,000).</summary>
    public static long Iterations => PropertyRuns.Iterations;

    /// <summary>The first date <see cref="AnyDate"/> generates.</summary>
    public static readonly DateOnly Epoch = new(2025, 1, 1);

    /// <summary>A date in the year from <see cref="Epoch"/>.</summary>
    public static Gen<DateOnly> AnyDate { get; } = Gen.Int[0, 365].Select(Epoch.AddDays);

    /// <summary>Any muscle group of the catalogue.</summary>
    public static Gen<MuscleGroup> AnyMuscle { get; } = Gen.OneOf([.. MuscleGroup.All]);

    /// <summary>Any exercise of the catalogue.</summary>
    public static Gen<Exercise> CatalogueExercise { get; } = Gen.OneOf([.. Exercise.All]);

    /// <summary>A custom exercise: one of a few names, one to three primary muscles, up to three secondary ones.</summary>
    public static Gen<Exercise> CustomExercise { get; } = Gen.Select(
        Gen.Int[1, 5], Gen.Bool, AnyMuscle.Array[1, 3], AnyMuscle.Array[0, 3],
        (n, strenuous, primary, secondary) => Exercise.Custom(
            "Custom exercise " + n.ToString(CultureInfo.InvariantCulture), strenuous, primary, secondary));

    /// <summary>Mostly catalogue exercises, sometimes a custom one.</summary>
    public static Gen<Exercise> AnyExercise { get; } = Gen.Frequency<Exercise>((9, CatalogueExercise), (1, CustomExercise));

    /// <summary>Any finding of the catalogue.</summary>
    public static Gen<Symptom> AnySymptom { get; } = Gen.OneOf([.. Symptom.All]);

    /// <summary>A list of findings, possibly with duplicates.</summary>
    public static Gen<Symptom[]> SymptomList { get; } = AnySymptom.Array[0, 20];

    /// <summary>Any set of findings.</summary>
    public static Gen<SymptomSet> AnySymptomSet { get; } = SymptomList.Select(list => SymptomSet.Of(list));

    /// <summary>A red-flag question (domain.md §4) a report may list in <see cref="SymptomReportBuilder.RedFlags"/>.</summary>
    public static Gen<Symptom> RedFlagQuestion { get; } = Gen.OneOf([.. DomainSpec.RedFlagQuestionIds.Select(Symptom.FromId)]);

    /// <summary>A finding that is not a red-flag question, so a report must not list it as a red flag.</summary>
    public static Gen<Symptom> NotARedFlagQuestion { get; } = Gen.OneOf([.. Symptom.All.Where(s => !DomainSpec.IsRedFlagQuestion(s))]);

    /// <summary>A yes/no answer that is "yes" about a third of the time.</summary>
    public static Gen<bool> Sometimes { get; } = Gen.Frequency((2, false), (1, true));

    /// <summary>A yes/no answer that is "yes" about one time in ten (the red flags that are answers of their own).</summary>
    public static Gen<bool> Rarely { get; } = Gen.Frequency((9, false), (1, true));

    /// <summary>
    /// A valid pain duration in whole days or none: unanswered, days around the one-week and two-week marks, the
    /// boundaries themselves, or anything up to the maximum of ten years.
    /// </summary>
    public static Gen<int?> PainDurationDays { get; } = Gen.Frequency(
        (2, (IGen<int?>)Gen.Const(default(int?))),
        (5, Gen.Int[0, 21].Select(days => (int?)days)),
        (1, Gen.OneOf<int?>(0, 6, 7, 13, 14, SymptomReport.MaxPainDurationDays)),
        (2, Gen.Int[7, SymptomReport.MaxPainDurationDays].Select(d => (int?)d)));

    /// <summary>Leg symptoms: mostly none or unanswered, sometimes one leg, rarely both (an emergency).</summary>
    public static Gen<LegSymptoms?> Legs { get; } = Gen.Frequency(
        (3, (LegSymptoms?)null),
        (3, LegSymptoms.None),
        (2, LegSymptoms.OneLeg),
        (1, LegSymptoms.BothLegs));

    /// <summary>The red-flag questions answered "yes": usually none, otherwise one to three (duplicates included, which a report drops).</summary>
    public static Gen<Symptom[]> RedFlags { get; } = Gen.Frequency(
        (3, (IGen<Symptom[]>)Gen.Const(Array.Empty<Symptom>())),
        (1, RedFlagQuestion.Array[1, 3]));

    /// <summary>An age: unanswered, or 0 to 130 with the §4 boundaries (19, 20, 50, 51) frequent.</summary>
    public static Gen<int?> Age { get; } = Gen.Frequency(
        (1, (IGen<int?>)Gen.Const(default(int?))),
        (3, Gen.Int[0, 130].Select(a => (int?)a)),
        (1, Gen.OneOf<int?>(19, 20, 50, 51)));

    /// <summary>
    /// Valid answers of a symptom report (domain.md §2), every field over its whole valid range, with the answers that
    /// decide safety rules (red flags, pops, legs, severe pain) frequent enough that every rule fires often: severity
    /// 0–10, any defined onset, character, area and trend or none, each yes/no answer "yes" a third of the time (unable
    /// to stand or walk one time in ten), up to six exercises (mostly from the catalogue, duplicates allowed), a pain
    /// duration within ten years or none, mostly no red flag, an age 0–130 or none. No pain character when severity is 0.
    /// The one generator of reports: the validation, assessment and plan properties all draw from it.
    /// </summary>
    public static Gen<SymptomReportBuilder> ValidAnswers { get; } = Gen.Select(
        Gen.Select(
            Gen.Int[0, 10],
            Gen.Enum<Onset>().Nullable(0.25),
            Gen.Enum<PainCharacter>().Nullable(0.25),
            Gen.Enum<BackArea>().Nullable(0.25),
            Legs),
        Gen.Select(Sometimes.Array[8], Rarely),
        Gen.Select(AnyExercise.Array[0, 6], PainDurationDays, Gen.Enum<Trend>().Nullable(0.25), RedFlags, Age),
        (first, yes, second) =>
        {
            var (severity, onset, character, area, legs) = first;
            var (often, unable) = yes;
            var (exercises, duration, trend, redFlags, age) = second;
            return new SymptomReportBuilder
            {
                Severity = severity,
                Onset = onset,
                Character = severity == 0 ? null : character,
                Area = area,
                Legs = legs,
                PopHeard = often[0],
                HardToStandUp = often[1],
                SuddenJerk = often[2],
                PostureBrokeDown = often[3],
                MusclesTight = often[4],
                RecursAfterSessions = often[5],
                PainOnBothSides = often[6],
                HardOrUnaccustomedWorkout = often[7],
                UnableToStandOrWalk = unable,
                Exercises = [.. exercises],
                PainDurationDays = duration,
                Trend = trend,
                RedFlags = [.. redFlags],
                Age = age,
            };
        });

    /// <summary>Valid reports: <see cref="ValidAnswers"/>, built.</summary>
    public static Gen<SymptomReport> ValidReports { get; } = ValidAnswers.Select(a => a.Build());

    /// <summary>
    /// Assessors over the whole range of likely thresholds <see cref="AssessorOptions"/> accepts, 0.4 to 0.95 in
    /// steps of 0.025, ends included. Built once: an assessor is meant to be built once and reused.
    /// </summary>
    public static IReadOnlyList<BackPainAssessor> TunedAssessors { get; } =
        [.. Enumerable.Range(0, 23).Select(i => new BackPainAssessor(new AssessorOptions { LikelyThreshold = Math.Round(0.4 + (i * 0.025), 3) }))];

    /// <summary>One of <see cref="TunedAssessors"/>.</summary>
    public static Gen<BackPainAssessor> TunedAssessor { get; } = Gen.OneOf([.. TunedAssessors]);

    /// <summary>
    /// Two sets of answers that mean the same: the second lists the red flags in another order with repeats, repeats
    /// some exercises after their first mention, writes the defaults out (lower back, no leg symptoms) or leaves them
    /// out, and says "hard to stand up" whenever it says "unable to stand or walk".
    /// </summary>
    public static Gen<(SymptomReportBuilder Answers, SymptomReportBuilder SameMeaning)> EquivalentAnswers { get; } =
        Gen.Select(ValidAnswers, Gen.Int[0, int.MaxValue], (answers, seed) => (answers, SameMeaning(answers, seed)));

    /// <summary>
    /// Answers with one or more independent bad fields, each one of: severity missing or outside 0–10; an undefined
    /// onset, character, area, legs or trend (cast from an int); a pain duration negative or over ten years; an age
    /// outside 0–130; entries in the red flags that are null or not red-flag questions; null exercises. A third of
    /// the cases have exactly one bad field. Carries the field paths a validation must name.
    /// </summary>
    public static Gen<BadAnswers> InvalidAnswers { get; } = Gen.Select(
        ValidAnswers,
        Gen.Frequency<int>((1, Gen.Int[0, 9].Select(field => 1 << field)), (2, Gen.Int[1, (1 << 10) - 1])),
        Gen.Select(
            Gen.Frequency<int?>((1, Gen.Const((int?)null)), (3, Outside(0, 10).Select(i => (int?)i))),
            Outside(0, 2),
            Outside(0, 2),
            Outside(0, 2),
            Outside(0, 2),
            Outside(0, 2),
            Outside(0, 130)),
        Gen.Select(
            Gen.Frequency<int>(
                (1, Gen.Int[int.MinValue, -1]),
                (1, Gen.Const(-1)),
                (1, Gen.Int[SymptomReport.MaxPainDurationDays + 1, int.MaxValue])),
            Gen.Select(Gen.Int[0, 100], NotARedFlagQuestion.Null(0.25)).Array[1, 3],
            Gen.Int[0, 100].Array[1, 3]),
        Corrupt);

    /// <summary>A workout: a date in <see cref="AnyDate"/>'s year, one to five exercises, an RPE 1–10 or none, hard or not.</summary>
    public static Gen<Workout> AnyWorkout { get; } = Gen.Select(
        AnyDate, AnyExercise.Array[1, 5], Gen.Int[1, 10].Nullable(), Gen.Bool,
        (date, exercises, rpe, hard) => new Workout(date, exercises, rpe, hard));

    /// <summary>The workouts of a history, in the (random) order a caller might give them.</summary>
    public static Gen<Workout[]> WorkoutList { get; } = AnyWorkout.Array[0, 20];

    /// <summary>A training history of up to twenty workouts.</summary>
    public static Gen<TrainingHistory> AnyHistory { get; } = WorkoutList.Select(workouts => new TrainingHistory(workouts));

    /// <summary>A one-line description of answers, for the message of a failing property.</summary>
    public static string Describe(SymptomReportBuilder answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return string.Join(", ", new[]
        {
            $"severity={answers.Severity}",
            $"onset={answers.Onset}",
            $"character={answers.Character}",
            $"area={answers.Area}",
            $"legs={answers.Legs}",
            $"pop={answers.PopHeard}",
            $"hardToStand={answers.HardToStandUp}",
            $"unableToStand={answers.UnableToStandOrWalk}",
            $"jerk={answers.SuddenJerk}",
            $"posture={answers.PostureBrokeDown}",
            $"tight={answers.MusclesTight}",
            $"recurs={answers.RecursAfterSessions}",
            $"bothSides={answers.PainOnBothSides}",
            $"hardWorkout={answers.HardOrUnaccustomedWorkout}",
            $"exercises=[{(answers.Exercises is null ? "null" : string.Join(" ", answers.Exercises.Select(e => e?.ToString() ?? "null")))}]",
            $"painDurationDays={answers.PainDurationDays}",
            $"trend={answers.Trend}",
            $"redFlags=[{(answers.RedFlags is null ? "null" : string.Join(" ", answers.RedFlags.Select(s => s?.ToString() ?? "null")))}]",
            $"age={answers.Age}",
        });
    }

    /// <summary>A copy of <paramref name="answers"/> with fresh lists.</summary>
    public static SymptomReportBuilder Copy(SymptomReportBuilder answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new SymptomReportBuilder
        {
            Severity = answers.Severity,
            Onset = answers.Onset,
            Character = answers.Character,
            Area = answers.Area,
            PopHeard = answers.PopHeard,
            HardToStandUp = answers.HardToStandUp,
            UnableToStandOrWalk = answers.UnableToStandOrWalk,
            Legs = answers.Legs,
            SuddenJerk = answers.SuddenJerk,
            Exercises = [.. answers.Exercises],
            PostureBrokeDown = answers.PostureBrokeDown,
            MusclesTight = answers.MusclesTight,
            RecursAfterSessions = answers.RecursAfterSessions,
            PainOnBothSides = answers.PainOnBothSides,
            HardOrUnaccustomedWorkout = answers.HardOrUnaccustomedWorkout,
            PainDurationDays = answers.PainDurationDays,
            Trend = answers.Trend,
            RedFlags = [.. answers.RedFlags],
            Age = answers.Age,
        };
    }

    /// <summary>Any int outside <paramref name="min"/>–<paramref name="max"/>, with the values next to the range and the extremes often.</summary>
    public static Gen<int> Outside(int min, int max) => Gen.Frequency<int>(
        (2, Gen.OneOf(min - 1, max + 1)),
        (1, Gen.OneOf(int.MinValue, int.MaxValue)),
        (3, Gen.Int[int.MinValue, min - 1]),
        (3, Gen.Int[max + 1, int.MaxValue]));

    private static bool Bit(int bits, int index) => (bits & (1 << index)) != 0;

    private static SymptomReportBuilder SameMeaning(SymptomReportBuilder answers, int seed)
    {
        var random = new Random(seed);
        var same = Copy(answers);
        same.RedFlags = [.. answers.RedFlags.Concat(answers.RedFlags.Where(_ => random.Next(2) == 0)).OrderBy(_ => random.Next())];
        same.Exercises = [.. answers.Exercises.Concat(answers.Exercises.Where(_ => random.Next(2) == 0))];
        same.Area = answers.Area ?? (random.Next(2) == 0 ? BackArea.LowerBack : null);
        same.Legs = answers.Legs ?? (random.Next(2) == 0 ? LegSymptoms.None : null);
        if (answers.Area == BackArea.LowerBack && random.Next(2) == 0)
        {
            same.Area = null;
        }

        if (answers.Legs == LegSymptoms.None && random.Next(2) == 0)
        {
            same.Legs = null;
        }

        same.HardToStandUp = answers.HardToStandUp || answers.UnableToStandOrWalk;
        return same;
    }

    private static BadAnswers Corrupt(
        SymptomReportBuilder answers,
        int which,
        (int? Severity, int Onset, int Character, int Area, int Legs, int Trend, int Age) bad,
        (int Duration, (int Position, Symptom? Symptom)[] RedFlags, int[] NullExercises) badLists)
    {
        var paths = new List<string>();
        if (Bit(which, 0))
        {
            answers.Severity = bad.Severity;
            paths.Add("severity");
        }

        if (Bit(which, 1))
        {
            answers.Onset = (Onset)bad.Onset;
            paths.Add("onset");
        }

        if (Bit(which, 2))
        {
            answers.Character = (PainCharacter)bad.Character;
            paths.Add("character");

            // Severity 0 with a character is a second, separate problem of the same field; keep one problem per field.
            if (answers.Severity == 0)
            {
                answers.Severity = 1;
            }
        }

        if (Bit(which, 3))
        {
            answers.Area = (BackArea)bad.Area;
            paths.Add("area");
        }

        if (Bit(which, 4))
        {
            answers.Legs = (LegSymptoms)bad.Legs;
            paths.Add("legs");
        }

        if (Bit(which, 5))
        {
            answers.PainDurationDays = badLists.Duration;
            paths.Add("painDurationDays");
        }

        if (Bit(which, 6))
        {
            answers.Trend = (Trend)bad.Trend;
            paths.Add("trend");
        }

        if (Bit(which, 7))
        {
            answers.Age = bad.Age;
            paths.Add("age");
        }

        if (Bit(which, 8))
        {
            List<Symptom?> flags = [.. answers.RedFlags];
            foreach (var (position, symptom) in badLists.RedFlags)
            {
                flags.Insert(position % (flags.Count + 1), symptom);
            }

            answers.RedFlags = flags!;
            for (var i = 0; i < flags.Count; i++)
            {
                if (flags[i] is not { } flag || !DomainSpec.IsRedFlagQuestion(flag))
                {
                    paths.Add($"redFlags[{i}]");
                }
            }
        }

        if (Bit(which, 9))
        {
            List<Exercise?> exercises = [.. answers.Exercises];
            foreach (var position in badLists.NullExercises)
            {
                exercises.Insert(position % (exercises.Count + 1), null);
            }

            answers.Exercises = exercises!;
            for (var i = 0; i < exercises.Count; i++)
            {
                if (exercises[i] is null)
                {
                    paths.Add($"exercises[{i}]");
                }
            }
        }

        return new BadAnswers(answers, paths);
    }
}

/// <summary>Invalid answers of a symptom report, and the field path of every problem a validation must report.</summary>
/// <param name="Answers">The answers.</param>
/// <param name="BadPaths">Every bad field's path, once per problem, in no particular order.</param>
public sealed record BadAnswers(SymptomReportBuilder Answers, IReadOnlyList<string> BadPaths)
{
    /// <inheritdoc />
    public override string ToString() => $"bad [{string.Join(", ", BadPaths)}] in {Generators.Describe(Answers)}";
}
