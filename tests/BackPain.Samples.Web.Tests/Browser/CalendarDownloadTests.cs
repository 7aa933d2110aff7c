using BackPain.Core;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using IcalCalendar = Ical.Net.Calendar;

namespace BackPain.Samples.Web.Tests.Browser;

/// <summary>
/// The page's "Add to calendar" (issue 15): the plan on screen, as updated by its check-ins, saved as an iCalendar
/// file made by <c>POST /api/plans/calendar</c>. The expected check-in dates come from the library.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class CalendarDownloadTests(BrowserFixture browser)
{
    private static readonly DateOnly Start = new(2026, 12, 1);

    [SkippableFact]
    public async Task AddToCalendar_AfterACheckIn_SavesTheShownPlanAsATextCalendarWithOneEventPerCheckInDate()
    {
        var page = await OpenAsync();
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.PlanFromAsync("2026-12-01", 28);
        await page.SubmitAndWaitForThePlanAsync();
        await page.CheckInAsync("2026-12-08", 0, "better");

        var (file, answer) = await page.AddToCalendarAsync();

        var expected = RecoveryPlanner.Default.Plan(BackPainAssessor.Default.Assess(Reports.PulledMuscle()), TrainingHistory.Empty, new PlanRequest(Start, Days.Of(28)))
            .CheckIn(new CheckInReport(Start.AddDays(7), 0, Trend.Better));
        file.SuggestedFilename.Should().Be("backpain-plan.ics");
        (await answer.HeaderValueAsync("content-type")).Should().StartWith("text/calendar");
        answer.Request.Url.Should().NotContain("reminders");
        var calendar = IcalCalendar.Load(await File.ReadAllTextAsync((await file.PathAsync())!))!;
        var live = calendar.Events.Where(e => e.Status != "CANCELLED").ToList();
        live.Where(e => e.Categories.Contains("CheckIn")).Select(e => e.DtStart!.Date)
            .Should().Equal(expected.CheckInDates, "one event for each check-in date of the plan shown, the one updated by the check-in");
        live.Should().OnlyContain(e => e.Sequence == 1, "the shown plan holds one check-in, so an import updates the events of the first file");
        calendar.Events.Should().OnlyContain(e => e.Description!.Contains("This is not a diagnosis."));
        await Expect(page.Page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Saved backpain-plan.ics" })).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task AddToCalendar_AtPhoneWidthWithReminders_FitsTheScreenAndAddsAlarmedReminders()
    {
        var page = await OpenAsync(width: 390, height: 844);
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.PlanFromAsync("2026-12-01", 14);
        await page.SubmitAndWaitForThePlanAsync();
        var button = page.Page.GetByRole(AriaRole.Button, new() { Name = "Add to calendar" });
        await button.ScrollIntoViewIfNeededAsync();

        var (file, answer) = await page.AddToCalendarAsync(reminders: true);

        var box = await button.BoundingBoxAsync();
        (box!.X + box.Width).Should().BeLessThanOrEqualTo(390);
        box.Height.Should().BeGreaterThanOrEqualTo(44, "a touch target at least 44 pixels high");
        (await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(390);
        answer.Request.Url.Should().EndWith("/api/plans/calendar?reminders=true");
        var calendar = IcalCalendar.Load(await File.ReadAllTextAsync((await file.PathAsync())!))!;
        calendar.Events.Where(e => e.Categories.Contains("Reminder")).Should().NotBeEmpty().And.OnlyContain(e => e.Alarms.Count == 1);
    }

    private async Task<ReportPage> OpenAsync(int width = 1280, int height = 900)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = new ReportPage(await browser.NewPageAsync(width, height));
        await page.OpenAsync();
        return page;
    }
}
