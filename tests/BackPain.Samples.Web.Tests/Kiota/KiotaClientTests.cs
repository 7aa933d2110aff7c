using BackPain.Core.Serialization;
using BackPain.Samples.Web.Tests.Kiota.Client;
using BackPain.Samples.Web.Tests.Kiota.Client.Models;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using KiotaCheckIn = BackPain.Samples.Web.Tests.Kiota.Client.Models.CheckInReport;
using KiotaReport = BackPain.Samples.Web.Tests.Kiota.Client.Models.SymptomReport;

namespace BackPain.Samples.Web.Tests.Kiota;

/// <summary>
/// The sample called as a non-.NET client would: through the client Kiota generated from the OpenAPI document
/// (<c>Kiota/Client</c>), typed from the library's schemas, over the test server's <see cref="HttpClient"/>. Each answer,
/// written back by Kiota's serializer, must read with <see cref="BackPainJson"/> as the library's own result: the typed
/// models lose nothing.
/// </summary>
public sealed class KiotaClientTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly DateOnly Start = new(2026, 12, 1);

    private readonly BackPainClient _client = Connect(factory.CreateClient());

    [Fact]
    public async Task Assess_PulledMuscleReport_AnswersTheLibrarysAssessment()
    {
        var assessment = await _client.Api.Assessments.PostAsync(await PulledMuscleAsync());

        var expected = Core.BackPainAssessor.Default.Assess(Reports.PulledMuscle());
        assessment!.Causes![0].Cause.Should().Be(Assessment_causes_cause.PulledMuscle);
        assessment.Disclaimer.Should().Contain("not a diagnosis");
        BackPainJson.DeserializeAssessment(await KiotaJsonSerializer.SerializeAsStringAsync(assessment)).Should().Be(expected);
    }

    [Fact]
    public async Task Plan_PulledMuscle_Answers28DaysWithoutCoreWorkBeforeAPainFreeCheckIn()
    {
        var plan = await _client.Api.Plans.PostAsync(new PlanBody { Report = await PulledMuscleAsync(), Start = new Date(Start.ToDateTime(TimeOnly.MinValue)), LengthDays = 28 });

        plan!.Days.Should().HaveCount(28);
        plan.Days!.Should().OnlyContain(day => day.HasCoreWork == false, "a pulled muscle holds core work until a pain-free check-in");
        BackPainJson.DeserializePlan(await KiotaJsonSerializer.SerializeAsStringAsync(plan)).Should().Be(ExpectedPlan());
    }

    [Fact]
    public async Task CheckIn_OnAPlanTheClientReceived_AnswersTheUpdatedPlan()
    {
        var plan = await _client.Api.Plans.PostAsync(new PlanBody { Report = await PulledMuscleAsync(), Start = new Date(Start.ToDateTime(TimeOnly.MinValue)) });
        var checkIn = new KiotaCheckIn { Date = new Date(Start.AddDays(7).ToDateTime(TimeOnly.MinValue)), Pain = 0, Trend = CheckInReport_trend.Better };

        var updated = await _client.Api.Plans.CheckIns.PostAsync(new CheckInBody { Plan = plan, CheckIn = checkIn });

        updated!.AsOf.Should().Be(new Date(Start.AddDays(7).ToDateTime(TimeOnly.MinValue)));
        updated.CheckInReports.Should().ContainSingle().Which.Pain.Should().Be(0);
        var expected = ExpectedPlan().CheckIn(new Core.CheckInReport(Start.AddDays(7), pain: 0, Core.Trend.Better));
        BackPainJson.DeserializePlan(await KiotaJsonSerializer.SerializeAsStringAsync(updated)).Should().Be(expected);
    }

    [Fact]
    public async Task Calendar_OfAPlanTheClientReceived_IsAnICalendarFile()
    {
        var plan = await _client.Api.Plans.PostAsync(new PlanBody { Report = await PulledMuscleAsync(), Start = new Date(Start.ToDateTime(TimeOnly.MinValue)) });

        await using var calendar = await _client.Api.Plans.Calendar.PostAsync(plan!);

        using var reader = new StreamReader(calendar!);
        (await reader.ReadToEndAsync()).Should().StartWith("BEGIN:VCALENDAR").And.Contain("This is not a diagnosis.");
    }

    [Fact]
    public async Task Assess_Severity11AndAge300_ThrowsTheValidationProblemWithBothPathsAndCodes()
    {
        var send = () => _client.Api.Assessments.PostAsync(new KiotaReport { Severity = 11, Age = 300 });

        var problem = (await send.Should().ThrowAsync<HttpValidationProblemDetails>()).Which;
        problem.ResponseStatusCode.Should().Be(400);
        problem.Status.Should().Be(400);
        problem.Errors!.AdditionalData.Keys.Should().BeEquivalentTo("$.severity", "$.age");
        Strings(problem.Errors.AdditionalData["$.severity"]).Should().ContainSingle().Which.Should().Contain("between 0 and 10");
        Strings(problem.Codes!.AdditionalData["$.severity"]).Should().Equal("outOfRange");
        Strings(problem.Codes.AdditionalData["$.age"]).Should().Equal("outOfRange");
    }

    /// <summary>A client for the test server: Kiota's request adapter over the server's <see cref="HttpClient"/>, no authentication.</summary>
    private static BackPainClient Connect(HttpClient http)
        => new(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = http.BaseAddress!.ToString().TrimEnd('/') });

    /// <summary>The pulled-muscle story (<c>examples/pulled-muscle.json</c>) read into the client's model by Kiota's own JSON reader.</summary>
    private static async Task<KiotaReport> PulledMuscleAsync()
        => (await KiotaJsonSerializer.DeserializeAsync(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", "pulled-muscle.json")), KiotaReport.CreateFromDiscriminatorValue))!;

    private static Core.RecoveryPlan ExpectedPlan()
        => Core.RecoveryPlanner.Default.Plan(Core.BackPainAssessor.Default.Assess(Reports.PulledMuscle()), Core.TrainingHistory.Empty, new Core.PlanRequest(Start, Core.Days.Of(28)));

    /// <summary>The strings of a JSON array Kiota kept untyped (a problem's <c>errors</c> and <c>codes</c> are maps keyed by path).</summary>
    private static IEnumerable<string?> Strings(object array) => ((UntypedArray)array).GetValue().Select(item => ((UntypedString)item).GetValue());
}
