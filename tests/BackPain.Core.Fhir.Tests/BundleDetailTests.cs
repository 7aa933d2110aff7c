using BackPain.Core.Fhir.Tests.Support;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir.Tests;

/// <summary>
/// What a clinician reads in the bundle beyond its shape: when the triage in force began and which rule set it, the
/// rationale of each cause, the care plan's description and its check-ins (PACKAGE.md, domain.md §4, §6b).
/// </summary>
public class BundleDetailTests
{
    private static readonly DateTimeOffset MorningOfTheStart = new(2026, 12, 1, 9, 30, 0, TimeSpan.FromHours(1));

    [Fact]
    public void ToBundle_AssessmentAloneWithRedFlags_HasTheEmergencyFlagAndAStatRequestForEveryRedFlag()
    {
        // The red-flag story is an emergency (domain.md §4) with or without a plan.
        var assessment = BackPainAssessor.Default.Assess(Stories.Report("red-flag"));

        var bundle = BackPainFhir.ToBundle(assessment, Stories.Options with { AssessedAt = MorningOfTheStart });

        var flag = bundle.One<Flag>()!;
        flag.Code.LibraryCode().Should().Be("triageLevel.emergency");
        flag.Period!.Start.Should().Be("2026-12-01T09:30:00+01:00", "the level is in force from the assessment");
        var request = bundle.One<ServiceRequest>()!;
        request.Priority.Should().Be(RequestPriority.Stat);
        request.ReasonReference.Select(r => r.Reference).Should().Equal(bundle.All<Observation>().Select(bundle.UrlOf));
    }

    [Fact]
    public void ToBundle_EveryRedFlagsObservation_NamesTheRedFlagsRuleAndSource()
    {
        // A clinician reads from the rule extension why the finding escalated and on what authority (domain.md §4).
        var assessment = BackPainAssessor.Default.Assess(Stories.Report("red-flag"));
        assessment.RedFlags.Should().NotBeEmpty();

        var bundle = BackPainFhir.ToBundle(assessment, Stories.Options);

        bundle.All<Observation>().Select(o => (o.Code.LibraryCode(), Support.Stories.RuleOf(o), Support.Stories.SourceOf(o)))
            .Should().BeEquivalentTo(assessment.RedFlags.Select(r => ("symptom." + r.Symptom.Id, r.RuleId, r.Source.Id)));
    }

    [Fact]
    public void ToBundle_TheSameRedFlagAtTwoCheckInsOnOneDate_IsOneObservation()
    {
        // domain.md §6b: several check-ins may share a date; the fever both report is one finding of that day, and a
        // bundle's entries must have distinct full URLs.
        var feverOnTheFifth = new CheckInReport(new DateOnly(2026, 12, 5), 4, Trend.Same, newSymptoms: [Symptom.Fever]);
        var plan = Support.Stories.PulledMuscle(age: 35).CheckIn(feverOnTheFifth).CheckIn(feverOnTheFifth);

        var bundle = BackPainFhir.ToBundle(plan, Stories.Options);

        bundle.All<Observation>().Where(o => o.Code.LibraryCode() == "symptom.fever")
            .Should().ContainSingle().Which.Effective.Should().BeOfType<FhirDateTime>().Which.Value.Should().Be("2026-12-05");
        bundle.ShouldBeWellFormed("Patient/example");
    }

    [Fact]
    public void ToBundle_OptionsWithoutASubject_NamesTheMissingSubjectInTheError()
    {
        var act = () => BackPainFhir.ToBundle(Stories.Plan("doms"), new FhirOutputOptions(null!));

        act.Should().Throw<ArgumentNullException>().Which.ParamName.Should().Be("options.Subject");
    }

    [Fact]
    public void ToBundle_SeeADoctorStory_ProposesARoutineVisitWithoutAFlag()
    {
        // domain.md §4: over 50 is "see a doctor": a routine request, and no Flag, which is kept for urgent levels.
        var plan = Support.Stories.PulledMuscle(age: 60);
        plan.Assessment.Triage.Level.Should().Be(TriageLevel.SeeDoctor);

        var bundle = BackPainFhir.ToBundle(plan, Stories.Options);

        bundle.One<Flag>().Should().BeNull();
        var request = bundle.One<ServiceRequest>()!;
        request.Priority.Should().Be(RequestPriority.Routine);
        request.Code.LibraryCode().Should().Be("triageLevel.seeDoctor");
    }

    [Fact]
    public void ToBundle_AssessmentsLevelInForceFromTheStart_IsDatedAtTheTimeOfTheAssessmentWithTheAssessmentsRule()
    {
        // domain.md §6b.5: from the start the level in force is the assessment's; it came into force when the report
        // was assessed, and a check-in that adds nothing worse leaves it so.
        var plan = Stories.Plan("red-flag").CheckIn(new CheckInReport(new DateOnly(2026, 12, 3), 5, Trend.Same));

        var bundle = BackPainFhir.ToBundle(plan, Stories.Options with { AssessedAt = MorningOfTheStart });

        var flag = bundle.One<Flag>()!;
        flag.Period!.Start.Should().Be("2026-12-01T09:30:00+01:00");
        Support.Stories.RuleOf(flag).Should().Be(plan.Assessment.Triage.RuleId);
        var request = bundle.One<ServiceRequest>()!;
        request.AuthoredOn.Should().Be("2026-12-01T09:30:00+01:00");
        request.ReasonCode.Single().Text.Should().Be(plan.Assessment.Triage.Reason);
    }

    [Fact]
    public void ToBundle_UrgentLevelRaisedByAnEarlierCheckIn_IsDatedFromThatCheckInNotTheLastOne()
    {
        // domain.md §6b.5: fever at the check-in of 5 December raises the level to "see a doctor urgently" (§4); a later
        // check-in without a clearance keeps it, so the level in force has held since the 5th, for the fever.
        var plan = Support.Stories.PulledMuscle(age: 35)
            .CheckIn(new CheckInReport(new DateOnly(2026, 12, 5), 4, Trend.Same, newSymptoms: [Symptom.Fever]))
            .CheckIn(new CheckInReport(new DateOnly(2026, 12, 7), 2, Trend.Better));

        var bundle = BackPainFhir.ToBundle(plan, Stories.Options);

        var flag = bundle.One<Flag>()!;
        flag.Code.LibraryCode().Should().Be("triageLevel.seeDoctorUrgently");
        flag.Period!.Start.Should().Be("2026-12-05");
        Support.Stories.RuleOf(flag).Should().Be("plan.redFlagAtCheckIn");
        var request = bundle.One<ServiceRequest>()!;
        request.AuthoredOn.Should().Be("2026-12-05");
        request.ReasonCode.Single().Text.Should().Contain(plan.Assessment.Texts.Text(Symptom.Fever));
    }

    [Fact]
    public void ToBundle_FeverAtACheckInThatIsAlsoNotBetterAfterAWeek_GivesTheFeverAsTheUrgentRequestsReason()
    {
        // domain.md §6b.1: pain that has lasted a week and is not getting better asks to see a doctor; fever asks to see
        // one urgently (§4). The urgent level in force is the fever's, so the request's rule and reason are the fever's.
        var plan = Support.Stories.PulledMuscle(age: 35).CheckIn(new CheckInReport(new DateOnly(2026, 12, 8), 4, Trend.Same, newSymptoms: [Symptom.Fever]));
        plan.Day(new DateOnly(2026, 12, 8)).Planned.Select(e => e.RuleId).Should().Contain("plan.notBetterAfterAWeek");

        var request = BackPainFhir.ToBundle(plan, Stories.Options).One<ServiceRequest>()!;

        request.Priority.Should().Be(RequestPriority.Urgent);
        Support.Stories.RuleOf(request).Should().Be("plan.redFlagAtCheckIn");
        request.ReasonCode.Single().Text.Should().Contain(plan.Assessment.Texts.Text(Symptom.Fever));
    }

    [Theory]
    [MemberData(nameof(ReportNames))]
    public void ToBundle_Rationale_ListsTheFindingsForThenAgainstSeparatedBySemicolons(string story)
    {
        // "For: a; b. Against: c." (RiskAssessmentMapping): a side without findings is left out, and a cause without any
        // finding says so.
        var assessment = BackPainAssessor.Default.Assess(Stories.Report(story));

        var risk = BackPainFhir.ToBundle(assessment, Stories.Options).One<RiskAssessment>()!;

        foreach (var (prediction, likelihood) in risk.Prediction.Zip(assessment.Causes))
        {
            var forIt = likelihood.Supporting.Select(e => assessment.Texts.Text(e.Symptom)).ToList();
            var against = likelihood.Against.Select(e => assessment.Texts.Text(e.Symptom)).ToList();
            var expected = (forIt.Count, against.Count) switch
            {
                (0, 0) => "No finding of the report speaks for or against this cause.",
                (_, 0) => $"For: {string.Join("; ", forIt)}.",
                (0, _) => $"Against: {string.Join("; ", against)}.",
                _ => $"For: {string.Join("; ", forIt)}. Against: {string.Join("; ", against)}.",
            };
            prediction.Rationale.Should().Be(expected, "the rationale of {0}", likelihood.Cause.Id);
        }
    }

    [Fact]
    public void ToBundle_Rationale_StoriesHoldCausesWithFindingsOnOneSideOnlyAndOnBoth()
    {
        // The theory above is only as good as its cases: the stories hold a cause with two findings for it, one with
        // findings against it only, one with findings for it only, and one with both.
        var causes = Stories.ReportNames.SelectMany(name => BackPainAssessor.Default.Assess(Stories.Report(name)).Causes).ToList();

        causes.Should().Contain(c => c.Supporting.Count >= 2);
        causes.Should().Contain(c => c.Supporting.Count == 0 && c.Against.Count > 0);
        causes.Should().Contain(c => c.Supporting.Count > 0 && c.Against.Count == 0);
        causes.Should().Contain(c => c.Supporting.Count > 0 && c.Against.Count > 0);
    }

    [Fact]
    public void ToBundle_CarePlanDescription_IsTheAssessmentsSummaryAsOneParagraph()
    {
        var plan = Stories.Plan("pulled-muscle");
        plan.Assessment.Summary.Should().HaveCountGreaterThan(1);

        var carePlan = BackPainFhir.ToBundle(plan, Stories.Options).One<CarePlan>()!;

        carePlan.Description.Should().Be(string.Join(" ", plan.Assessment.Summary), "the summary's sentences are read one after the other");
    }

    [Fact]
    public void ToBundle_ProposedCheckIns_AreCheckInActivitiesWithTheCheckInRuleItsSourceAndItsReason()
    {
        // domain.md §6b: the plan proposes check-ins (a library default, Source libraryDefault); each one's activity says
        // why in the plan's words and follows back to its rule.
        var plan = Stories.Plan("pulled-muscle");
        var checkInReason = plan.Day(new DateOnly(2026, 12, 2)).Planned.Single(e => e.Kind == PlanEntryKind.CheckIn).Reason;

        var carePlan = BackPainFhir.ToBundle(plan, Stories.Options).One<CarePlan>()!;

        var checkIns = carePlan.Activity.Select(a => a.Detail!).Where(d => d.Code.LibraryCode() == "plan.checkIn").ToList();
        checkIns.Should().HaveCount(plan.CheckInDates.Count).And.AllSatisfy(detail =>
        {
            detail.ReasonCode.Select(r => r.Text).Should().Equal(checkInReason);
            var rule = detail.GetExtension(Codes.RuleExtension)!;
            rule.GetExtensionValue<FhirString>("id")!.Value.Should().Be("plan.checkIn");
            rule.GetExtensionValue<Code>("source")!.Value.Should().Be("libraryDefault");
        });
    }

    public static TheoryData<string> ReportNames => [.. Stories.ReportNames];
}
