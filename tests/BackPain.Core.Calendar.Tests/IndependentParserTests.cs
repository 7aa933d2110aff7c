using System.Diagnostics;

namespace BackPain.Core.Calendar.Tests;

/// <summary>
/// Every calendar the tests can make, checked by another RFC 5545 implementation: the python icalendar library
/// (Debian package python3-icalendar) through check_ics.py. Skipped where it is not installed, unless
/// BACKPAIN_REQUIRE_ICALENDAR=1 (set by .ci/run, which installs it): then a missing parser fails the test.
/// </summary>
public sealed class IndependentParserTests
{
    private const string Python = "/usr/bin/python3";

    [SkippableFact]
    public void PythonIcalendar_AcceptsTheCalendarOfEveryStory_BeforeAndAfterACheckIn()
    {
        var dir = Directory.CreateTempSubdirectory("backpain-ics-");
        try
        {
            foreach (var story in Plans.Stories)
            {
                var plan = Plans.Story(story);
                Check(dir, story, plan, PlanCalendarOptions.Default);
                Check(dir, story + "-checked-in", plan.CheckIn(Plans.PainFreeCheckIn()), new PlanCalendarOptions { IceAndHeatReminders = true });
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static void Check(DirectoryInfo dir, string name, RecoveryPlan plan, PlanCalendarOptions options)
    {
        var ics = Path.Combine(dir.FullName, name + ".ics");
        var disclaimer = Path.Combine(dir.FullName, name + ".txt");
        File.WriteAllText(ics, PlanCalendar.ToICalendar(plan, options));
        File.WriteAllText(disclaimer, plan.Disclaimer);

        var (code, output) = Run(Path.Combine(AppContext.BaseDirectory, "check_ics.py"), ics, disclaimer);
        var required = Environment.GetEnvironmentVariable("BACKPAIN_REQUIRE_ICALENDAR") == "1";
        if (code is 3 or -1)
        {
            var missing = $"{Python} with the icalendar module is not installed (apt-get install python3-icalendar)";
            Skip.If(!required, missing);
            Assert.Fail(missing + ", and BACKPAIN_REQUIRE_ICALENDAR=1 requires it");
        }

        code.Should().Be(0, $"python icalendar found problems in the calendar of {name}:\n{output}");
    }

    private static (int Code, string Output) Run(params string[] args)
    {
        if (!File.Exists(Python))
        {
            return (-1, "");
        }

        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output);
    }
}
