using System.Collections.Concurrent;
using System.Globalization;
using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Recovery;

/// <summary>
/// The invariants of domain.md §7 for plans over time, one property each, checked after every check-in. Each case plans
/// a generated report and history, applies 0–20 generated check-ins one by one with <see cref="RecoveryPlan.CheckIn"/>,
/// and compares every plan (the first, each one after a check-in, and so the final one) day by day with
/// <see cref="LongitudinalOracle"/>, which is written from domain.md §5, §6, §6b and the library's decisions, not from
/// the planner. The checks themselves are <see cref="LongitudinalInvariants"/>, shared with the "life" fuzz target.
/// </summary>
/// <remarks>
/// The properties share one sample of <see cref="PropertyRuns.Iterations"/> cases (<see cref="LongitudinalSample"/>) and
/// one pass over it (<see cref="Run"/>): each case is planned once, and every invariant is checked on it, each on its own
/// and recorded apart, so each property below reports its own failures over the whole sample (planning each case once
/// instead of seven times keeps the file well under a minute on two cores). A check goes on after a failure, so a
/// property reports every kind of failure (the check that found it), each with how many cases show it and the smallest
/// of them (fewest check-ins, then shortest plan) with every input, and the sample's seed to replay the run.
/// </remarks>
public class LongitudinalPropertyTests
{
    private static readonly Lazy<Run> Shared = new(() => Run.Over(LongitudinalSample.Cases), LazyThreadSafetyMode.ExecutionAndPublication);

    [Fact]
    public void CheckIns_NeverScheduleCoreWorkForAnUnhealedInjuryNorAnyTrainingWhileARedFlagIsOpen()
    {
        var run = Shared.Value.Verified(LongitudinalInvariant.CoreWorkAndRedFlags);
        run.Expect("unhealedDays", run.Cases, "many days must have an injury that has not healed");
        run.Expect("suspendedDays", run.Cases / 10, "many days must have an urgent red flag open");
        run.Expect("healedThenPain", run.Cases / 20, "many injuries must heal, then see pain again");
        run.Expect("reinjured", run.Cases / 50, "some injuries must be re-opened by pain after healing");
        run.Expect("suspensionLifted", run.Cases / 50, "some suspensions must be lifted by a clearance");
        run.Expect("openedAtCheckIn", run.Cases / 50, "some injuries must open at a check-in");
    }

    [Fact]
    public void CheckIns_NeverTrainAMuscleSoonerThanItsRestAllows()
    {
        var run = Shared.Value.Verified(LongitudinalInvariant.Rest);
        run.Expect("restingDays", run.Cases, "many muscles must rest on plan days");
        run.Expect("coreSessions", run.Cases, "many plans must schedule core sessions");
        run.Expect("reportWorkouts", run.Cases / 2, "most reports must name the workout's exercises");
    }

    [Fact]
    public void CheckIns_NeverLeaveTriageBelowAnOpenRedFlagNorLowerTheHighestLevel()
    {
        var run = Shared.Value.Verified(LongitudinalInvariant.Triage);
        run.Expect("raised", run.Cases / 10, "many check-ins must raise triage");
        run.Expect("resolved", run.Cases / 50, "some urgent levels must be resolved by a clearance");
    }

    [Fact]
    public void CheckIns_GiveTheSamePlanFromEqualInputsAndNeverThrow() => Shared.Value.Verified(LongitudinalInvariant.Deterministic);

    [Fact]
    public void CheckIns_GiveAPlanThatJsonReadsBackEqualAndAsIfBuiltAtOnce()
    {
        var run = Shared.Value.Verified(LongitudinalInvariant.Json);
        run.Expect("withCheckIns", run.Cases / 2, "most plans read back must hold check-ins");
    }

    [Fact]
    public void CheckIns_KeepEveryQueryOfThePlanInAgreementOnEveryDay()
    {
        var run = Shared.Value.Verified(LongitudinalInvariant.Queries);
        run.Expect("blockedDays", run.Cases, "many muscles must be blocked on plan days");
        run.Expect("openAvailability", run.Cases / 20, "some muscles must wait for a condition still open");
    }

    [Fact]
    public void CheckIns_NeverMakeADayLooserThanTheRulesAllowNorStricter()
    {
        var run = Shared.Value.Verified(LongitudinalInvariant.NoLooserNorStricter);
        run.Expect("keptDays", run.Cases, "many days must come before a check-in");
        run.Expect("strenuousHeldDays", run.Cases, "many days must hold strenuous exercise");
        run.Expect("noExerciseDays", run.Cases / 10, "many days must allow no exercise at all");
        run.Expect("lightOnlyDays", run.Cases / 20, "some days must allow light activity only");
        run.Expect("freeChecks", run.Cases * 10, "many muscles must be free on plan days");
        run.Expect("coreFreeAfterFullClearance", run.Cases / 20, "core work must often be free again after a full clearance of an injury");
        run.Expect("freeCoreWeeks", run.Cases / 20, "many plans with core work must have weeks free for it");
        run.Expect("freeAfterRuleOut", run.Cases / 50, "muscles must often be free after a clinician rules out an open injury");
    }

    /// <summary>
    /// One pass over the sample: each case is planned once (a throw is a failure of the never-throws property, and of
    /// every other, which cannot be checked), then every invariant is checked on it apart, its failures recorded apart.
    /// </summary>
    private sealed class Run
    {
        private readonly ConcurrentBag<(LongitudinalInvariant Invariant, string Kind, LongitudinalCase Case, string Message)> _failures = [];
        private readonly ConcurrentDictionary<LongitudinalInvariant, int> _checked = new();
        private readonly ConcurrentDictionary<string, int> _counters = new();
        private int _cases;

        public int Cases => _cases;

        public static Run Over(IReadOnlyList<LongitudinalCase> cases)
        {
            var run = new Run();
            Parallel.ForEach(cases, c =>
            {
                Interlocked.Increment(ref run._cases);
                PlannedCase planned;
                try
                {
                    planned = new PlannedCase(c);
                }
#pragma warning disable CA1031 // a throw is recorded as a failure, with its case
                catch (Exception e)
                {
                    foreach (var (invariant, _) in LongitudinalInvariants.All)
                    {
                        run._failures.Add((invariant, "planning or checking in threw", c, e.ToString()));
                    }

                    return;
                }

                foreach (var (invariant, check) in LongitudinalInvariants.All)
                {
                    planned.Failures.Clear();
                    try
                    {
                        check(planned);
                    }
                    catch (Exception e)
                    {
                        planned.Failures.Add(($"{invariant} threw {e.GetType().Name}", e.ToString()));
                    }
#pragma warning restore CA1031

                    run._checked.AddOrUpdate(invariant, 1, (_, n) => n + 1);
                    foreach (var (kind, message) in planned.Failures)
                    {
                        run._failures.Add((invariant, kind, c, message));
                    }
                }

                foreach (var (counter, n) in planned.Counters)
                {
                    run._counters.AddOrUpdate(counter, n, (_, total) => total + n);
                }
            });

            return run;
        }

        /// <summary>
        /// Fails when <paramref name="invariant"/> failed on any case: for each kind of failure (the check that found it),
        /// how many cases, and the smallest of them with every input. Otherwise checks it was checked on the whole sample.
        /// </summary>
        public Run Verified(LongitudinalInvariant invariant)
        {
            var kinds = _failures.Where(f => f.Invariant == invariant).GroupBy(f => f.Kind).OrderByDescending(g => g.Count()).ToList();
            if (kinds.Count > 0)
            {
                var report = new System.Text.StringBuilder();
                report.Append(CultureInfo.InvariantCulture, $"{kinds.Sum(g => g.Select(f => f.Case).Distinct().Count())} failures in {_cases} cases, of {kinds.Count} kind(s) ");
                report.Append(CultureInfo.InvariantCulture, $"(sample seed {LongitudinalSample.Seed}; set BACKPAIN_LONGITUDINAL_SEED={LongitudinalSample.Seed} to replay it).");
                foreach (var kind in kinds)
                {
                    var smallest = kind.OrderBy(f => f.Case.Size).First();
                    report.AppendLine().AppendLine();
                    report.Append(CultureInfo.InvariantCulture, $"[{kind.Key}] in {kind.Count()} case(s); the smallest:{Environment.NewLine}{smallest.Message}{Environment.NewLine}{smallest.Case}");
                }

                throw new Xunit.Sdk.XunitException(report.ToString());
            }

            _checked.GetValueOrDefault(invariant).Should().Be(_cases).And.BeGreaterThanOrEqualTo((int)LongitudinalSample.Iterations, "each invariant is checked on every case of the sample");
            return this;
        }

        /// <summary>LongitudinalInvariants.All that the sample reached a situation often enough for the property to mean something.</summary>
        public void Expect(string counter, int atLeast, string because) =>
            _counters.GetValueOrDefault(counter).Should().BeGreaterThanOrEqualTo(atLeast, because);
    }
}
