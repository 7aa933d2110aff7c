using System.Globalization;
using BackPain.Core;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Console;

/// <summary>Where the report came from, in a few words for the screen, and the report itself.</summary>
/// <param name="Title">For example "Example slipped-disc: a heavy deadlift …".</param>
/// <param name="Report">The answers.</param>
/// <param name="History">The training history that comes with the report (an example's workout), if any.</param>
internal sealed record ReportInput(string Title, SymptomReport Report, TrainingHistory? History);

/// <summary>What the plan needs besides the report.</summary>
/// <param name="Request">The dates the plan covers.</param>
/// <param name="History">The history from <c>--history</c>, or <see langword="null"/> when none was given.</param>
/// <param name="CheckIns">The check-ins from <c>--check-in</c>, oldest first.</param>
internal sealed record PlanInput(PlanRequest Request, TrainingHistory? History, IReadOnlyList<CheckInReport> CheckIns);

/// <summary>
/// Turns the options into inputs for the library: looks up the example, reads the JSON files through
/// <see cref="BackPainJson"/>, and checks every value. It collects every problem before failing, so one run lists them all.
/// </summary>
internal sealed class InputLoader
{
    private readonly List<InputProblem> _problems = [];

    /// <summary>The problems found so far.</summary>
    public IReadOnlyList<InputProblem> Problems => _problems;

    /// <summary>Throws <see cref="InvalidInputException"/> when any problem was found.</summary>
    public void ThrowIfInvalid()
    {
        if (_problems.Count > 0)
        {
            throw new InvalidInputException([.. _problems]);
        }
    }

    /// <summary>The assessor for <c>--culture</c>: its texts, and the plan's, in that culture; the default (English) when none is given.</summary>
    public BackPainAssessor? LoadAssessor(BackPainSettings settings)
    {
        if (settings.Culture is not { } name)
        {
            return BackPainAssessor.Default;
        }

        try
        {
            return new BackPainAssessor(new AssessorOptions { Culture = CultureInfo.GetCultureInfo(name, predefinedOnly: true) });
        }
        catch (CultureNotFoundException)
        {
            _problems.Add(new InputProblem("--culture", $"'{name}' is not a culture name; try de (German) or es (Spanish), or leave it out for English."));
            return null;
        }
    }

    /// <summary>
    /// The report named by <c>--example</c> or <c>--report</c>, or the demonstration example when there is none, with
    /// a title in the language of <paramref name="labels"/>.
    /// </summary>
    public ReportInput? LoadReport(BackPainSettings settings, DateOnly start, Labels labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (settings.Example is not null && settings.Report is not null)
        {
            _problems.Add(new InputProblem("--example, --report", "give one or the other, not both."));
            return null;
        }

        if (settings.Report is { } file)
        {
            return Read("--report", file, BackPainJson.DeserializeReport) is { } report
                ? new ReportInput(labels.Format("title.report", Path.GetFileName(file)), report, null)
                : null;
        }

        var name = settings.Example ?? Examples.Doms.Name;
        if (!Examples.TryFind(name, out var example))
        {
            _problems.Add(new InputProblem("--example", $"'{name}' is not an example; the examples are: {Examples.Names}."));
            return null;
        }

        var title = labels.Format(settings.Example is null ? "title.demonstration" : "title.example", example.Name, example.Title(labels));
        return new ReportInput(title, example.Report, example.History(start));
    }

    /// <summary>The start date: <c>--start</c>, or <paramref name="defaultStart"/>.</summary>
    public DateOnly LoadStart(BackPainSettings settings, DateOnly defaultStart)
    {
        if (settings.Start is not { } text)
        {
            return defaultStart;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return start;
        }

        _problems.Add(new InputProblem("--start", $"'{text}' is not a date; write it as yyyy-mm-dd, for example 2026-12-01."));
        return defaultStart;
    }

    /// <summary>The plan's dates, history and check-ins from <c>--start</c>, <c>--days</c>, <c>--history</c> and <c>--check-in</c>.</summary>
    public PlanInput? LoadPlan(BackPainSettings settings, DateOnly start)
    {
        PlanRequest? request = null;
        if (!int.TryParse(settings.Days, NumberStyles.None, CultureInfo.InvariantCulture, out var days) || days < 1 || days > PlanRequest.MaxLength)
        {
            _problems.Add(new InputProblem("--days", $"must be a whole number of days from 1 to {PlanRequest.MaxLength}; it was '{settings.Days}'."));
        }
        else
        {
            // The length is checked above, so the request can only reject the start.
            try
            {
                request = new PlanRequest(start, Days.Of(days));
            }
            catch (BackPainValidationException e)
            {
                _problems.AddRange(e.Errors.Select(error => new InputProblem("--start", error.Message)));
            }
        }

        var history = settings.History is { } historyFile ? Read("--history", historyFile, BackPainJson.DeserializeHistory) : null;
        var checkIns = new List<CheckInReport>();
        foreach (var file in settings.CheckIns)
        {
            if (Read("--check-in", file, BackPainJson.DeserializeCheckIn) is { } checkIn)
            {
                checkIns.Add(checkIn);
            }
        }

        return request is null ? null : new PlanInput(request, history, checkIns);
    }

    /// <summary>
    /// Records the check-ins in order; a check-in the plan refuses (outside the plan, or earlier than the one
    /// before) becomes a problem naming its file.
    /// </summary>
    public RecoveryPlan CheckIn(RecoveryPlan plan, IReadOnlyList<CheckInReport> checkIns, IReadOnlyList<string> files)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(checkIns);
        for (var i = 0; i < checkIns.Count; i++)
        {
            try
            {
                plan = plan.CheckIn(checkIns[i]);
            }
            catch (BackPainValidationException e)
            {
                _problems.AddRange(InputProblem.From($"--check-in {files[i]}", e));
            }
        }

        return plan;
    }

    private T? Read<T>(string option, string file, Func<string, T> deserialize)
        where T : class
    {
        var path = Locate(file);
        if (path is null)
        {
            _problems.Add(new InputProblem(option, $"'{file}' was not found (looked in the current folder and next to the program)."));
            return null;
        }

        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _problems.Add(new InputProblem($"{option} {file}", $"cannot be read: {e.Message}"));
            return null;
        }

        try
        {
            return deserialize(json);
        }
        catch (BackPainValidationException e)
        {
            _problems.AddRange(InputProblem.From($"{option} {file}", e));
            return null;
        }
    }

    /// <summary>The file as given, or else next to the program (where <c>examples/</c> is copied), or <see langword="null"/>.</summary>
    private static string? Locate(string file)
    {
        if (File.Exists(file))
        {
            return file;
        }

        var besideProgram = Path.Combine(AppContext.BaseDirectory, file);
        return !Path.IsPathRooted(file) && File.Exists(besideProgram) ? besideProgram : null;
    }
}
