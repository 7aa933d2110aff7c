
namespace BackPain.Core.Tests.Concurrency;

/// <summary>The shared <c>Default</c> instances give exactly the sequential results when called from many threads.</summary>
public sealed class SharedInstanceTests
{
    private const int Threads = 8;
    private const int CallsPerThread = 10_000;
    private static readonly DateOnly Start = new(2026, 12, 1);

    [Fact]
    public void AssessPlanAndCheckIn_EightThreadsOnDefaultInstances_GiveTheSequentialResults()
    {
        var reports = Enumerable.Range(0, 64).Select(Report).ToArray();
        var history = TrainingHistory.Of(
            new Workout(Start.AddDays(-1), [Exercise.Squat, Exercise.Deadlift], rpe: 9),
            new Workout(Start.AddDays(-2), [Exercise.BenchPress, Exercise.PullUp]));
        var request = new PlanRequest(Start, Days.Of(14));

        // The expected results, computed once on this thread.
        var assessments = reports.Select(BackPainAssessor.Default.Assess).ToArray();
        var plans = assessments.Select(a => RecoveryPlanner.Default.Plan(a, history, request)).ToArray();
        var checkedIn = plans.Select(p => p.CheckIn(CheckIn(p))).ToArray();

        var mismatches = 0;
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, thread =>
        {
            for (var call = 0; call < CallsPerThread; call++)
            {
                var i = ((thread * 7919) + call) % reports.Length;
                var same = (call % 10) switch
                {
                    0 => RecoveryPlanner.Default.Plan(assessments[i], history, request).Equals(plans[i]),
                    1 => plans[i].CheckIn(CheckIn(plans[i])).Equals(checkedIn[i]),
                    _ => BackPainAssessor.Default.Assess(reports[i]).Equals(assessments[i]),
                };
                if (!same)
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        });

        mismatches.Should().Be(0);
    }

    [Fact]
    public void AnAssessmentsExplanation_ReadByEightThreadsAtOnce_IsOneAndTheSameForEveryThread()
    {
        var reports = Enumerable.Range(0, 16).Select(Report).ToArray();
        var expected = reports.Select(r => Explanation(BackPainAssessor.Default.Assess(r))).ToArray();

        for (var i = 0; i < reports.Length; i++)
        {
            // A fresh assessment whose lazily built lists no thread has read yet.
            var shared = BackPainAssessor.Default.Assess(reports[i]);
            using var start = new Barrier(Threads);
            var seen = new object[Threads][];
            var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                seen[t] = Explanation(shared);
            })).ToArray();
            Array.ForEach(threads, t => t.Start());
            Array.ForEach(threads, t => t.Join());

            foreach (var lists in seen)
            {
                lists.Should().Equal(expected[i], "every thread reads the lists a single thread reads");
                lists.Zip(seen[0]).Should().OnlyContain(pair => ReferenceEquals(pair.First, pair.Second), "the lists are built once and shared");
            }
        }
    }

    private static object[] Explanation(Assessment assessment)
        => [.. assessment.Causes.SelectMany(c => new object[] { c.Supporting, c.Against }), assessment.Remedies, assessment.Restrictions, assessment.Summary];

    private static CheckInReport CheckIn(RecoveryPlan plan) => new(Start.AddDays(8), pain: 0, Trend.Better, clearance: plan.Assessment.Triage.Level.SuspendsTraining ? Clearance.FullTraining : Clearance.None);

    private static SymptomReport Report(int seed) => new SymptomReportBuilder
    {
        Severity = seed % 11,
        Onset = (Onset)(seed % 3),
        Character = seed % 11 == 0 ? null : (PainCharacter)(seed % 3),
        PopHeard = seed % 5 == 0,
        HardToStandUp = seed % 7 == 0,
        Legs = (LegSymptoms)(seed % 4 == 3 ? 1 : 0),
        SuddenJerk = seed % 6 == 0,
        MusclesTight = seed % 2 == 0,
        PostureBrokeDown = seed % 3 == 0,
        Exercises = seed % 2 == 0 ? [Exercise.Deadlift] : [Exercise.Running, Exercise.Plank],
        PainDurationDays = seed % 10,
        RedFlags = seed % 13 == 0 ? [Symptom.Fever] : [],
    }.Build();
}
