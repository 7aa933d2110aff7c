using BackPain.Core.Rules;
using BackPain.Core.Internal;
using static BackPain.Core.Tests.Support.Reports;

namespace BackPain.Core.Tests.Assessing;

/// <summary>
/// The named examples of issue 5: each case of domain.md §1 and each red-flag group of §4, with the expected values
/// written from the spec.
/// </summary>
public sealed class BackPainAssessorTests
{
    private static bool Advises(Assessment assessment, Remedy remedy) => assessment.Remedies.Any(r => r.Remedy == remedy);

    private static RemedyAdvice Advice(Assessment assessment, Remedy remedy) => assessment.Remedies.Single(r => r.Remedy == remedy);

    private static Restriction RestrictionOf(Assessment assessment, RestrictionKind kind, Cause? cause)
        => assessment.Restrictions.Should().ContainSingle(r => r.Kind == kind && r.Cause == cause).Subject;

    // ---- §1 causes ----------------------------------------------------------------------------------------------

    [Fact]
    public void Assess_DullAcheHoursAfterAHardWorkout_DomsIsTheLikelyTopCause()
    {
        var assessment = Assess(Doms());

        assessment.TopCause.Cause.Should().Be(Cause.Doms);
        assessment.TopCause.Band.Should().Be(LikelihoodBand.Likely);
        assessment.IsUnclear.Should().BeFalse();
    }

    [Fact]
    public void Assess_DomsWithoutTightMuscles_IsSelfCareWithIceAndNoCoreRestriction()
    {
        var assessment = Assess(Doms(a => a.MusclesTight = false));

        assessment.Triage.Level.Should().Be(TriageLevel.SelfCare);
        assessment.RedFlags.Should().BeEmpty();
        Advice(assessment, Remedy.Ice).Cause.Should().Be(Cause.Doms);
        Advises(assessment, Remedy.Heat).Should().BeFalse("the muscles are not tight");
        Advises(assessment, Remedy.SeeClinician).Should().BeFalse();
        assessment.Restricts(RestrictionKind.NoCoreWork).Should().BeFalse("DOMS is not an injury (§1) and blocks nothing else (§6.5)");
        assessment.Restricts(RestrictionKind.SuspendAllTraining).Should().BeFalse();
    }

    [Fact]
    public void Assess_Doms_RestsTheSoreMusclesUntilTheSorenessIsGone()
    {
        var assessment = Assess(Doms());

        var rest = RestrictionOf(assessment, RestrictionKind.RestMuscles, Cause.Doms);
        rest.LiftedWhen.Should().Be(LiftCondition.RestOverAndSorenessGone);
        rest.Muscles.Should().Contain(MuscleGroup.LowerBack, "the pain is in the lower back");
        rest.Muscles.Should().Contain(Exercise.Squat.PrimaryMuscles, "the sore muscles include the workout's primary muscles");
        rest.Source.Should().Be(Source.Article);
    }

    [Fact]
    public void Assess_PostureBrokeDownAndPainRecursAfterRunning_PoorCoreStrengthIsTopAndCoreWorkStartsNow()
    {
        var assessment = Assess(PoorCoreStrength());

        assessment.TopCause.Cause.Should().Be(Cause.PoorCoreStrength);
        assessment.TopCause.Band.Should().Be(LikelihoodBand.Likely);
        Advice(assessment, Remedy.StrengthenCore).Cause.Should().Be(Cause.PoorCoreStrength);
        assessment.Restricts(RestrictionKind.NoCoreWork).Should().BeFalse("no injury is present (§6.6)");
        assessment.Triage.Level.Should().Be(TriageLevel.SelfCare);
    }

    [Fact]
    public void Assess_SharpPainDuringASquat_PulledMuscleIsTop()
    {
        var assessment = Assess(PulledMuscle());

        assessment.TopCause.Cause.Should().Be(Cause.PulledMuscle);
        assessment.TopCause.Band.Should().Be(LikelihoodBand.Likely);
        assessment.Triage.Level.Should().Be(TriageLevel.SelfCare, "a pulled muscle alone is not a reason to see a doctor (§4)");
    }

    [Fact]
    public void Assess_PulledMuscle_BlocksCoreWorkUntilHealedAndRestsTheLowerBack()
    {
        var assessment = Assess(PulledMuscle());

        RestrictionOf(assessment, RestrictionKind.NoCoreWork, Cause.PulledMuscle).LiftedWhen.Should().Be(LiftCondition.Healed);
        var rest = RestrictionOf(assessment, RestrictionKind.RestMuscles, Cause.PulledMuscle);
        rest.LiftedWhen.Should().Be(LiftCondition.Healed);
        rest.Muscles.Should().Equal(MuscleGroup.LowerBack);
        Advises(assessment, Remedy.StrengthenCore).Should().BeFalse("core work waits until the injury has healed (§3, §6.1)");
        Advice(assessment, Remedy.IceThenHeat).Cause.Should().Be(Cause.PulledMuscle, "an acute injury with tight muscles (§3)");
    }

    [Fact]
    public void Assess_PulledMuscleInTheUpperBack_RestsTheUpperBack()
    {
        var assessment = Assess(PulledMuscle(a => a.Area = BackArea.UpperBack));

        RestrictionOf(assessment, RestrictionKind.RestMuscles, Cause.PulledMuscle).Muscles.Should().Equal(MuscleGroup.UpperBack);
    }

    [Fact]
    public void Assess_SevereJerkingDeadliftWithPainDownOneLeg_SlippedDiscIsTopAndNeedsADoctor()
    {
        var assessment = Assess(SlippedDisc(a => a.Severity = 8));

        assessment.TopCause.Cause.Should().Be(Cause.SlippedDisc);
        assessment.Triage.Level.Should().BeOneOf(TriageLevel.SeeDoctor, TriageLevel.SeeDoctorUrgently, TriageLevel.Emergency);
        assessment.RedFlags.Select(f => f.Symptom).Should().Contain([Symptom.SeverePain, Symptom.PainDownOneLeg]);
        Advises(assessment, Remedy.SeeClinician).Should().BeTrue();
    }

    [Fact]
    public void Assess_SlippedDisc_NoStrenuousExerciseUntilClearedAndNoCoreWork()
    {
        var assessment = Assess(SlippedDisc());

        RestrictionOf(assessment, RestrictionKind.NoStrenuousExercise, Cause.SlippedDisc).LiftedWhen.Should().Be(LiftCondition.ClinicianClearance);
        RestrictionOf(assessment, RestrictionKind.NoCoreWork, Cause.SlippedDisc);
        Advises(assessment, Remedy.StrengthenCore).Should().BeFalse();
        Advises(assessment, Remedy.Heat).Should().BeFalse();
    }

    [Fact]
    public void Assess_PopAndShootingPain_LigamentTearIsTopAndTriageIsSeeDoctor()
    {
        var assessment = Assess(LigamentTear());

        assessment.TopCause.Cause.Should().Be(Cause.LigamentTear);
        assessment.Triage.Level.Should().Be(TriageLevel.SeeDoctor, "a suspected ligament tear needs a clinician, and severity 6 is not severe (§4)");
        assessment.Triage.RuleId.Should().Be("triage.suspectedLigamentTear");
        assessment.RedFlags.Should().BeEmpty();
    }

    [Fact]
    public void Assess_LigamentTear_AllowsNoExerciseAtAllAndNoCoreWork()
    {
        var assessment = Assess(LigamentTear());

        RestrictionOf(assessment, RestrictionKind.NoExercise, Cause.LigamentTear).LiftedWhen.Should().Be(LiftCondition.Healed);
        RestrictionOf(assessment, RestrictionKind.NoCoreWork, Cause.LigamentTear);
        Advice(assessment, Remedy.Ice).Cause.Should().Be(Cause.LigamentTear);
        Advises(assessment, Remedy.SeeClinician).Should().BeTrue();
    }

    // ---- §4 red flags ---------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("saddleNumbness")]
    [InlineData("bladderProblems")]
    [InlineData("bowelIncontinence")]
    [InlineData("legWeakness")]
    public void Assess_CaudaEquinaSign_TriageIsEmergencyAndTrainingIsSuspended(string redFlag) => ShouldBeRedFlag(DomsWithRedFlag(redFlag), redFlag, TriageLevel.Emergency);

    [Fact]
    public void Assess_NumbnessInBothLegs_TriageIsEmergency()
        => ShouldBeRedFlag(Doms(a => a.Legs = LegSymptoms.BothLegs), "numbnessBothLegs", TriageLevel.Emergency);

    [Theory]
    [InlineData("darkUrine")]
    [InlineData("extremeMusclePainAndSwelling")]
    public void Assess_RhabdomyolysisSign_TriageIsEmergency(string redFlag) => ShouldBeRedFlag(DomsWithRedFlag(redFlag), redFlag, TriageLevel.Emergency);

    [Fact]
    public void Assess_FeverReported_TriageIsSeeDoctorUrgentlyAndTrainingIsSuspended()
        => ShouldBeRedFlag(DomsWithRedFlag("fever"), "fever", TriageLevel.SeeDoctorUrgently);

    [Fact]
    public void Assess_SignificantTrauma_TriageIsSeeDoctorUrgently()
        => ShouldBeRedFlag(DomsWithRedFlag("significantTrauma"), "significantTrauma", TriageLevel.SeeDoctorUrgently);

    [Fact]
    public void Assess_CancerHistory_TriageIsSeeDoctorUrgently()
        => ShouldBeRedFlag(DomsWithRedFlag("cancerHistory"), "cancerHistory", TriageLevel.SeeDoctorUrgently);

    [Fact]
    public void Assess_ConstantNightPain_TriageIsSeeDoctorUrgently()
        => ShouldBeRedFlag(DomsWithRedFlag("constantNightPain"), "constantNightPain", TriageLevel.SeeDoctorUrgently);

    [Fact]
    public void Assess_UnexplainedWeightLoss_TriageIsSeeDoctorUrgently()
        => ShouldBeRedFlag(DomsWithRedFlag("unexplainedWeightLoss"), "unexplainedWeightLoss", TriageLevel.SeeDoctorUrgently);

    [Fact]
    public void Assess_UnableToStandOrWalk_TriageIsSeeDoctorUrgently()
        => ShouldBeRedFlag(Doms(a => a.UnableToStandOrWalk = true), "unableToStandOrWalk", TriageLevel.SeeDoctorUrgently);

    [Fact]
    public void Assess_PopWithSeverePain_TriageIsSeeDoctorUrgentlyAndTrainingIsSuspended()
    {
        var report = LigamentTear(a => a.Severity = 8);

        ShouldBeRedFlag(report, "popWithSeverePain", TriageLevel.SeeDoctorUrgently);
        Assess(report).TopCause.Cause.Should().Be(Cause.LigamentTear);
    }

    [Theory]
    [InlineData(18)]
    [InlineData(55)]
    public void Assess_NewBackPainUnder20OrOver50_TriageIsSeeDoctor(int age)
        => ShouldBeRedFlag(Doms(a => a.Age = age), "ageUnder20OrOver50", TriageLevel.SeeDoctor);

    [Theory]
    [InlineData(20)]
    [InlineData(50)]
    public void Assess_Age20Or50_IsNotAnAgeRedFlag(int age)
    {
        var assessment = Assess(Doms(a => a.Age = age));

        assessment.RedFlags.Should().BeEmpty("§4 says under 20 or over 50");
        assessment.Triage.Level.Should().Be(TriageLevel.SelfCare);
    }

    [Fact]
    public void Assess_UnknownAge_IsNotAnAgeRedFlag() => Assess(Doms(a => a.Age = null)).RedFlags.Should().BeEmpty();

    [Fact]
    public void Assess_SeverePainOnItsOwn_TriageIsSeeDoctor()
    {
        var assessment = Assess(Doms(a => a.Severity = 7));

        assessment.RedFlags.Select(f => f.Symptom).Should().Contain(Symptom.SeverePain);
        assessment.Triage.Level.Should().Be(TriageLevel.SeeDoctor);
    }

    [Fact]
    public void Assess_PainGettingWorse_TriageIsSeeDoctor()
        => ShouldBeRedFlag(Doms(a => a.Trend = Trend.Worse), "gettingWorse", TriageLevel.SeeDoctor);

    [Fact]
    public void Assess_PainNotBetterAfterAWeek_TriageIsSeeDoctor()
        => ShouldBeRedFlag(Doms(a => (a.PainDurationDays, a.Trend) = (7, Trend.Same)), "notBetterAfterAWeek", TriageLevel.SeeDoctor);

    [Fact]
    public void Assess_EmergencyAndUrgentRedFlagsTogether_TriageIsTheHighestAndFlagsAreMostUrgentFirst()
    {
        var assessment = Assess(Doms(a => (a.RedFlags, a.Age) = ([Symptom.Fever, Symptom.BladderProblems], 60)));

        assessment.Triage.Level.Should().Be(TriageLevel.Emergency);
        assessment.Triage.RuleId.Should().Be("redFlag.bladderProblems");
        assessment.RedFlags.Select(f => f.Level).Should().BeInDescendingOrder(l => l.Rank);
        assessment.RedFlags.Select(f => f.Symptom.Id).Should().BeEquivalentTo(["fever", "bladderProblems", "ageUnder20OrOver50"]);
    }

    [Fact]
    public void Assess_RedFlagWithALikelyHarmlessCause_RedFlagWinsOverTheCauseAdvice()
    {
        var assessment = Assess(PoorCoreStrength(a => a.RedFlags = [Symptom.Fever]));

        assessment.TopCause.Cause.Should().Be(Cause.PoorCoreStrength);
        assessment.Triage.Level.Should().Be(TriageLevel.SeeDoctorUrgently);
        Advises(assessment, Remedy.StrengthenCore).Should().BeFalse("all training is suspended until a clinician clears it (§6.7)");
        Advises(assessment, Remedy.SeeClinician).Should().BeTrue();
        assessment.Summary[0].Should().Be(Texts.Get("summary.redFlags"), "a red flag comes before any other advice");
    }

    // ---- severity 0 and nothing fits -----------------------------------------------------------------------------

    [Fact]
    public void Assess_SeverityZero_NoPainMedicineAndSelfCare()
    {
        var assessment = Assess(NoPain());

        Advises(assessment, Remedy.PainMedicine).Should().BeFalse("there is no pain to ease");
        assessment.Triage.Level.Should().Be(TriageLevel.SelfCare);
        assessment.RedFlags.Should().BeEmpty();
    }

    [Fact]
    public void Assess_SeverityOne_AdvisesPainMedicine() => Advises(Assess(NoPain(a => a.Severity = 1)), Remedy.PainMedicine).Should().BeTrue();

    [Fact]
    public void Assess_NothingFitsAndLastingAWeek_IsUnclearAndAdvisesAClinician()
    {
        var assessment = Assess(NothingFits(a => a.PainDurationDays = 7));

        assessment.IsUnclear.Should().BeTrue();
        assessment.Causes.Where(c => c.Band == LikelihoodBand.Likely).Should().BeEmpty();
        assessment.Triage.Level.Should().Be(TriageLevel.SeeDoctor);
        assessment.Triage.RuleId.Should().Be(TriageRules.UnclearAndLasting.Id);
        assessment.Summary.Should().Contain(Texts.Get("summary.unclear.seeClinician"));
        Advises(assessment, Remedy.SeeClinician).Should().BeTrue();
    }

    [Fact]
    public void Assess_NothingFitsAndSevere_SummaryAdvisesAClinician()
    {
        var assessment = Assess(NothingFits(a => a.Severity = 7));

        assessment.IsUnclear.Should().BeTrue();
        assessment.Summary.Should().Contain(Texts.Get("summary.unclear.seeClinician"));
        assessment.Triage.Level.Should().Be(TriageLevel.SeeDoctor);
    }

    [Fact]
    public void Assess_NothingFitsMildAndRecent_IsUnclearWithoutClinicianAdvice()
    {
        var assessment = Assess(NothingFits(a => a.PainDurationDays = 6));

        assessment.IsUnclear.Should().BeTrue();
        assessment.Summary.Should().NotContain(Texts.Get("summary.unclear.seeClinician"));
        assessment.Triage.Level.Should().Be(TriageLevel.SelfCare);
        assessment.Triage.RuleId.Should().Be(TriageRules.SelfCare.Id);
    }

    [Fact]
    public void Assess_NothingFits_SummarySaysNoCauseFits()
    {
        var assessment = Assess(NothingFits());

        assessment.TopCause.Band.Should().Be(LikelihoodBand.Unlikely);
        assessment.Summary.Should().Contain(Texts.Get("summary.top.Unlikely"));
        assessment.Summary.Should().NotContain(s => Cause.All.Any(c => s.Contains(c.Name, StringComparison.Ordinal)), "no cause is named as likely");
    }

    // ---- summary, ice and heat -----------------------------------------------------------------------------------

    [Fact]
    public void Assess_LikelyCause_SummaryNamesIt()
        => Assess(PulledMuscle()).Summary.Should().Contain(s => s.Contains(Texts.Get("cause.pulledMuscle"), StringComparison.Ordinal));

    [Fact]
    public void Assess_InjuryPossible_SummarySaysToHoldOffCoreWork()
        => Assess(PulledMuscle()).Summary.Should().Contain(Texts.Get("summary.coreBlocked"));

    [Fact]
    public void Assess_TrainingSuspended_SummarySaysToStopAllTraining()
        => Assess(DomsWithRedFlag("fever")).Summary.Should().Contain(Texts.Get("summary.trainingSuspended"));

    [Fact]
    public void Assess_PulledMuscleWithTightMuscles_IceThenHeatAndNeverHeat()
    {
        var assessment = Assess(PulledMuscle(a => a.MusclesTight = true));

        Advice(assessment, Remedy.IceThenHeat).Cause.Should().Be(Cause.PulledMuscle);
        Advises(assessment, Remedy.Heat).Should().BeFalse("no heat in the first 48 hours after an acute injury (§3)");
        Advises(assessment, Remedy.Ice).Should().BeFalse("ice-then-heat already starts with ice");
    }

    [Fact]
    public void Assess_SlippedDiscWithTightMuscles_IceThenHeatAndNeverHeat()
    {
        var assessment = Assess(SlippedDisc(a => a.MusclesTight = true));

        Advises(assessment, Remedy.IceThenHeat).Should().BeTrue();
        Advises(assessment, Remedy.Heat).Should().BeFalse();
    }

    [Fact]
    public void Assess_TightMusclesWithoutInjury_AdvisesHeat()
    {
        var assessment = Assess(PoorCoreStrength(a => a.MusclesTight = true));

        Advises(assessment, Remedy.Heat).Should().BeTrue();
        Advises(assessment, Remedy.IceThenHeat).Should().BeFalse();
    }

    [Fact]
    public void Assess_Ice_HasTheDoseOfTheSpec()
    {
        var dose = Advice(Assess(Doms()), Remedy.Ice).Dose;

        dose.Kind.Should().Be(DoseKind.TimesPerDay);
        (dose.MinTimes, dose.MaxTimes).Should().Be((2, 3), "2–3 times a day (§3)");
        (dose.MinMinutesPerSession, dose.MaxMinutesPerSession).Should().Be((15, 20), "15–20 minutes each (§3)");
    }

    [Fact]
    public void Assess_PainMedicine_CarriesItsCautions()
        => Advice(Assess(Doms()), Remedy.PainMedicine).Cautions.Should().Contain(c => c.Contains("ibuprofen", StringComparison.OrdinalIgnoreCase));

    // ---- the assessor itself -------------------------------------------------------------------------------------

    [Fact]
    public void Assess_Null_Throws()
        => FluentActions.Invoking(() => BackPainAssessor.Default.Assess(null!)).Should().Throw<ArgumentNullException>().WithParameterName("report");

    [Fact]
    public void Constructor_NullOptions_Throws()
        => FluentActions.Invoking(() => new BackPainAssessor(null!)).Should().Throw<ArgumentNullException>().WithParameterName("options");

    [Fact]
    public void Default_UsesTheDefaultOptions() => BackPainAssessor.Default.Options.Should().Be(AssessorOptions.Default);

    [Fact]
    public void Assess_AnyExample_RecordsTheReportAndOptions()
    {
        var report = Doms();
        var assessor = new BackPainAssessor(new AssessorOptions { LikelyThreshold = 0.7 });

        var assessment = assessor.Assess(report);

        assessment.Report.Should().BeSameAs(report);
        assessment.Options.LikelyThreshold.Should().Be(0.7);
    }

    [Fact]
    public void Assess_ManyThreadsAtOnce_GiveTheSameAssessmentsAsOneThread()
    {
        var reports = All.Select(e => e.Report).ToArray();
        var expected = reports.Select(Assess).ToArray();

        var actual = new Assessment[reports.Length * 8];
        Parallel.For(0, actual.Length, i => actual[i] = BackPainAssessor.Default.Assess(reports[i % reports.Length]));

        for (var i = 0; i < actual.Length; i++)
        {
            actual[i].Should().Be(expected[i % reports.Length]);
        }
    }

    [Fact]
    public void Assess_EachFindingOnItsOwn_ListsExactlyTheEvidenceRowsAndRedFlagsOfTheReport()
    {
        // A freshly built assessor, so that the tables its constructor precomputes are checked by this test as well.
        var assessor = new BackPainAssessor(new AssessorOptions());
        foreach (var symptom in Symptom.All)
        {
            var report = ShowingFinding(symptom);
            report.Symptoms.Should().Contain(symptom, "the example helper must produce the finding");
            var assessment = assessor.Assess(report);
            foreach (var likelihood in assessment.Causes)
            {
                var rows = EvidenceRules.For(likelihood.Cause).Where(r => report.Symptoms.Contains(r.Symptom)).ToList();
                likelihood.Supporting.Should().Equal(rows.Where(r => r.Supports), $"{symptom.Id}: the rows for {likelihood.Cause.Id}, in table order");
                likelihood.Against.Should().Equal(rows.Where(r => !r.Supports), $"{symptom.Id}: the rows against {likelihood.Cause.Id}, in table order");
            }

            assessment.RedFlags.Select(f => f.Symptom).Should().BeEquivalentTo(Symptom.All.Where(s => s.IsRedFlag && report.Symptoms.Contains(s)), symptom.Id);
        }
    }

    [Fact]
    public void RuleIds_AcrossAllCatalogues_AreUnique()
    {
        var ids = EvidenceRules.All.Select(r => r.RuleId)
            .Concat(TriageRules.All.Select(r => r.Id))
            .Concat(RemedyRules.All.Select(r => r.Id))
            .Concat(RestrictionRules.All.Select(r => r.Id));

        ids.Should().OnlyHaveUniqueItems();
    }

    private static void ShouldBeRedFlag(SymptomReport report, string redFlagId, TriageLevel level)
    {
        var assessment = Assess(report);

        var flag = assessment.RedFlags.Should().ContainSingle(f => f.Symptom.Id == redFlagId).Subject;
        flag.Level.Should().Be(level);
        flag.RuleId.Should().Be("redFlag." + redFlagId);
        flag.Reason.Should().NotBeNullOrWhiteSpace();
        assessment.Triage.Level.Should().Be(level);
        assessment.Triage.RuleId.Should().Be("redFlag." + redFlagId);
        Advises(assessment, Remedy.SeeClinician).Should().BeTrue("any red flag means seeing a clinician (§3)");
        var suspends = level >= TriageLevel.SeeDoctorUrgently;
        assessment.Restricts(RestrictionKind.SuspendAllTraining).Should().Be(suspends, "§6.7 suspends training from see-a-doctor-urgently up");
        if (suspends)
        {
            var suspension = RestrictionOf(assessment, RestrictionKind.SuspendAllTraining, null);
            suspension.LiftedWhen.Should().Be(LiftCondition.ClinicianClearance);
            Advises(assessment, Remedy.Stretching).Should().BeFalse();
            Advises(assessment, Remedy.StrengthenCore).Should().BeFalse();
        }
    }

    [Fact]
    public void Assess_PopHeardWithOnlyAMildDullAche_KeepsLigamentTearPossibleAndBlocksAllExercise()
    {
        // The pop is the source article's main sign of a torn ligament: a mild ache must not explain it away.
        var assessment = BackPainAssessor.Default.Assess(new SymptomReportBuilder { Severity = 2, PopHeard = true, Character = PainCharacter.DullAche }.Build());

        assessment.LikelihoodOf(Cause.LigamentTear).IsAtLeastPossible.Should().BeTrue();
        assessment.Restrictions.Should().Contain(r => r.Kind == RestrictionKind.NoExercise && r.Cause == Cause.LigamentTear);
        assessment.Triage.Level.Should().BeSameAs(TriageLevel.SeeDoctor);
    }

    [Fact]
    public void Assess_NumbnessInBothLegs_AlsoKeepsASlippedDiscPossibleForWhenTheEmergencyIsCleared()
    {
        var assessment = BackPainAssessor.Default.Assess(new SymptomReportBuilder { Severity = 5, Legs = LegSymptoms.BothLegs }.Build());

        assessment.Triage.Level.Should().BeSameAs(TriageLevel.Emergency);
        assessment.LikelihoodOf(Cause.SlippedDisc).IsAtLeastPossible.Should().BeTrue();
        assessment.Restrictions.Should().Contain(r => r.Kind == RestrictionKind.NoStrenuousExercise && r.Cause == Cause.SlippedDisc);
    }
}
