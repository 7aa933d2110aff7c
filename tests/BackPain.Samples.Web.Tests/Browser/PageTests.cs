using BackPain.Core;
using BackPain.Samples.Web.Tests.Page;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackPain.Samples.Web.Tests.Browser;

/// <summary>
/// End-to-end tests: a real headless Chromium drives the page against the app on a real socket. The expected values
/// come from the library (the same report assessed and planned in-process), so the page is checked against it.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PageTests(BrowserFixture browser)
{
    private static readonly DateOnly Start = new(2026, 12, 1);

    [SkippableFact]
    public async Task Submit_PulledMuscleReport_ShowsTheTriageTheCausesAndTheCalendar()
    {
        var page = await OpenAsync();
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.PlanFromAsync("2026-12-01", 28);

        await page.SubmitAndWaitForThePlanAsync();

        var expected = PlanOf(Reports.PulledMuscle(), 28);
        await Expect(page.Page.Locator(".triage-level")).ToHaveTextAsync(expected.TriageOn(expected.AsOf).Text);
        await Expect(page.Page.Locator(".triage-now")).ToHaveTextAsync($"{ReportPage.Title(expected.TriageOn(expected.AsOf))} (as of 1 December)");
        await Expect(page.Page.Locator(".triage-highest")).ToHaveTextAsync(ReportPage.Title(expected.HighestTriage));
        await Expect(page.Page.Locator(".cause-name").First).ToHaveTextAsync(expected.Assessment.TopCause.Cause.Name);
        await Expect(page.Page.GetByRole(AriaRole.Meter)).ToHaveCountAsync(Cause.All.Count);
        await Expect(page.Page.Locator(".banner")).ToHaveCountAsync(0);
        await Expect(page.Days).ToHaveCountAsync(28);
        await Expect(page.Page.Locator(".calendar li.day-checkin")).ToHaveCountAsync(expected.CheckInDates.Count);
        (await page.Days.EvaluateAllAsync<string[]>("days => days.map(d => d.className)"))
            .Select(StateOf).Should().Equal(expected.Days.Select(ExpectedState));
        await Expect(page.Days.First.GetByRole(AriaRole.Button)).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Tuesday,? 1 December 2026, day 1: limited$"));
        await Expect(page.Results.GetByText(expected.Disclaimer)).ToBeVisibleAsync();
        await Expect(page.Page.Locator("#status")).ToContainTextAsync(expected.Assessment.TopCause.Cause.Name);

        await page.ScreenshotAsync("web.png");
    }

    [SkippableFact]
    public async Task Submit_InGerman_ShowsTheLibrarysGermanQuestionsTriageAndDisclaimer()
    {
        var page = await OpenAsync();
        var german = new BackPainAssessor(new AssessorOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("de") });
        var expected = RecoveryPlanner.Default.Plan(german.Assess(Reports.PulledMuscle()), TrainingHistory.Empty, new PlanRequest(Start, Days.Of(14)));
        var texts = expected.Assessment.Texts;

        await page.ChooseLanguageAsync("de");
        await Expect(page.Page.GetByLabel(texts.Text(Symptom.Fever))).ToBeVisibleAsync();
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.PlanFromAsync("2026-12-01", 14);
        await page.SubmitAndWaitForThePlanAsync();

        await Expect(page.Page.Locator("#results-body")).ToHaveAttributeAsync("lang", "de");
        await Expect(page.Page.Locator(".triage-level")).ToHaveTextAsync(texts.Text(expected.TriageOn(expected.AsOf)));
        await Expect(page.Page.Locator(".cause-name").First).ToHaveTextAsync(texts.Name(expected.Assessment.TopCause.Cause));
        await Expect(page.Results.GetByText(expected.Disclaimer)).ToBeVisibleAsync();
        expected.Disclaimer.Should().NotBe(BackPainAssessor.Default.Assess(Reports.PulledMuscle()).Disclaimer).And.NotContain("not a diagnosis");
    }

    [SkippableFact]
    public async Task AssessPlanAndCheckIn_InGerman_LeaveNoEnglishLabelOfThePageOnIt()
    {
        var page = await OpenAsync();
        var texts = new BackPainAssessor(new AssessorOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("de") }).Texts;

        await page.ChooseLanguageAsync("de");
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.PlanFromAsync("2026-12-01", 14);
        await page.SubmitAndWaitForThePlanAsync();
        await page.CheckInAsync("2026-12-08", 4, "same", clinician: page.Strings["checkIn.clinician.lightActivity"], findings: [Symptom.Fever], texts: texts);

        await Expect(page.Page.Locator(".check-in-list")).ToContainTextAsync(page.Strings.Format("checkIns.warningSign", ("name", texts.Text(Symptom.Fever))));
        await Expect(page.Page.Locator(".check-in-list")).ToContainTextAsync(page.Strings["clearedFor.lightActivity"]);
        // Everything the page holds, shown or not (tooltips, the hidden cause rulings, titles and ARIA names), but the
        // <noscript> notice, which a browser running the page never shows.
        var onPage = await page.Page.EvaluateAsync<string>("""
            () => {
              const root = document.documentElement.cloneNode(true);
              root.querySelectorAll('noscript').forEach((node) => node.remove());
              const attributes = [...root.querySelectorAll('[aria-label], [aria-valuetext], [content]')]
                .flatMap((node) => ['aria-label', 'aria-valuetext', 'content'].map((name) => node.getAttribute(name) || ''));
              return [root.textContent, ...attributes].join('\n');
            }
            """);
        var english = PageStrings.English.All
            .Where(entry => !PageStrings.Settings.Contains(entry.Key))
            .SelectMany(entry => PageStrings.WordsOf(entry.Value).Select(words => (entry.Key, Words: words)))
            // A word the German label itself uses is German too (the library's German says "Check-in" as well).
            .Where(label => !page.Strings[label.Key].Contains(label.Words, StringComparison.Ordinal))
            .Where(label => System.Text.RegularExpressions.Regex.IsMatch(onPage, $@"(?<!\p{{L}}){System.Text.RegularExpressions.Regex.Escape(label.Words)}(?!\p{{L}})"));

        english.Should().BeEmpty("every label of the page is German once German is chosen");
        await Expect(page.Page.Locator("h1")).ToHaveTextAsync(page.Strings["page.heading"]);
    }

    [SkippableFact]
    public async Task Open_InABrowserSetToGerman_StartsInGerman()
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = new ReportPage(await browser.NewPageAsync(locale: "de-AT"));
        await page.OpenAsync();

        await Expect(page.Page.Locator("#language")).ToHaveValueAsync("de");
        await Expect(page.Page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Expect(page.Page.GetByRole(AriaRole.Button, new() { Name = PageStrings.Of("de")["submit"] })).ToBeVisibleAsync();
        await Expect(page.Page).ToHaveTitleAsync(PageStrings.Of("de")["page.title"]);
    }

    [SkippableFact]
    public async Task Submit_WithFever_ShowsTheUrgentBannerFirstAndSuspendsTraining()
    {
        var page = await OpenAsync();
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.Page.GetByLabel(Symptom.Fever.Text).CheckAsync();
        await page.PlanFromAsync("2026-12-01", 14);

        await page.SubmitAndWaitForThePlanAsync();

        var alert = page.Page.GetByRole(AriaRole.Alert);
        await Expect(alert).ToContainTextAsync("Urgent: see a doctor today");
        await Expect(alert).ToContainTextAsync(TriageLevel.SeeDoctorUrgently.Text);
        await Expect(page.Page.Locator("#results-body > :first-child")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("banner"));
        await Expect(page.Page.Locator(".flag-text")).ToHaveTextAsync(PlanOf(Reports.PulledMuscleWithFever(), 14).Assessment.RedFlags[0].Reason);
        await Expect(page.Page.Locator(".calendar li.day-rest")).ToHaveCountAsync(14);
    }

    [SkippableFact]
    public async Task Submit_AgeOf300_ShowsTheLibrarysMessageLinkedToTheAgeField()
    {
        var page = await OpenAsync();
        await page.Page.GetByLabel("Your age").FillAsync("300");

        await page.SubmitAsync();

        var summary = page.Page.Locator("#error-summary");
        await Expect(summary).ToBeVisibleAsync();
        await Expect(summary).ToBeFocusedAsync();
        var link = summary.GetByRole(AriaRole.Link, new() { Name = "Your age: must be between 0 and 130" });
        await Expect(link).ToBeVisibleAsync();
        await Expect(page.Page.GetByLabel("Your age")).ToHaveAttributeAsync("aria-invalid", "true");
        await link.ClickAsync();
        await Expect(page.Page.GetByLabel("Your age")).ToBeFocusedAsync();
        await Expect(page.Results).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task CheckIn_PainFreeOnACheckInDay_UpdatesTheCalendarFromThatDay()
    {
        var page = await OpenAsync();
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.PlanFromAsync("2026-12-01", 28);
        await page.SubmitAndWaitForThePlanAsync();
        var checkIn = new CheckInReport(Start.AddDays(7), 0, Trend.Better);

        await page.CheckInAsync("2026-12-08", 0, "better");

        var expected = PlanOf(Reports.PulledMuscle(), 28).CheckIn(checkIn);
        (await page.Days.EvaluateAllAsync<string[]>("days => days.map(d => d.className)"))
            .Select(StateOf).Should().Equal(expected.Days.Select(ExpectedState));
    }

    [SkippableFact]
    public async Task CheckIn_AWarningSignThenAClearance_ShowsTheTriageInForceNowAndTheHighestSoFar()
    {
        var page = await OpenAsync();
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.PlanFromAsync("2026-12-01", 28);
        await page.SubmitAndWaitForThePlanAsync();
        var fever = new CheckInReport(Start.AddDays(1), 4, Trend.Same, newSymptoms: [Symptom.Fever]);
        var cleared = new CheckInReport(Start.AddDays(7), 1, Trend.Better, Clearance.FullTraining, causesRuledOut: [Cause.SlippedDisc]);

        await page.CheckInAsync("2026-12-02", 4, "same", findings: [Symptom.Fever]);
        var afterFever = PlanOf(Reports.PulledMuscle(), 28).CheckIn(fever);
        await Expect(page.Page.Locator(".triage-now")).ToHaveAttributeAsync("data-level", afterFever.TriageOn(afterFever.AsOf).Id);
        await Expect(page.Page.Locator(".new-flag-text")).ToHaveTextAsync($"{Symptom.Fever.Text} (check-in of 2 December)");
        await page.CheckInAsync(
            "2026-12-08", 1, "better", "Yes, and they cleared me for full training", new Dictionary<Cause, string> { [Cause.SlippedDisc] = "Ruled out" });

        var expected = PlanOf(Reports.PulledMuscle(), 28).CheckIn(fever).CheckIn(cleared);
        var now = expected.TriageOn(expected.AsOf);
        await Expect(page.Page.Locator(".triage-now")).ToHaveTextAsync($"{ReportPage.Title(now)} (as of 8 December)");
        await Expect(page.Page.Locator(".triage-now")).ToHaveAttributeAsync("data-level", now.Id);
        await Expect(page.Page.Locator(".triage-highest")).ToHaveTextAsync(ReportPage.Title(expected.HighestTriage));
        await Expect(page.Page.Locator(".triage-highest")).ToHaveAttributeAsync("data-level", expected.HighestTriage.Id);
        await Expect(page.Page.Locator(".triage-level")).ToHaveTextAsync(now.Text);
        var recorded = page.Page.Locator(".check-in-list li");
        await Expect(recorded).ToHaveCountAsync(2);
        await Expect(recorded.Nth(0)).ToContainTextAsync($"new: {Symptom.Fever.Text} (warning sign)");
        await Expect(recorded.Nth(1)).ToContainTextAsync($"pain 1 of 10, better · cleared by a clinician for full training · ruled out: {Cause.SlippedDisc.Name}");
        (await page.Days.EvaluateAllAsync<string[]>("days => days.map(d => d.className)"))
            .Select(StateOf).Should().Equal(expected.Days.Select(ExpectedState));
        await Expect(page.Results.GetByText(expected.Disclaimer)).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task CheckIn_ClearedForLightActivityWithACauseConfirmedAndANewFinding_SendsThemAll()
    {
        var page = await OpenAsync();
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.PlanFromAsync("2026-12-01", 28);
        await page.SubmitAndWaitForThePlanAsync();
        var request = page.Page.WaitForRequestAsync("**/api/plans/check-ins");

        await page.CheckInAsync(
            "2026-12-08",
            2,
            "better",
            "Yes, and they cleared me for light activity only",
            new Dictionary<Cause, string> { [Cause.LigamentTear] = "Ruled out", [Cause.PulledMuscle] = "Confirmed" },
            [Symptom.MusclesTight, Symptom.PainDownOneLeg]);

        using var sent = System.Text.Json.JsonDocument.Parse((await request).PostData!);
        var checkIn = BackPain.Core.Serialization.BackPainJson.DeserializeCheckIn(sent.RootElement.GetProperty("checkIn").GetRawText());
        checkIn.Should().Be(new CheckInReport(
            Start.AddDays(7), 2, Trend.Better, Clearance.LightActivity, [Symptom.PainDownOneLeg, Symptom.MusclesTight], [Cause.LigamentTear], [Cause.PulledMuscle]));
        var expected = PlanOf(Reports.PulledMuscle(), 28).CheckIn(checkIn);
        await Expect(page.Page.Locator(".triage-now")).ToHaveAttributeAsync("data-level", expected.TriageOn(expected.AsOf).Id);
        await Expect(page.Page.Locator(".triage-highest")).ToHaveAttributeAsync("data-level", expected.HighestTriage.Id);
    }

    [SkippableFact]
    public async Task CheckIn_WhatAClinicianSaidAboutEachCause_IsAskedOnlyOnceOneWasSeen()
    {
        var page = await OpenAsync();
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.SubmitAndWaitForThePlanAsync();
        var causes = page.CheckInForm.GetByRole(AriaRole.Group, new() { Name = "What did the clinician say about each cause?" });
        await Expect(causes).ToBeHiddenAsync();

        await page.CheckInForm.GetByRole(AriaRole.Radio, new() { Name = "Yes, and they did not clear me to train" }).CheckAsync();

        await Expect(causes).ToBeVisibleAsync();
        await Expect(causes.GetByRole(AriaRole.Group)).ToHaveCountAsync(Cause.All.Count);
        await page.CheckInForm.GetByRole(AriaRole.Radio, new() { Name = "No", Exact = true }).CheckAsync();
        await Expect(causes).ToBeHiddenAsync();
    }

    [SkippableFact]
    public async Task CheckIn_NoPain_DoesNotOfferWorse()
    {
        var page = await OpenAsync();
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.SubmitAndWaitForThePlanAsync();
        var trend = page.CheckInForm.GetByLabel("Compared with before");
        await trend.SelectOptionAsync("worse");

        await page.CheckInForm.GetByLabel("Pain now (0 to 10)").FillAsync("0");

        await Expect(trend.Locator("option[value=worse]")).ToBeDisabledAsync();
        await Expect(trend).Not.ToHaveValueAsync("worse");
        await Expect(page.CheckInForm.GetByText("With no pain now, it cannot be getting worse.")).ToBeVisibleAsync();
        await page.CheckInForm.GetByLabel("Pain now (0 to 10)").FillAsync("3");
        await Expect(trend.Locator("option[value=worse]")).ToBeEnabledAsync();
    }

    [SkippableFact]
    public async Task CheckIn_RefusedByTheApi_ShowsTheLibrarysMessageAtTheFieldItNames()
    {
        var page = await OpenAsync();
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.PlanFromAsync("2026-12-01", 7);
        await page.SubmitAndWaitForThePlanAsync();

        await page.CheckInForm.GetByLabel("Date", new() { Exact = true }).FillAsync("2027-03-01");
        await page.CheckInForm.GetByRole(AriaRole.Button, new() { Name = "Update the plan" }).ClickAsync();

        await Expect(page.CheckInForm.GetByRole(AriaRole.Alert)).ToContainTextAsync("Date: must be within the plan");
        await Expect(page.CheckInForm.GetByLabel("Date", new() { Exact = true })).ToHaveAttributeAsync("aria-invalid", "true");
    }

    [SkippableFact]
    public async Task Calendar_DayFocusedFromTheKeyboard_ShowsWhatIsBlockedAndWhyUntilEscape()
    {
        var page = await OpenAsync();
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.PlanFromAsync("2026-12-01", 14);
        await page.SubmitAndWaitForThePlanAsync();
        var day = page.Days.Nth(2);
        var expected = PlanOf(Reports.PulledMuscle(), 14).Days[2];

        await day.GetByRole(AriaRole.Button).FocusAsync();

        var tooltip = day.GetByRole(AriaRole.Tooltip);
        await Expect(tooltip).ToBeVisibleAsync();
        await Expect(tooltip).ToContainTextAsync("Blocked");
        await Expect(tooltip).ToContainTextAsync(expected.Blocked[0].Reason);
        await Expect(day.GetByRole(AriaRole.Button)).ToHaveAttributeAsync("aria-describedby", (await tooltip.GetAttributeAsync("id"))!);
        await page.Page.Keyboard.PressAsync("Escape");
        await Expect(tooltip).ToBeHiddenAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        await Expect(page.Page.Locator("#day-detail")).ToContainTextAsync(expected.Blocked[0].Reason);
    }

    [SkippableFact]
    public async Task Keyboard_SkipLinkSliderAndSubmit_WorkWithoutAMouse()
    {
        var page = await OpenAsync();

        await page.Page.Keyboard.PressAsync("Tab");
        await Expect(page.Page.GetByRole(AriaRole.Link, new() { Name = "Skip to the questions" })).ToBeFocusedAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        await page.Page.Keyboard.PressAsync("Tab");
        await Expect(page.Page.GetByLabel("How bad is the pain now?")).ToBeFocusedAsync();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            await page.Page.Keyboard.PressAsync("ArrowRight");
        }

        await Expect(page.Page.Locator("#severity-value")).ToHaveTextAsync("7");
        await page.Page.GetByRole(AriaRole.Button, new() { Name = "Show my assessment and plan" }).FocusAsync();
        await page.Page.Keyboard.PressAsync("Enter");
        await Expect(page.Page.Locator(".calendar")).ToBeVisibleAsync();
        await Expect(page.Page.Locator("#results-title")).ToBeFocusedAsync();
    }

    [SkippableFact]
    public async Task EveryControl_HasAnAccessibleName_BeforeAndAfterTheResults()
    {
        var page = await OpenAsync();
        const string Unnamed = """
            () => [...document.querySelectorAll('input, select, textarea, button')]
                .filter(e => e.labels.length === 0 && !e.getAttribute('aria-label') && !(e.tagName === 'BUTTON' && e.textContent.trim()))
                .map(e => e.outerHTML)
            """;

        (await page.Page.EvaluateAsync<string[]>(Unnamed)).Should().BeEmpty();
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.SubmitAndWaitForThePlanAsync();
        (await page.Page.EvaluateAsync<string[]>(Unnamed)).Should().BeEmpty();
        await Expect(page.Page.Locator("[role=status][aria-live=polite]")).ToHaveCountAsync(1);
    }

    [SkippableFact]
    public async Task Phone_390PixelsWide_FitsTheScreenAndShowsTheCalendar()
    {
        var page = await OpenAsync(width: 390, height: 844);
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.PlanFromAsync("2026-12-01", 28);

        await page.SubmitAndWaitForThePlanAsync();

        (await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(390);
        var box = await page.Page.Locator(".calendar").BoundingBoxAsync();
        box!.Width.Should().BeLessThanOrEqualTo(390);
        await page.ScreenshotAsync("web-phone.png", scrollTo: page.Page.Locator("section.plan"));
    }

    [SkippableFact]
    public async Task Form_AsksTheWarningSignsBeforeTheWorkoutsExercises()
    {
        var page = await OpenAsync();

        var order = await page.Page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('#report-form fieldset[data-field]')].map(f => f.dataset.field)");

        Array.IndexOf(order, "redFlags").Should().BeGreaterThanOrEqualTo(0).And.BeLessThan(Array.IndexOf(order, "exercises"), "warning signs decide how urgent it is");
        await Expect(page.Page.Locator("#red-flags input[type=checkbox]")).ToHaveCountAsync(Symptom.RedFlagQuestions.Count);
    }

    [SkippableFact]
    public async Task Causes_ShowTheBandFirstAndCallTheNumberAnEvidenceScoreNotAChance()
    {
        var page = await OpenAsync();
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.PlanFromAsync("2026-12-01", 7);

        await page.SubmitAndWaitForThePlanAsync();

        var top = PlanOf(Reports.PulledMuscle(), 7).Assessment.TopCause;
        var score = (int)Math.Round(top.Score * 100, MidpointRounding.AwayFromZero);
        await Expect(page.Page.Locator(".cause-band").First).ToHaveTextAsync($"{ReportPage.Band(top.Band)} — evidence score {score} of 100");
        await Expect(page.Page.Locator("section.causes")).ToContainTextAsync("not the chance that it is the cause");
        await Expect(page.Page.GetByRole(AriaRole.Meter).First).ToHaveAttributeAsync("aria-valuetext", $"{ReportPage.Band(top.Band)}: evidence score {score} of 100");
    }

    [SkippableFact]
    public async Task HoldOff_NoCoreWorkForTwoInjuries_IsShownOnceWithBothCauses()
    {
        var report = Reports.SlippedDisc();
        var page = await OpenAsync();
        await page.AnswerAsync(report);
        await page.PlanFromAsync("2026-12-01", 7);

        await page.SubmitAndWaitForThePlanAsync();

        var needingIt = PlanOf(report, 7).Assessment.Restrictions.Where(r => r.Kind == RestrictionKind.NoCoreWork).Select(r => r.Cause!.Name).ToList();
        needingIt.Should().HaveCountGreaterThan(1, "the slipped-disc story has two possible injuries");
        var noCoreWork = page.Page.Locator("section.restrictions li.restriction").Filter(new() { HasText = "No core work" });
        await Expect(noCoreWork).ToHaveCountAsync(1);
        await Expect(noCoreWork.Locator(".restriction-causes")).ToHaveTextAsync($"Needed for: {string.Join(", ", needingIt)}.");
    }

    [SkippableFact]
    public async Task Phone_390PixelsWide_StillSaysEachDaysStateInWords()
    {
        var page = await OpenAsync(width: 390, height: 844);
        await page.AnswerAsync(Reports.PulledMuscle());
        await page.PlanFromAsync("2026-12-01", 28);

        await page.SubmitAndWaitForThePlanAsync();

        var expected = PlanOf(Reports.PulledMuscle(), 28);
        var states = page.Page.Locator(".calendar .day-state");
        await Expect(states.First).ToBeVisibleAsync();
        (await states.AllInnerTextsAsync()).Should().Equal(expected.Days.Select(d => ExpectedState(d) switch
        {
            "rest" => "No training",
            "limited" => "Limited",
            _ => "Clear",
        }));
        (await states.EvaluateAllAsync<bool>("states => states.every(s => s.scrollWidth <= s.clientWidth)"))
            .Should().BeTrue("no state word is cut off or broken inside a word");
        (await page.Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")).Should().BeLessThanOrEqualTo(390);
    }

    private async Task<ReportPage> OpenAsync(int width = 1280, int height = 900)
    {
        Skip.If(browser.SkipReason is not null, browser.SkipReason);
        var page = new ReportPage(await browser.NewPageAsync(width, height));
        await page.OpenAsync();
        return page;
    }

    private static RecoveryPlan PlanOf(SymptomReport report, int days)
        => RecoveryPlanner.Default.Plan(BackPainAssessor.Default.Assess(report), TrainingHistory.Empty, new PlanRequest(Start, Days.Of(days)));

    /// <summary>The page's reading of a day: no training, limited (something blocked) or clear.</summary>
    private static string ExpectedState(DayPlan day)
        => day.Blocked.Any(e => e.Kind is PlanEntryKind.SuspendAllTraining or PlanEntryKind.NoExercise) ? "rest"
            : day.Blocked.Count > 0 ? "limited"
            : "clear";

    private static string StateOf(string className)
        => className.Split(' ').Single(c => c is "day-rest" or "day-limited" or "day-clear")["day-".Length..];
}
