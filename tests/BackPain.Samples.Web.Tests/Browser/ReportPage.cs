using System.Text.Json;
using System.Text.Json.Nodes;
using BackPain.Core;
using BackPain.Core.Serialization;
using BackPain.Samples.Web.Tests.Page;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace BackPain.Samples.Web.Tests.Browser;

/// <summary>
/// The sample's page, driven the way a person uses it: by the labels they read, in the page's language (its own
/// labels from wwwroot/i18n, English until <see cref="ChooseLanguageAsync"/>).
/// </summary>
internal sealed class ReportPage(IPage page)
{
    /// <summary>The variable naming a folder to save screenshots in (the README's docs/web.png is taken this way).</summary>
    public const string ScreenshotsVariable = "BACKPAIN_SCREENSHOTS";

    public IPage Page { get; } = page;

    /// <summary>The page's own labels in the language it shows.</summary>
    public PageStrings Strings { get; private set; } = PageStrings.English;

    public ILocator Results => Page.Locator("#results");

    public ILocator Days => Page.Locator(".calendar li.day");

    /// <summary>The check-in form under the results.</summary>
    public ILocator CheckInForm => Page.Locator("#check-in-form");

    /// <summary>The short headline the page shows for a triage level, in force now or highest so far.</summary>
    public static string Title(TriageLevel level) => level.Id switch
    {
        "selfCare" => "Self-care",
        "seeDoctor" => "See a doctor",
        "seeDoctorUrgently" => "See a doctor today",
        _ => "Emergency: get help now",
    };

    /// <summary>The word the page shows for a cause's band: its name, as in the library (Likely, Possible, Unlikely).</summary>
    public static string Band(LikelihoodBand band) => band.ToString();

    /// <summary>
    /// Fills in the check-in form as a person would, by its labels: the date, the pain, the trend, what a clinician
    /// said (one of the choices' labels; not seen when left out), each cause's ruling, and the new findings ticked
    /// (by their names in <paramref name="texts"/>, English when left out); then sends it and waits for the updated plan.
    /// </summary>
    public async Task CheckInAsync(
        string date,
        int pain,
        string trend,
        string? clinician = null,
        IReadOnlyDictionary<Cause, string>? causes = null,
        IReadOnlyList<Symptom>? findings = null,
        BackPainTexts? texts = null)
    {
        var form = CheckInForm;
        await form.GetByLabel(Strings["checkIn.date"], new() { Exact = true }).FillAsync(date);
        await form.GetByLabel(Strings["checkIn.pain"]).FillAsync(pain.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await form.GetByLabel(Strings["checkIn.trend"]).SelectOptionAsync(trend);
        await form.GetByRole(AriaRole.Group, new() { Name = Strings["checkIn.clinician"] })
            .GetByRole(AriaRole.Radio, new() { Name = clinician ?? Strings["checkIn.clinician.notSeen"], Exact = true }).CheckAsync();
        foreach (var (cause, ruling) in causes ?? new Dictionary<Cause, string>())
        {
            await form.GetByRole(AriaRole.Group, new() { Name = cause.Name, Exact = true })
                .GetByRole(AriaRole.Radio, new() { Name = ruling, Exact = true }).CheckAsync();
        }

        foreach (var finding in findings ?? [])
        {
            await form.GetByRole(AriaRole.Group, new() { Name = Strings["checkIn.findings"] }).GetByLabel(texts?.Text(finding) ?? finding.Text).CheckAsync();
        }

        await form.GetByRole(AriaRole.Button, new() { Name = Strings["checkIn.submit"] }).ClickAsync();
        await Expect(Page.Locator(".notice")).ToHaveTextAsync(Strings.Pattern("checkIn.recorded"));
        await Expect(Page.Locator(".notice")).ToContainTextAsync(DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture).Day.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// Asks for the plan on screen as a calendar file, as a person would: ticks the reminders box when asked, presses
    /// "Add to calendar" and waits for the file the browser saves, and for the API's answer it was made from.
    /// </summary>
    public async Task<(IDownload File, IResponse Answer)> AddToCalendarAsync(bool reminders = false)
    {
        if (reminders)
        {
            await Page.GetByLabel(Strings["export.reminders"]).CheckAsync();
        }

        var answer = Page.WaitForResponseAsync(r => r.Url.Contains("/api/plans/calendar", StringComparison.Ordinal));
        var file = await Page.RunAndWaitForDownloadAsync(() => Page.GetByRole(AriaRole.Button, new() { Name = Strings["export.button"] }).ClickAsync());
        return (file, await answer);
    }

    public async Task OpenAsync()
    {
        await Page.GotoAsync("/");
        // The exercises and red-flag questions come from GET /api/catalogue; the form is ready once they are in.
        await Expect(Page.Locator("form#report-form[data-ready='true']")).ToBeAttachedAsync();
    }

    /// <summary>
    /// Gives every answer of <paramref name="report"/> on the form, as a person would: the severity, the onset, the
    /// character, the area, the legs, each yes/no answer, the exercises, how long it has lasted, the trend, the age and
    /// the warning signs. The inputs are found by the ids of the library's JSON format, which the form posts.
    /// </summary>
    public async Task AnswerAsync(SymptomReport report)
    {
        var answers = JsonNode.Parse(BackPainJson.Serialize(report))!.AsObject();
        await Page.GetByLabel(Strings["severity.label"]).FillAsync(Number(report.Severity));
        foreach (var (name, value) in answers)
        {
            switch (value?.GetValueKind())
            {
                case JsonValueKind.True:
                    await Page.Locator($"input[type=checkbox][name={name}]").CheckAsync();
                    break;
                case JsonValueKind.String when name is "onset" or "character" or "legs":
                    await Page.Locator($"input[type=radio][name={name}][value={value.GetValue<string>()}]").CheckAsync();
                    break;
                case JsonValueKind.String when name is "area" or "trend":
                    await Page.Locator($"select[name={name}]").SelectOptionAsync(value.GetValue<string>());
                    break;
            }
        }

        foreach (var id in report.Exercises.Select(e => e.Id).Concat(report.RedFlags.Select(s => s.Id)))
        {
            await Page.Locator($"input[type=checkbox][value={id}]").CheckAsync();
        }

        if (report.PainDurationDays is { } days)
        {
            await Page.GetByLabel(Strings["duration.label"]).FillAsync(Number(days));
        }

        if (report.Age is { } age)
        {
            await Page.GetByLabel(Strings["age.label"]).FillAsync(Number(age));
        }
    }

    /// <summary>
    /// Picks a language (its tag, such as <c>de</c>, the value of its name in the picker) and waits for the page's labels
    /// and the questions in it.
    /// </summary>
    public async Task ChooseLanguageAsync(string language)
    {
        await Page.GetByLabel(Strings["page.language"]).SelectOptionAsync(language);
        Strings = PageStrings.Of(language);
        await Expect(Page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(Page.Locator("form#report-form[data-ready='true']")).ToBeAttachedAsync();
    }

    public async Task PlanFromAsync(string start, int days)
    {
        await Page.GetByLabel(Strings["start.label"]).FillAsync(start);
        await Page.GetByLabel(Strings["days.label"]).FillAsync(Number(days));
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async Task SubmitAsync() => await Page.GetByRole(AriaRole.Button, new() { Name = Strings["submit"] }).ClickAsync();

    /// <summary>Submits and waits for the calendar.</summary>
    public async Task SubmitAndWaitForThePlanAsync()
    {
        await SubmitAsync();
        await Expect(Page.Locator(".calendar")).ToBeVisibleAsync();
    }

    /// <summary>
    /// Saves a screenshot when <see cref="ScreenshotsVariable"/> names a folder: the whole page, or, given
    /// <paramref name="scrollTo"/>, the screen with that element scrolled into view.
    /// </summary>
    public async Task ScreenshotAsync(string fileName, ILocator? scrollTo = null)
    {
        if (Environment.GetEnvironmentVariable(ScreenshotsVariable) is not { Length: > 0 } folder)
        {
            return;
        }

        Directory.CreateDirectory(folder);
        if (scrollTo is not null)
        {
            await scrollTo.EvaluateAsync("element => element.scrollIntoView({ block: 'start' })");
        }

        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, fileName), FullPage = scrollTo is null });
    }
}
