using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackPain.Core;
using BackPain.Core.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace BackPain.Samples.Web.Tests.Json;

/// <summary>
/// A minimal API written as an app developer would, with nothing hand-written for JSON: the library's types bound
/// from the body and returned by the framework, with <see cref="BackPainJson.Configure"/> in
/// <c>ConfigureHttpJsonOptions</c>, and read back by <c>HttpClient</c>'s JSON extensions.
/// </summary>
public sealed class MinimalApiJsonTests : IAsyncLifetime
{
    private static readonly DateOnly Start = new(2026, 12, 1);

    private static readonly SymptomReport PulledMuscle = new SymptomReportBuilder
    {
        Severity = 6,
        Onset = Onset.DuringWorkout,
        Character = PainCharacter.Sharp,
        SuddenJerk = true,
        MusclesTight = true,
        Exercises = [Exercise.Deadlift],
    }.Build();

    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.ConfigureHttpJsonOptions(o => BackPainJson.Configure(o.SerializerOptions));
        builder.Services.AddProblemDetails();
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        _app = builder.Build();

        // How a host shows every problem of a bad document: the JsonException's message lists them all.
        _app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            ExceptionHandler = context =>
            {
                var error = context.Features.Get<IExceptionHandlerFeature>()!.Error;
                return Results.Problem(error.InnerException is JsonException json ? json.Message : error.Message, statusCode: context.Response.StatusCode)
                    .ExecuteAsync(context);
            },
        });

        _app.MapPost("/assessments", (SymptomReport report) => Results.Ok(BackPainAssessor.Default.Assess(report)));
        _app.MapPost("/plans", (SymptomReport report) =>
            TypedResults.Ok(RecoveryPlanner.Default.Plan(BackPainAssessor.Default.Assess(report), TrainingHistory.Empty, new PlanRequest(Start, Days.Of(28)))));
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task PostReport_BoundFromTheBody_ReturnsTheAssessmentInTheLibrarysShape()
    {
        var response = await _client.PostAsJsonAsync("/assessments", PulledMuscle);

        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var expected = BackPainAssessor.Default.Assess(PulledMuscle);
        // The same document; only the host's escaping may differ (ASP.NET Core writes "–" unescaped).
        System.Text.Json.Nodes.JsonNode.DeepEquals(
            System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync()),
            System.Text.Json.Nodes.JsonNode.Parse(BackPainJson.Serialize(expected))).Should().BeTrue();
        (await response.Content.ReadFromJsonAsync<Assessment>()).Should().Be(expected);
    }

    [Fact]
    public async Task PostReport_ReturnsAPlanTheClientReadsBack()
    {
        var response = await _client.PostAsJsonAsync("/plans", PulledMuscle);

        var plan = await response.Content.ReadFromJsonAsync<RecoveryPlan>();

        plan.Should().Be(RecoveryPlanner.Default.Plan(BackPainAssessor.Default.Assess(PulledMuscle), TrainingHistory.Empty, new PlanRequest(Start, Days.Of(28))));
        plan!.MayDoCoreWork(Start).IsAllowed.Should().BeFalse("a pulled muscle blocks core work until a pain-free check-in");
    }

    [Fact]
    public async Task PostReport_WithSeveralBadValues_Answers400NamingEveryProblem()
    {
        // Spec: severity is 0–10 and age 0–130.
        var response = await _client.PostAsync(
            new Uri("/assessments", UriKind.Relative), new StringContent("""{ "severity": 11, "age": 200 }""", System.Text.Encoding.UTF8, "application/json"));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        problem.GetProperty("detail").GetString().Should().Contain("severity: must be between 0 and 10").And.Contain("age: must be between 0 and 130");
    }
}
