using System.Globalization;
using BackPain.Core.Fhir.Tests.Support;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace BackPain.Core.Fhir.Tests;

public class BackPainFhirTests
{
    private const string RiskProbability = "http://terminology.hl7.org/CodeSystem/risk-probability";

    public static TheoryData<string, string?> Stories => Support.Stories.All;

    [Theory]
    [MemberData(nameof(Stories))]
    public void ToBundle_EveryExampleStory_ValidatesAsAWholeAndResourceByResource(string story, string? checkIn)
    {
        var bundle = BackPainFhir.ToBundle(Support.Stories.Plan(story, checkIn), Support.Stories.Options);

        FhirValidation.Errors(bundle).Should().BeEmpty();
        foreach (var entry in bundle.Entry)
        {
            FhirValidation.Errors(entry.Resource!).Should().BeEmpty($"the {entry.Resource!.TypeName} validates on its own");
        }
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void ToBundle_EveryExampleStory_IsWellFormedAndParsesBackToTheSameJson(string story, string? checkIn)
    {
        var bundle = BackPainFhir.ToBundle(Support.Stories.Plan(story, checkIn), Support.Stories.Options);

        bundle.ShouldBeWellFormed("Patient/example");
        bundle.ShouldRoundTrip();
        foreach (var entry in bundle.Entry)
        {
            entry.Resource!.ShouldRoundTrip();
        }
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public void ToBundle_EveryExampleStory_EveryResourceButTheFlagSaysItIsNotADiagnosis(string story, string? checkIn)
    {
        // Every output a person reads says it is not a diagnosis (docs/safety.md); R4's Flag has no note, so it alone
        // points at the triage level and leaves the disclaimer to the ServiceRequest and RiskAssessment beside it.
        var plan = Support.Stories.Plan(story, checkIn);

        var bundle = BackPainFhir.ToBundle(plan, Support.Stories.Options);

        foreach (var resource in bundle.Entry.Select(e => e.Resource!).Where(r => r is not Flag))
        {
            var notes = resource switch
            {
                RiskAssessment r => r.Note,
                Observation o => o.Note,
                ServiceRequest s => s.Note,
                CarePlan c => c.Note,
                _ => throw new InvalidOperationException($"a {resource.TypeName} the test does not know"),
            };
            notes.Select(n => n.Text).Should().Contain(plan.Assessment.Disclaimer, $"the {resource.TypeName} says it is not a diagnosis");
        }
    }

    [Fact]
    public void ToBundle_RedFlagStory_HasAFinalObservationPerRedFlagDerivedFromTheResponse()
    {
        // examples/red-flag.json answers saddle numbness and bladder problems, numbness in both legs and a worse trend:
        // each is a red flag of domain.md §4 (the first three emergencies, getting worse "see a doctor").
        var bundle = BackPainFhir.ToBundle(Support.Stories.Plan("red-flag"), Support.Stories.Options);

        var observations = bundle.All<Observation>();
        observations.Select(o => o.Code.LibraryCode()).Should().BeEquivalentTo(
            "symptom.saddleNumbness", "symptom.bladderProblems", "symptom.numbnessBothLegs", "symptom.gettingWorse");
        observations.Should().AllSatisfy(o =>
        {
            o.Status.Should().Be(ObservationStatus.Final);
            o.Value.Should().BeOfType<FhirBoolean>().Which.Value.Should().BeTrue();
            o.DerivedFrom.Select(r => r.Reference).Should().Equal("QuestionnaireResponse/example");
            o.Effective.Should().BeOfType<FhirDateTime>().Which.Value.Should().Be("2026-12-01");
        });
    }

    [Fact]
    public void ToBundle_RedFlagStory_HasAnActiveClinicalFlagAndAStatProposalToSeeAClinician()
    {
        // Cauda equina signs are an emergency (domain.md §4): a Flag while it is in force, and a request of the highest
        // R4 priority ("stat": immediately, e.g. an emergency) whose reasons are the red-flag observations.
        var bundle = BackPainFhir.ToBundle(Support.Stories.Plan("red-flag"), Support.Stories.Options);

        var flag = bundle.One<Flag>()!;
        flag.Status.Should().Be(Flag.FlagStatus.Active);
        flag.Category.Single().Coding.Single().Code.Should().Be("clinical");
        flag.Code.LibraryCode().Should().Be("triageLevel.emergency");
        flag.Period!.Start.Should().Be("2026-12-01");
        var request = bundle.One<ServiceRequest>()!;
        request.Intent.Should().Be(RequestIntent.Proposal);
        request.Priority.Should().Be(RequestPriority.Stat);
        request.Code.LibraryCode().Should().Be("triageLevel.emergency");
        request.ReasonReference.Select(r => r.Reference).Should().BeEquivalentTo(bundle.All<Observation>().Select(bundle.UrlOf));
        request.SupportingInfo.Single().Reference.Should().Be(bundle.UrlOf(bundle.One<RiskAssessment>()!));
    }

    [Fact]
    public void ToBundle_CheckInWithFever_FlagsTheUrgentLevelFromThatDateWithTheCheckInsObservationAsReason()
    {
        // domain.md §4: fever is a red flag for seeing a doctor urgently; §6b.5: a check-in raises the level in force
        // from its date. The pulled-muscle story itself needs no clinician's visit that urgent.
        var plan = Support.Stories.Plan("pulled-muscle").CheckIn(new CheckInReport(new DateOnly(2026, 12, 8), 3, Trend.Same, newSymptoms: [Symptom.Fever]));

        var bundle = BackPainFhir.ToBundle(plan, Support.Stories.Options);

        var fever = bundle.All<Observation>().Single(o => o.Code.LibraryCode() == "symptom.fever");
        fever.Effective.Should().BeOfType<FhirDateTime>().Which.Value.Should().Be("2026-12-08");
        fever.DerivedFrom.Should().BeEmpty("the check-in did not come from the report's questionnaire response");
        var flag = bundle.One<Flag>()!;
        flag.Code.LibraryCode().Should().Be("triageLevel.seeDoctorUrgently");
        flag.Period!.Start.Should().Be("2026-12-08");
        var request = bundle.One<ServiceRequest>()!;
        request.Priority.Should().Be(RequestPriority.Urgent);
        request.AuthoredOn.Should().Be("2026-12-08");
        request.ReasonReference.Select(r => r.Reference).Should().Equal(bundle.UrlOf(fever));
        FhirValidation.Errors(bundle).Should().BeEmpty();
    }

    [Fact]
    public void ToBundle_CheckInWorseWithSaddleNumbness_GivesTheEmergencyRedFlagAsTheRequestsReasonNotTheWorsePain()
    {
        // domain.md §4: saddle numbness is an emergency, a worse trend only "see a doctor"; the emergency in force comes
        // from the red flag, so the request's reason and rule are those of the red flag reported at the check-in.
        var plan = Support.Stories.PulledMuscle(age: 35).CheckIn(new CheckInReport(
            new DateOnly(2026, 12, 3), 5, Trend.Worse, newSymptoms: [Symptom.SaddleNumbness]));

        var request = BackPainFhir.ToBundle(plan, Support.Stories.Options).One<ServiceRequest>()!;

        request.Priority.Should().Be(RequestPriority.Stat);
        Support.Stories.RuleOf(request).Should().Be("plan.redFlagAtCheckIn");
        request.ReasonCode.Single().Text.Should()
            .Contain(plan.Assessment.Texts.Text(Symptom.SaddleNumbness)).And.Contain(plan.Assessment.Texts.Text(TriageLevel.Emergency));
    }

    [Fact]
    public void ToBundle_FeverCheckInOnTheStartDayOfASeeADoctorStory_GivesTheFeverAsTheUrgentRequestsReason()
    {
        // domain.md §4: over 50 is "see a doctor", fever "see a doctor urgently"; the urgent level in force from the start
        // day is the fever's, not the assessment's routine see-a-doctor entry of that day.
        var plan = Support.Stories.PulledMuscle(age: 60);
        plan.Assessment.Triage.Level.Should().Be(TriageLevel.SeeDoctor);
        plan = plan.CheckIn(new CheckInReport(Support.Stories.Start, 5, Trend.Same, newSymptoms: [Symptom.Fever]));

        var request = BackPainFhir.ToBundle(plan, Support.Stories.Options).One<ServiceRequest>()!;

        request.Priority.Should().Be(RequestPriority.Urgent);
        Support.Stories.RuleOf(request).Should().Be("plan.redFlagAtCheckIn");
        request.ReasonCode.Single().Text.Should()
            .Contain(plan.Assessment.Texts.Text(Symptom.Fever)).And.Contain(plan.Assessment.Texts.Text(TriageLevel.SeeDoctorUrgently));
    }

    [Fact]
    public void ToBundle_DomsStory_WithoutWarningSigns_HasNoObservationFlagOrServiceRequest()
    {
        // DOMS (examples/doms.json) is self-care: nothing for a clinic to act on beyond the record itself.
        var plan = Support.Stories.Plan("doms");
        plan.Assessment.Triage.Level.Should().Be(TriageLevel.SelfCare, "the DOMS story is self-care (domain.md §4)");

        var bundle = BackPainFhir.ToBundle(plan, Support.Stories.Options);

        bundle.All<Observation>().Should().BeEmpty();
        bundle.One<Flag>().Should().BeNull();
        bundle.One<ServiceRequest>().Should().BeNull();
        bundle.Entry.Select(e => e.Resource!.TypeName).Should().Equal("RiskAssessment", "CarePlan");
    }

    [Fact]
    public void ToBundle_RiskAssessment_HasOnePredictionPerCauseInRankOrderWithTheBandsRiskAndTheFindings()
    {
        var plan = Support.Stories.Plan("pulled-muscle");
        var assessment = plan.Assessment;

        var risk = BackPainFhir.ToBundle(plan, Support.Stories.Options).One<RiskAssessment>()!;

        risk.Status.Should().Be(ObservationStatus.Final);
        risk.Basis.Select(r => r.Reference).Should().Equal("QuestionnaireResponse/example");
        risk.Occurrence.Should().BeOfType<FhirDateTime>().Which.Value.Should().Be("2026-12-01", "with no time given, the plan's start stands for it");
        risk.Note.Single().Text.Should().Be(assessment.Disclaimer);
        risk.Prediction.Select(p => p.Outcome.LibraryCode()).Should().Equal(assessment.Causes.Select(c => "cause." + c.Cause.Id));
        foreach (var (prediction, likelihood) in risk.Prediction.Zip(assessment.Causes))
        {
            // risk-probability: high = "more likely than not", moderate = "reasonable likelihood", low = "possible but unlikely".
            var expected = likelihood.Band switch { LikelihoodBand.Likely => "high", LikelihoodBand.Possible => "moderate", _ => "low" };
            prediction.QualitativeRisk!.Coding.Single().Should().Match<Coding>(c => c.System == RiskProbability && c.Code == expected);
            ((FhirDecimal)prediction.Probability!).Value.Should().BeApproximately((decimal)likelihood.Score, 0.00005m);
            foreach (var evidence in likelihood.Supporting.Concat(likelihood.Against))
            {
                prediction.Rationale.Should().Contain(assessment.Texts.Text(evidence.Symptom));
            }
        }

        risk.Prediction[0].Outcome.LibraryCode().Should().Be("cause.pulledMuscle", "the story is the pulled muscle's (domain.md §1)");
        risk.Prediction[0].QualitativeRisk!.Coding.Single().Code.Should().Be("high");
    }

    [Fact]
    public void ToBundle_GermanAssessment_WritesTheRationaleInGerman()
    {
        var german = new BackPainAssessor(new AssessorOptions { Culture = CultureInfo.GetCultureInfo("de") });
        var assessment = german.Assess(Support.Stories.Report("pulled-muscle"));
        var top = assessment.TopCause;

        var risk = BackPainFhir.ToBundle(assessment, Support.Stories.Options).One<RiskAssessment>()!;

        var rationale = risk.Prediction[0].Rationale;
        rationale.Should().Contain(assessment.Texts.Text(top.Supporting[0].Symptom));
        rationale.Should().NotContain(BackPainAssessor.Default.Texts.Text(top.Supporting[0].Symptom));
        risk.Prediction[0].Outcome!.Text.Should().Be(assessment.Texts.Name(top.Cause));
        risk.Note.Single().Text.Should().Be(assessment.Disclaimer);
    }

    [Fact]
    public void ToBundle_GermanPlan_IsInGermanThroughout_TheActivitiesNamedByTheirRulesInGerman()
    {
        // Texts follow the assessment's culture (issue 16): each resource says its language, as the questionnaires do,
        // and an activity's code reads as its rule's description in that language.
        var german = new BackPainAssessor(new AssessorOptions { Culture = CultureInfo.GetCultureInfo("de") });
        var history = BackPain.Core.Serialization.BackPainJson.DeserializeHistory(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "history.json")));
        var plan = RecoveryPlanner.Default.Plan(german.Assess(Support.Stories.Report("red-flag")), history, new PlanRequest(Support.Stories.Start));

        var bundle = BackPainFhir.ToBundle(plan, Support.Stories.Options);

        bundle.Entry.Select(e => e.Resource!.TypeName).Should().Contain(["RiskAssessment", "Observation", "Flag", "ServiceRequest", "CarePlan"]);
        bundle.Entry.Should().AllSatisfy(e => e.Resource!.Language.Should().Be("de", "the {0} is in German", e.Resource!.TypeName));
        var activities = bundle.One<CarePlan>()!.Activity.Select(a => a.Detail!.Code!).Where(c => c.Coding.Count > 0).ToList();
        activities.Should().NotBeEmpty();
        activities.Should().AllSatisfy(code =>
        {
            var rule = RuleCatalogue.All.Single(r => r.Id == code.LibraryCode());
            code.Text.Should().Be(plan.Assessment.Texts.Text(rule)).And.NotBe(BackPainAssessor.Default.Texts.Text(rule));
        });
    }

    [Fact]
    public void ToBundle_CarePlan_SpansThePlanAndSchedulesTheCheckInsOfDomainSection6b()
    {
        // domain.md §6b: a 28-day plan proposes check-ins on days 2, 7, 14, 21 and 28; the example check-in (2026-12-08)
        // was reported, so that date is a completed check-in.
        var plan = Support.Stories.Plan("pulled-muscle", "check-in");

        var carePlan = BackPainFhir.ToBundle(plan, Support.Stories.Options).One<CarePlan>()!;

        carePlan.Status.Should().Be(RequestStatus.Active);
        carePlan.Intent.Should().Be(CarePlan.CarePlanIntent.Plan);
        carePlan.Period!.Start.Should().Be("2026-12-01");
        carePlan.Period.End.Should().Be("2026-12-28");
        carePlan.Note.Single().Text.Should().Be(plan.Disclaimer);
        var checkIns = carePlan.Activities().Where(a => a.Code == "plan.checkIn").ToList();
        checkIns.Select(a => a.First.Day).Should().Equal(2, 7, 8, 14, 21, 28);
        checkIns.Should().AllSatisfy(a => a.Last.Should().Be(a.First));
        checkIns.Single(a => a.First.Day == 8).Status.Should().Be(CarePlan.CarePlanActivityStatus.Completed);
        checkIns.Where(a => a.First.Day != 8).Should().AllSatisfy(a => a.Status.Should().Be(CarePlan.CarePlanActivityStatus.Scheduled));
    }

    [Fact]
    public void ToBundle_PulledMuscle_ForbidsCoreWorkFromTheStartAsAProhibitionWithItsReasonAndSource()
    {
        // domain.md §6 rule 1: a possible injury blocks core work until it has healed, from the first day.
        var plan = Support.Stories.Plan("pulled-muscle");

        var carePlan = BackPainFhir.ToBundle(plan, Support.Stories.Options).One<CarePlan>()!;

        var block = carePlan.Activity.Single(a => a.Detail!.Code.LibraryCode() == "restriction.noCoreWorkUntilHealed").Detail!;
        block.DoNotPerform.Should().BeTrue();
        ((Period)block.Scheduled!).Start.Should().Be("2026-12-01");
        block.ReasonCode.Single().Text.Should().NotBeNullOrWhiteSpace();
        var rule = block.GetExtension("https://backpain-core.invalid/fhir/StructureDefinition/rule")!;
        rule.GetExtensionValue<Code>("source")!.Value.Should().Be(plan.Day(Support.Stories.Start).Blocked.First(e => e.Kind == PlanEntryKind.NoCoreWork).Source.Id);
        carePlan.Activities().Where(a => a.AllowsCoreWork && a.First < Support.Stories.Start.AddDays(7))
            .Should().BeEmpty("core work waits at least the pulled muscle's minimum healing time of one week");
    }

    [Fact]
    public void ToBundle_SameInput_GivesTheSameBundle_AndACheckInKeepsTheIdsOfThePlanAndAssessment()
    {
        var first = BackPainFhir.ToBundle(Support.Stories.Plan("slipped-disc"), Support.Stories.Options);
        var again = BackPainFhir.ToBundle(Support.Stories.Plan("slipped-disc"), Support.Stories.Options);
        var afterCheckIn = BackPainFhir.ToBundle(Support.Stories.Plan("slipped-disc", "check-in"), Support.Stories.Options);

        again.ToJson().Should().Be(first.ToJson());
        afterCheckIn.UrlOf(afterCheckIn.One<CarePlan>()!).Should().Be(first.UrlOf(first.One<CarePlan>()!));
        afterCheckIn.UrlOf(afterCheckIn.One<RiskAssessment>()!).Should().Be(first.UrlOf(first.One<RiskAssessment>()!));
    }

    [Fact]
    public void ToBundle_AnotherIdSeed_GivesOtherIds()
    {
        var plan = Support.Stories.Plan("slipped-disc");

        var mine = BackPainFhir.ToBundle(plan, Support.Stories.Options with { IdSeed = "plan-42" });
        var theirs = BackPainFhir.ToBundle(plan, Support.Stories.Options with { IdSeed = "plan-43" });

        mine.Entry.Select(e => e.FullUrl).Should().NotIntersectWith(theirs.Entry.Select(e => e.FullUrl));
    }

    [Fact]
    public void ToBundle_AssessmentAlone_HasNoCarePlanAndTheTimeTheCallerGave()
    {
        var assessment = BackPainAssessor.Default.Assess(Support.Stories.Report("red-flag"));
        var at = new DateTimeOffset(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(1));

        var withTime = BackPainFhir.ToBundle(assessment, Support.Stories.Options with { AssessedAt = at });
        var withoutTime = BackPainFhir.ToBundle(assessment, new FhirOutputOptions(Support.Stories.Patient));

        withTime.One<CarePlan>().Should().BeNull();
        withTime.One<RiskAssessment>()!.Occurrence.Should().BeOfType<FhirDateTime>().Which.Value.Should().Be("2026-12-01T09:30:00+01:00");
        withoutTime.One<RiskAssessment>()!.Occurrence.Should().BeNull();
        withoutTime.One<RiskAssessment>()!.Basis.Should().BeEmpty();
        withoutTime.All<Observation>().Should().AllSatisfy(o => o.DerivedFrom.Should().BeEmpty());
        FhirValidation.Errors(withTime).Should().BeEmpty();
        FhirValidation.Errors(withoutTime).Should().BeEmpty();
    }

    [Fact]
    public void ToBundle_NullArguments_ThrowArgumentNullException()
    {
        var plan = Support.Stories.Plan("doms");

        FluentActions.Invoking(() => BackPainFhir.ToBundle((RecoveryPlan)null!, Support.Stories.Options)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BackPainFhir.ToBundle((Assessment)null!, Support.Stories.Options)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BackPainFhir.ToBundle(plan, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => BackPainFhir.ToBundle(plan, new FhirOutputOptions(null!))).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void ToBundle_AnAssessmentWithoutOptionsOrSubject_NamesWhatIsMissing()
    {
        var assessment = Support.Stories.Plan("doms").Assessment;

        FluentActions.Invoking(() => BackPainFhir.ToBundle(assessment, null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("options");
        FluentActions.Invoking(() => BackPainFhir.ToBundle(assessment, new FhirOutputOptions(null!)))
            .Should().Throw<ArgumentNullException>().WithParameterName("options.Subject");
    }
}
