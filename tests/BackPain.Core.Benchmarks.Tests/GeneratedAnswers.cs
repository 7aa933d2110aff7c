
namespace BackPain.Core.Benchmarks.Tests;

/// <summary>
/// A seeded generator of valid symptom-report answers that sets every field of <see cref="SymptomReportBuilder"/>
/// (each optional one sometimes left out), including the red-flag questions, duplicate exercises and red flags, and
/// durations on both sides of the one-week and two-week boundaries.
/// </summary>
internal static class GeneratedAnswers
{
    private static readonly Symptom[] RedFlagQuestions = [.. Symptom.RedFlagQuestions];
    private static readonly Exercise[] Exercises = [.. Exercise.All];

    /// <summary><paramref name="count"/> answers from the seed; the same seed gives the same answers.</summary>
    public static IReadOnlyList<SymptomReportBuilder> Make(int count, int seed)
    {
#pragma warning disable CA5394 // Not security: a seeded, reproducible test-data generator.
        var random = new Random(seed);
        var answers = new SymptomReportBuilder[count];
        for (var i = 0; i < count; i++)
        {
            answers[i] = Next(random);
        }

        return answers;

        static SymptomReportBuilder Next(Random random)
        {
            var severity = random.Next(0, 11);
            return new SymptomReportBuilder
            {
                Severity = severity,
                Onset = Maybe(random, 0.8, () => (Onset)random.Next(3)),
                Character = severity == 0 ? null : Maybe(random, 0.8, () => (PainCharacter)random.Next(3)),
                Area = Maybe(random, 0.7, () => (BackArea)random.Next(3)),
                PopHeard = Chance(random, 0.15),
                HardToStandUp = Chance(random, 0.2),
                UnableToStandOrWalk = Chance(random, 0.05),
                Legs = Maybe(random, 0.6, () => random.NextDouble() switch
                {
                    < 0.6 => LegSymptoms.None,
                    < 0.9 => LegSymptoms.OneLeg,
                    _ => LegSymptoms.BothLegs,
                }),
                SuddenJerk = Chance(random, 0.25),
                Exercises = [.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => Exercises[random.Next(Exercises.Length)])],
                PostureBrokeDown = Chance(random, 0.3),
                MusclesTight = Chance(random, 0.3),
                RecursAfterSessions = Chance(random, 0.25),
                PainOnBothSides = Chance(random, 0.3),
                HardOrUnaccustomedWorkout = Chance(random, 0.35),
                PainDurationDays = Maybe(random, 0.8, () => random.NextDouble() switch
                {
                    < 0.1 => 7,
                    < 0.15 => 6,
                    < 0.2 => 14,
                    < 0.25 => 13,
                    < 0.3 => random.Next(0, 3651),
                    _ => random.Next(0, 21),
                }),
                Trend = Maybe(random, 0.7, () => (Trend)random.Next(3)),
                RedFlags = Chance(random, 0.2)
                    ? [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => RedFlagQuestions[random.Next(RedFlagQuestions.Length)])]
                    : [],
                Age = Maybe(random, 0.7, () => random.Next(0, 131)),
            };
        }

        static bool Chance(Random random, double p) => random.NextDouble() < p;

        static T? Maybe<T>(Random random, double p, Func<T> value)
            where T : struct
            => Chance(random, p) ? value() : null;
#pragma warning restore CA5394
    }
}
