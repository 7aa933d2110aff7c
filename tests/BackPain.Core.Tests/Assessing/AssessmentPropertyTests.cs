using BackPain.Core.Rules;
using BackPain.Core.Internal;
using CsCheck;
using static BackPain.Core.Tests.Support.Generators;

namespace BackPain.Core.Tests.Assessing;

/// <summary>
/// The invariants of domain.md §7 and issue 5 over generated reports (<see cref="Support.Generators.ValidReports"/>),
/// each checked on <see cref="Iterations"/> cases.
/// </summary>
public sealed class AssessmentPropertyTests
{
    private static readonly BackPainAssessor Assessor = BackPainAssessor.Default;

    private static readonly Cause[] AcuteInjuries = [Cause.PulledMuscle, Cause.SlippedDisc, Cause.LigamentTear];

    /// <summary>How serious each cause is: <see cref="Cause.All"/> lists them least serious first.</summary>
    private static readonly Dictionary<Cause, int> Seriousness = Cause.All.Select((cause, i) => (cause, i)).ToDictionary(x => x.cause, x => x.i);

    /// <summary>An answer that adds a red flag, and the red flag it adds.</summary>
    private static readonly (string Name, Action<SymptomReportBuilder> Add, Symptom RedFlag)[] RedFlagAdditions =
    [
        .. Symptom.RedFlagQuestions.Select(q => ("question " + q.Id, (Action<SymptomReportBuilder>)(a => a.RedFlags.Add(q)), q)),
        ("both legs", a => a.Legs = LegSymptoms.BothLegs, Symptom.NumbnessBothLegs),
        ("unable to stand or walk", a => a.UnableToStandOrWalk = true, Symptom.UnableToStandOrWalk),
        ("age 60", a => a.Age = 60, Symptom.AgeUnder20OrOver50),
        ("age 15", a => a.Age = 15, Symptom.AgeUnder20OrOver50),
        ("getting worse", a => a.Trend = Trend.Worse, Symptom.GettingWorse),
    ];

    /// <summary>An answer that adds a finding which supports at least one cause, and that finding.</summary>
    private static readonly (string Name, Action<SymptomReportBuilder> Add, Symptom Evidence)[] SupportingAdditions =
    [
        ("pop heard", a => a.PopHeard = true, Symptom.PopHeard),
        ("hard to stand up", a => a.HardToStandUp = true, Symptom.HardToStandUp),
        ("unable to stand or walk", a => a.UnableToStandOrWalk = true, Symptom.HardToStandUp),
        ("sudden jerk", a => a.SuddenJerk = true, Symptom.SuddenJerk),
        ("posture broke down", a => a.PostureBrokeDown = true, Symptom.PostureBrokeDown),
        ("recurs after sessions", a => a.RecursAfterSessions = true, Symptom.RecursAfterSessions),
        ("pain on both sides", a => a.PainOnBothSides = true, Symptom.PainOnBothSides),
        ("hard workout", a => a.HardOrUnaccustomedWorkout = true, Symptom.HardOrUnaccustomedWorkout),
        ("pain down one leg", a => a.Legs = LegSymptoms.OneLeg, Symptom.PainDownOneLeg),
        ("deadlift", a => a.Exercises.Add(Exercise.Deadlift), Symptom.SquatOrDeadlift),
        ("running", a => a.Exercises.Add(Exercise.Running), Symptom.LiftingOrRunning),
    ];

    private static readonly string RedFlagSentence = Texts.Get("summary.redFlags");

    private static readonly string UnclearSentence = Texts.Get("summary.unclear.seeClinician");

    private static readonly string SuspendedSentence = Texts.Get("summary.trainingSuspended");

    private static readonly string CoreBlockedSentence = Texts.Get("summary.coreBlocked");

    private static string Print(SymptomReport report) => report.ToString();

    /// <summary>
    /// domain.md §1, written from the spec: an injury may be possible only with one of its defining signs; pain lasting
    /// 14 days or more makes DOMS unlikely. Such a cause's score stays below possible.
    /// </summary>
    private static bool SpecHeldBelowPossible(Cause cause, SymptomSet s)
    {
        bool Has(params Symptom[] all) => all.All(s.Contains);
        if (cause == Cause.PulledMuscle)
        {
            return !Has(Symptom.SharpPain, Symptom.OnsetDuringWorkout);
        }

        if (cause == Cause.SlippedDisc)
        {
            return !(Has(Symptom.PainDownOneLeg) || Has(Symptom.NumbnessBothLegs)
                || Has(Symptom.SuddenJerk, Symptom.SquatOrDeadlift, Symptom.SeverePain) || Has(Symptom.SuddenJerk, Symptom.SquatOrDeadlift, Symptom.HardToStandUp));
        }

        if (cause == Cause.LigamentTear)
        {
            return !(Has(Symptom.PopHeard) || Has(Symptom.ShootingPain, Symptom.SeverePain, Symptom.OnsetDuringWorkout));
        }

        return cause == Cause.Doms && Has(Symptom.LastedOverTwoWeeks);
    }

    private static double SpecScore(Cause cause, SymptomSet symptoms)
    {
        var score = EvidenceRules.Score(EvidenceRules.For(cause).Where(r => symptoms.Contains(r.Symptom)).Sum(r => r.Weight));
        return SpecHeldBelowPossible(cause, symptoms) ? Math.Min(score, BackPainAssessor.PossibleThreshold - 0.01) : score;
    }

    private static bool IsPossible(Assessment assessment, Cause cause) => assessment.LikelihoodOf(cause).IsAtLeastPossible;

    [Fact]
    public void Assess_AnyValidAnswers_NeverThrows()
        => ValidAnswers.Sample(
            answers =>
            {
                answers.Validate().IsValid.Should().BeTrue("the generator makes only valid answers");
                Assessor.Assess(answers.Build()).Should().NotBeNull();
            },
            iter: Iterations,
            print: answers => answers.Validate().ToString());

    [Fact]
    public void Assess_AnyReport_TriageIsAtLeastEveryRedFlagsLevel()
        => ValidReports.Sample(
            report =>
            {
                var assessment = Assessor.Assess(report);
                foreach (var flag in assessment.RedFlags)
                {
                    (assessment.Triage.Level >= flag.Level).Should().BeTrue($"{flag.RuleId} requires {flag.Level}, triage is {assessment.Triage.Level}");
                }
            },
            iter: Iterations,
            print: Print);

    [Fact]
    public void Assess_AnyReport_RedFlagsAreExactlyTheRedFlagFindingsMostUrgentFirst()
        => ValidReports.Sample(
            report =>
            {
                var assessment = Assessor.Assess(report);
                var expected = report.Symptoms.Where(s => s.IsRedFlag).ToHashSet();
                var found = assessment.RedFlags.Select(f => f.Symptom).ToList();
                (found.Count == expected.Count && expected.SetEquals(found)).Should().BeTrue($"red flags [{string.Join(", ", found)}] must be [{string.Join(", ", expected)}]");
                for (var i = 0; i < found.Count; i++)
                {
                    var flag = assessment.RedFlags[i];
                    (flag.Level == flag.Symptom.RedFlagLevel && flag.RuleId == "redFlag." + flag.Symptom.Id).Should().BeTrue(flag.RuleId);
                    (i == 0 || assessment.RedFlags[i - 1].Level >= flag.Level).Should().BeTrue("red flags are listed most urgent first");
                }
            },
            iter: Iterations,
            print: Print);

    [Fact]
    public void Assess_AnyReport_TriageIsTheHighestLevelAnyRuleReaches()
        => ValidReports.Sample(
            report =>
            {
                var assessment = Assessor.Assess(report);
                var expected = TriageLevel.SelfCare;
                foreach (var flag in assessment.RedFlags)
                {
                    expected = TriageLevel.Max(expected, flag.Level);
                }

                if (IsPossible(assessment, Cause.SlippedDisc) || IsPossible(assessment, Cause.LigamentTear)
                    || (assessment.IsUnclear && report.PainDurationDays >= 7)
                    || (assessment.IsUnclear && report.Severity >= 4))
                {
                    expected = TriageLevel.Max(expected, TriageLevel.SeeDoctor);
                }

                assessment.Triage.Level.Should().Be(expected);
                if (assessment.RedFlags.Count > 0 && assessment.RedFlags[0].Level == expected)
                {
                    assessment.Triage.RuleId.Should().Be(assessment.RedFlags[0].RuleId, "on a tie the red flag wins");
                }
            },
            iter: Iterations,
            print: Print);

    [Fact]
    public void Assess_AddingARedFlag_NeverLowersTriage()
        => Gen.Select(ValidReports, Gen.OneOf(RedFlagAdditions)).Sample(
            (report, addition) =>
            {
                var before = Assessor.Assess(report);
                var answers = report.ToBuilder();
                addition.Add(answers);
                var after = Assessor.Assess(answers.Build());

                (after.Triage.Level >= before.Triage.Level).Should().BeTrue($"adding {addition.Name} moved triage from {before.Triage.Level} to {after.Triage.Level}");
                (after.Triage.Level >= addition.RedFlag.RedFlagLevel!).Should().BeTrue($"{addition.Name} requires {addition.RedFlag.RedFlagLevel}");
                after.RedFlags.Any(f => f.Symptom == addition.RedFlag).Should().BeTrue($"{addition.Name} is a red flag");
            },
            iter: Iterations,
            print: t => $"{t.Item2.Name} added to {t.Item1}");

    [Fact]
    public void Assess_AddingASupportingFinding_NeverLowersThatCausesScore()
        => Gen.Select(ValidReports, Gen.OneOf(SupportingAdditions)).Sample(
            (report, addition) =>
            {
                var rows = EvidenceRules.All.Where(r => r.Symptom == addition.Evidence && r.Supports).ToList();
                rows.Should().NotBeEmpty($"{addition.Evidence.Id} must support some cause for this property to mean anything");
                var wasPresent = report.Symptoms.Contains(addition.Evidence);

                var before = Assessor.Assess(report);
                var answers = report.ToBuilder();
                addition.Add(answers);
                var after = Assessor.Assess(answers.Build());

                foreach (var row in rows)
                {
                    var old = before.LikelihoodOf(row.Cause);
                    var now = after.LikelihoodOf(row.Cause);
                    now.Score.Should().BeGreaterThanOrEqualTo(old.Score, $"{addition.Name} supports {row.Cause.Id}");
                    now.Supporting.Contains(row).Should().BeTrue($"{row.RuleId} now supports {row.Cause.Id}");
                    var replacedSupport = EvidenceRules.For(row.Cause).Any(r => r.Supports && report.Symptoms.Contains(r.Symptom) && !after.Report.Symptoms.Contains(r.Symptom));
                    if (!wasPresent && !replacedSupport && now.Score > 0 && !SpecHeldBelowPossible(row.Cause, after.Report.Symptoms))
                    {
                        now.Score.Should().BeGreaterThan(old.Score, $"{addition.Name} is new evidence for {row.Cause.Id}");
                    }

                    if (old.Band == LikelihoodBand.Likely)
                    {
                        now.Band.Should().Be(LikelihoodBand.Likely);
                    }
                }
            },
            iter: Iterations,
            print: t => $"{t.Item2.Name} added to {t.Item1}");

    [Fact]
    public void Assess_AnyReport_IsDeterministic()
    {
        var fresh = new BackPainAssessor(new AssessorOptions());
        ValidReports.Sample(
            report =>
            {
                var first = Assessor.Assess(report);
                var second = Assessor.Assess(report);
                var rebuilt = fresh.Assess(report.ToBuilder().Build());

                first.Should().Be(second);
                first.GetHashCode().Should().Be(second.GetHashCode());
                rebuilt.Should().Be(first, "an equal report and equal options give an equal assessment");
                rebuilt.GetHashCode().Should().Be(first.GetHashCode());
            },
            iter: Iterations,
            print: Print);
    }

    [Fact]
    public void Assess_AnyReport_EveryRestrictionRemedyRedFlagAndFindingNamesASourceAndAReason()
        => ValidReports.Sample(
            report =>
            {
                var assessment = Assessor.Assess(report);
                foreach (var restriction in assessment.Restrictions)
                {
                    ShouldBeExplained(restriction.RuleId, restriction.Source, restriction.Reason);
                }

                foreach (var remedy in assessment.Remedies)
                {
                    ShouldBeExplained(remedy.RuleId, remedy.Source, remedy.Reason);
                }

                foreach (var flag in assessment.RedFlags)
                {
                    ShouldBeExplained(flag.RuleId, flag.Source, flag.Reason);
                }

                ShouldBeExplained(assessment.Triage.RuleId, assessment.Triage.Source, assessment.Triage.Reason);
                foreach (var finding in assessment.Causes.SelectMany(c => c.Supporting.Concat(c.Against)))
                {
                    Source.All.Contains(finding.Source).Should().BeTrue(finding.RuleId);
                }
            },
            iter: Iterations,
            print: Print);

    [Fact]
    public void Assess_AnyReport_CarriesTheNotADiagnosisDisclaimerAndASummary()
        => ValidReports.Sample(
            report =>
            {
                var assessment = Assessor.Assess(report);
                assessment.Disclaimer.Contains("not a diagnosis", StringComparison.OrdinalIgnoreCase).Should().BeTrue(assessment.Disclaimer);
                (assessment.Summary.Count > 0 && assessment.Summary.All(s => !string.IsNullOrWhiteSpace(s))).Should().BeTrue("every assessment has a summary");
            },
            iter: Iterations,
            print: Print);

    [Fact]
    public void Assess_AnyReport_TrainingIsSuspendedExactlyFromSeeDoctorUrgentlyUp()
        => ValidReports.Sample(
            report =>
            {
                var assessment = Assessor.Assess(report);
                var urgent = assessment.Triage.Level >= TriageLevel.SeeDoctorUrgently;
                assessment.Restrictions.Any(r => r.Kind == RestrictionKind.SuspendAllTraining && r.Cause == null && r.LiftedWhen == LiftCondition.ClinicianClearance)
                    .Should().Be(urgent, $"triage is {assessment.Triage.Level}");
                if (urgent)
                {
                    assessment.Remedies.Any(r => r.Remedy == Remedy.StrengthenCore || r.Remedy == Remedy.Stretching).Should().BeFalse("all training is suspended");
                }
            },
            iter: Iterations,
            print: Print);

    [Fact]
    public void Assess_AnyInjuryAtLeastPossible_BlocksCoreWorkForItAndNeverAdvisesStrengtheningTheCore()
        => ValidReports.Sample(
            report =>
            {
                var assessment = Assessor.Assess(report);
                foreach (var cause in AcuteInjuries.Where(c => IsPossible(assessment, c)))
                {
                    assessment.Restrictions.Any(r => r.Kind == RestrictionKind.NoCoreWork && r.Cause == cause).Should().BeTrue($"{cause.Id} is possible, so core work waits");
                    assessment.Remedies.Any(r => r.Remedy == Remedy.StrengthenCore).Should().BeFalse($"{cause.Id} is possible, so core work waits");
                }

                if (IsPossible(assessment, Cause.SlippedDisc))
                {
                    assessment.Restrictions.Any(r => r.Kind == RestrictionKind.NoStrenuousExercise && r.Cause == Cause.SlippedDisc).Should().BeTrue("§6.2");
                }

                if (IsPossible(assessment, Cause.LigamentTear))
                {
                    assessment.Restrictions.Any(r => r.Kind == RestrictionKind.NoExercise && r.Cause == Cause.LigamentTear).Should().BeTrue("§6.3");
                }

                if (IsPossible(assessment, Cause.PulledMuscle))
                {
                    assessment.Restrictions.Any(r => r.Kind == RestrictionKind.RestMuscles && r.Cause == Cause.PulledMuscle && r.Muscles.Count > 0).Should().BeTrue("§6.4");
                }
            },
            iter: Iterations,
            print: Print);

    [Fact]
    public void Assess_AnyReport_RestrictsOnlyForCausesThatAreAtLeastPossible()
        => ValidReports.Sample(
            report =>
            {
                var assessment = Assessor.Assess(report);
                foreach (var restriction in assessment.Restrictions)
                {
                    (restriction.Cause is null || IsPossible(assessment, restriction.Cause)).Should().BeTrue($"{restriction.RuleId} for {restriction.Cause}");
                }

                assessment.Restrictions.Select(r => (r.Kind, r.Cause)).Distinct().Count().Should().Be(assessment.Restrictions.Count, "no restriction is listed twice");
            },
            iter: Iterations,
            print: Print);

    [Fact]
    public void Assess_AcuteInjuryAtLeastPossible_NeverAdvisesHeatAndTightMusclesGetIceThenHeat()
        => ValidReports.Sample(
            report =>
            {
                var assessment = Assessor.Assess(report);
                var remedies = assessment.Remedies.Select(r => r.Remedy).ToList();
                if (AcuteInjuries.Any(c => IsPossible(assessment, c)))
                {
                    remedies.Contains(Remedy.Heat).Should().BeFalse("no heat in the first 48 hours after an acute injury (§3)");
                    remedies.Contains(Remedy.IceThenHeat).Should().Be(report.MusclesTight);
                }
                else
                {
                    remedies.Contains(Remedy.IceThenHeat).Should().BeFalse("ice-then-heat is for an acute injury");
                    remedies.Contains(Remedy.Heat).Should().Be(report.MusclesTight, "heat is for tight muscles (§3)");
                }
            },
            iter: Iterations,
            print: Print);

    [Fact]
    public void Assess_AnyReport_AdvisesEachRemedyExactlyWhenItsRuleHolds()
        => ValidReports.Sample(
            report =>
            {
                var assessment = Assessor.Assess(report);
                var remedies = assessment.Remedies.Select(r => r.Remedy).ToList();
                var injury = AcuteInjuries.Any(c => IsPossible(assessment, c));
                var suspended = assessment.Triage.Level >= TriageLevel.SeeDoctorUrgently;

                remedies.Contains(Remedy.Rest).Should().BeTrue("rest from training, not bed rest, is always advised (§3)");
                remedies.Contains(Remedy.PainMedicine).Should().Be(report.Severity > 0, "pain medicine eases pain (§3)");
                remedies.Contains(Remedy.SeeClinician).Should().Be(assessment.Triage.Level >= TriageLevel.SeeDoctor, "see a clinician per triage (§3)");
                remedies.Contains(Remedy.StrengthenCore).Should().Be(IsPossible(assessment, Cause.PoorCoreStrength) && !injury && !suspended, "core work only once no injury is present (§3, §6.6)");
                if (remedies.Contains(Remedy.Ice) || remedies.Contains(Remedy.IceThenHeat))
                {
                    (IsPossible(assessment, Cause.Doms) || injury).Should().BeTrue("ice is for inflammation or an acute injury (§3)");
                }

                remedies.Distinct().Count().Should().Be(remedies.Count, "no remedy is advised twice");
                remedies.IndexOf(Remedy.SeeClinician).Should().BeLessThanOrEqualTo(0, "seeing a clinician comes first when advised");
            },
            iter: Iterations,
            print: Print);

    [Fact]
    public void Assess_AnyReport_SummarySaysWhatTheAssessmentFound()
        => ValidReports.Sample(
            report =>
            {
                var assessment = Assessor.Assess(report);
                var summary = assessment.Summary;
                var moderateOrLasting = report.Severity >= 4 || report.PainDurationDays >= 7;

                (summary[0] == RedFlagSentence).Should().Be(assessment.RedFlags.Count > 0, "red flags come before any other advice");
                summary.Contains(UnclearSentence).Should().Be(assessment.IsUnclear && moderateOrLasting, "an unclear picture with moderate or worse, or lasting, pain needs a clinician");
                summary.Contains(assessment.Triage.Level.Text).Should().BeTrue("the summary says how urgent it is");
                summary.Contains(SuspendedSentence).Should().Be(assessment.Triage.Level >= TriageLevel.SeeDoctorUrgently);
                summary.Contains(CoreBlockedSentence).Should().Be(assessment.Restricts(RestrictionKind.NoCoreWork));
                if (!assessment.IsUnclear)
                {
                    summary.Any(s => s.Contains(assessment.TopCause.Cause.Name, StringComparison.Ordinal)).Should().BeTrue("the summary names the likely cause");
                }
            },
            iter: Iterations,
            print: Print);

    [Fact]
    public void Assess_AnyReport_RestsTheMusclesOfThePainfulArea()
        => ValidReports.Sample(
            report =>
            {
                var assessment = Assessor.Assess(report);
                var area = report.Area switch
                {
                    BackArea.LowerBack => new[] { MuscleGroup.LowerBack },
                    BackArea.UpperBack => [MuscleGroup.UpperBack],
                    _ => [MuscleGroup.LowerBack, MuscleGroup.UpperBack],
                };
                foreach (var rest in assessment.Restrictions.Where(r => r.Kind == RestrictionKind.RestMuscles))
                {
                    area.All(rest.Muscles.Contains).Should().BeTrue($"{rest.RuleId} rests the painful area {report.Area}");
                    if (rest.Cause == Cause.PulledMuscle)
                    {
                        rest.Muscles.Count.Should().Be(area.Length, "a pulled muscle rests the injured back muscles");
                    }
                    else
                    {
                        report.Exercises.SelectMany(e => e.PrimaryMuscles).All(rest.Muscles.Contains).Should().BeTrue("DOMS rests the workout's sore muscles too");
                    }
                }
            },
            iter: Iterations,
            print: Print);

    [Fact]
    public void Assess_AnyReport_CausesAreRankedAndExplainedByTheirEvidence()
        => ValidReports.Sample(
            report =>
            {
                var assessment = Assessor.Assess(report);
                (assessment.Causes.Count == 5 && assessment.Causes.Select(c => c.Cause).Distinct().Count() == 5).Should().BeTrue("all five causes, once each");
                for (var i = 1; i < assessment.Causes.Count; i++)
                {
                    var (higher, lower) = (assessment.Causes[i - 1], assessment.Causes[i]);
                    (higher.Score > lower.Score || (higher.Score == lower.Score && Seriousness[higher.Cause] > Seriousness[lower.Cause]))
                        .Should().BeTrue($"{higher.Cause.Id} ({higher.Score}) is ranked above {lower.Cause.Id} ({lower.Score})");
                }

                foreach (var likelihood in assessment.Causes)
                {
                    var expectedRows = EvidenceRules.For(likelihood.Cause).Where(r => report.Symptoms.Contains(r.Symptom)).ToList();
                    likelihood.Supporting.SequenceEqual(expectedRows.Where(r => r.Weight > 0)).Should().BeTrue($"{likelihood.Cause.Id} lists every supporting finding of the report");
                    likelihood.Against.SequenceEqual(expectedRows.Where(r => r.Weight < 0)).Should().BeTrue($"{likelihood.Cause.Id} lists every finding against it");
                    likelihood.Score.Should().BeApproximately(SpecScore(likelihood.Cause, report.Symptoms), 0.01 + 1e-12);
                    if (!SpecHeldBelowPossible(likelihood.Cause, report.Symptoms))
                    {
                        likelihood.Score.Should().BeApproximately(EvidenceRules.Score(expectedRows.Sum(r => r.Weight)), 1e-12);
                    }
                    else
                    {
                        likelihood.IsAtLeastPossible.Should().BeFalse($"{likelihood.Cause.Id} has no defining sign, or an excluding one, in the report");
                    }
                    likelihood.Band.Should().Be(
                        likelihood.Score >= AssessorOptions.Default.LikelyThreshold ? LikelihoodBand.Likely
                        : likelihood.Score >= BackPainAssessor.PossibleThreshold ? LikelihoodBand.Possible
                        : LikelihoodBand.Unlikely);
                }
            },
            iter: Iterations,
            print: Print);

    [Fact]
    public void Assess_AnyLikelyThreshold_ChangesBandsButNeverTheRestrictions()
        => Gen.Select(ValidReports, TunedAssessor).Sample(
            (report, assessor) =>
            {
                var threshold = assessor.Options.LikelyThreshold;
                var byDefault = Assessor.Assess(report);
                var tuned = assessor.Assess(report);

                // The threshold never loosens a safety rule. Raised, it can only find "nothing fits" more often, which
                // holds strenuous exercise: stricter (domain.md §1).
                var hold = RestrictionRules.HoldStrenuousUntilPainFree.Id;
                tuned.Restrictions.Where(r => r.RuleId != hold).SequenceEqual(byDefault.Restrictions.Where(r => r.RuleId != hold)).Should().BeTrue("the threshold never changes a cause's restrictions");
                var nothingFits = tuned.Causes[0].Score < Math.Max(threshold, AssessorOptions.Default.LikelyThreshold) && report.Severity >= 4;
                tuned.Restrictions.Any(r => r.RuleId == hold).Should().Be(nothingFits);
                if (byDefault.Restrictions.Any(r => r.RuleId == hold))
                {
                    tuned.Restrictions.Any(r => r.RuleId == hold).Should().BeTrue("a lower threshold never lifts the hold");
                }
                for (var i = 0; i < tuned.Causes.Count; i++)
                {
                    var likelihood = tuned.Causes[i];
                    likelihood.Score.Should().Be(byDefault.LikelihoodOf(likelihood.Cause).Score);
                    (likelihood.Band == LikelihoodBand.Likely).Should().Be(likelihood.Score >= threshold);
                    likelihood.IsAtLeastPossible.Should().Be(likelihood.Score >= BackPainAssessor.PossibleThreshold);
                }
            },
            iter: Iterations,
            print: t => $"threshold {t.Item2.Options.LikelyThreshold} for {t.Item1}");

    private static void ShouldBeExplained(string ruleId, Source source, string reason)
    {
        string.IsNullOrWhiteSpace(ruleId).Should().BeFalse("every output names its rule");
        Source.All.Contains(source).Should().BeTrue($"{ruleId} must name a source");
        string.IsNullOrWhiteSpace(reason).Should().BeFalse($"{ruleId} must give a reason");
        reason.Contains('{', StringComparison.Ordinal).Should().BeFalse($"{ruleId} must not show an unformatted placeholder: {reason}");
    }
}
