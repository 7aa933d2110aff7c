using System.Diagnostics;
using System.Net;
using BackPain.Core;
using BackPain.Core.Extensions.DependencyInjection;
using BackPain.Core.Serialization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using IcalCalendar = Ical.Net.Calendar;

namespace BackPain.Samples.Web.Tests.Api;

/// <summary>
/// <c>POST /api/plans/calendar</c> (a plan in, its iCalendar file out) and the engines the sample registers with
/// <c>AddBackPain</c> from appsettings.json.
/// </summary>
public sealed class CalendarEndpointTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Url = "/api/plans/calendar";
    private static readonly DateOnly Start = new(2026, 12, 1);

    private static RecoveryPlan PulledMusclePlan()
        => RecoveryPlanner.Default.Plan(BackPainAssessor.Default.Assess(Reports.PulledMuscle()), TrainingHistory.Empty, new PlanRequest(Start));

    [Fact]
    public async Task Post_Plan_ReturnsATextCalendarDownloadWithAnEventPerCheckIn()
    {
        using var response = await factory.CreateClient().PostJsonAsync(Url, BackPainJson.Serialize(PulledMusclePlan()));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType?.MediaType.Should().Be("text/calendar");
        response.Content.Headers.ContentDisposition?.FileName.Should().Be("backpain-plan.ics");
        var calendar = IcalCalendar.Load(await response.Content.ReadAsStringAsync())!;
        calendar.Events.Where(e => e.Categories.Contains("CheckIn")).Should().HaveCount(5, "a 28-day plan checks in on days 2, 7, 14, 21 and 28");
        calendar.Events.Should().OnlyContain(e => e.Description!.Contains("This is not a diagnosis."));
    }

    [Fact]
    public async Task Post_PlanWithReminders_AddsIceOrHeatAlarms()
    {
        using var response = await factory.CreateClient().PostJsonAsync(Url + "?reminders=true", BackPainJson.Serialize(PulledMusclePlan()));

        var calendar = IcalCalendar.Load(await response.Content.ReadAsStringAsync())!;
        calendar.Events.Where(e => e.Categories.Contains("Reminder")).Should().NotBeEmpty().And.OnlyContain(e => e.Alarms.Count == 1);
    }

    [Fact]
    public async Task Post_NotAPlan_Returns400NamingTheMissingFields()
    {
        using var response = await factory.CreateClient().PostJsonAsync(Url, """{ "nothing": 1 }""");

        var problem = await response.ReadProblemAsync(400);
        problem.ErrorPaths().Should().NotBeEmpty();
    }

    [Fact]
    public void App_RegistersTheEnginesFromAppsettings()
    {
        factory.Services.GetRequiredService<IOptions<PlannerOptions>>().Value.CheckInInterval.Should().Be(Days.Of(7));
        factory.Services.GetRequiredService<IBackPainAssessor>().Should().NotBeNull();
        factory.Services.GetRequiredService<IRecoveryPlanner>().Should().NotBeNull();
    }

    [Fact]
    public async Task App_WithABadSetting_DoesNotStartAndNamesTheSetting()
    {
        // The real app in its own process, as a host runs it: WebApplicationFactory reports a host that fails to start
        // sometimes as an ObjectDisposedException instead (it starts the host on another thread), so it cannot be used
        // to test a failed start.
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "BackPain.Samples.Web.dll")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment =
            {
                ["BackPain__Planner__CheckInIntervalDays"] = "9",
                ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            },
        };
        using var app = Process.Start(start)!;
        var output = app.StandardOutput.ReadToEndAsync();
        var errors = app.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await app.WaitForExitAsync(timeout.Token);
        }
        finally
        {
            app.Kill(entireProcessTree: true);
        }

        app.ExitCode.Should().NotBe(0, "the app must not start with an invalid setting");
        (await output + await errors).Should().Contain(
            "BackPain:Planner:CheckInIntervalDays: must be between 1 and 7 inclusive; it was 9.");
    }
}
