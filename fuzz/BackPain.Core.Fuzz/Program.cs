using BackPain.Core;
using BackPain.Core.Fuzz;
using BackPain.Core.Serialization;
using SharpFuzz;

// dotnet BackPain.Core.Fuzz.dll <target>                 run under afl-fuzz (fuzz/run.sh): one input per fork, from stdin
// dotnet BackPain.Core.Fuzz.dll <target> <file>...       replay inputs in this process: prints each one's outcome
// dotnet BackPain.Core.Fuzz.dll seed <repository root>   writes the assessment and plan seeds from the example stories
if (args is ["seed", var root])
{
    Seeds.Write(root);
    return 0;
}

if (args.Length == 0 || !FuzzTargets.All.ContainsKey(args[0]))
{
    Console.Error.WriteLine($"usage: BackPain.Core.Fuzz <{string.Join("|", FuzzTargets.All.Keys)}> [input file...]");
    return 2;
}

var target = args[0];
if (args.Length == 1)
{
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        FuzzTargets.Run(target, buffer.ToArray());
    });
    return 0;
}

var crashes = 0;
foreach (var file in args.Skip(1))
{
    try
    {
        FuzzTargets.Run(target, File.ReadAllBytes(file));
        Console.WriteLine($"ok     {file}");
    }
#pragma warning disable CA1031 // a replay reports every crash and goes on
    catch (Exception e)
#pragma warning restore CA1031
    {
        crashes++;
        Console.WriteLine($"CRASH  {file}{Environment.NewLine}{e}");
    }
}

return crashes == 0 ? 0 : 1;

/// <summary>The seeds of the assessment and plan targets, written from the example stories (examples/*.json).</summary>
internal static class Seeds
{
    public static void Write(string root)
    {
        string Example(string name) => File.ReadAllText(Path.Combine(root, "examples", name + ".json"));
        void Seed(string target, string name, string json)
        {
            var folder = Path.Combine(root, "fuzz", "corpus", target);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, name + ".json"), json);
        }

        var history = BackPainJson.DeserializeHistory(Example("history"));
        var start = new DateOnly(2026, 11, 30);
        foreach (var story in new[] { "doms", "ligament-tear", "poor-core", "pulled-muscle", "red-flag", "slipped-disc" })
        {
            var assessment = BackPainAssessor.Default.Assess(BackPainJson.DeserializeReport(Example(story)));
            Seed("assessment", story, BackPainJson.Serialize(assessment));
            if (story is "pulled-muscle" or "slipped-disc")
            {
                var plan = RecoveryPlanner.Default.Plan(assessment, history, new PlanRequest(start, Days.Of(10)));
                Seed("plan", story + "-10-days", BackPainJson.Serialize(plan));
                var checkIn = story == "pulled-muscle" ? "check-in" : "check-in-clinician";
                Seed("plan", story + "-" + checkIn, BackPainJson.Serialize(plan.CheckIn(BackPainJson.DeserializeCheckIn(Example(checkIn)))));
            }
        }
    }
}
