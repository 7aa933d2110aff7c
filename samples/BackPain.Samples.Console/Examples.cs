using BackPain.Core;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Console;

/// <summary>
/// One ready-made symptom report, named on the command line with <c>--example</c>: the answers of a person whose
/// back hurts after a workout, and the workout itself (the day before the plan starts), so the planner knows which
/// muscles are still recovering. The report is read from <c>examples/NAME.json</c>, the file <c>--report</c> can also be given.
/// </summary>
internal sealed class Example
{
    internal Example(string name, SymptomReport report)
    {
        Name = name;
        Report = report;
    }

    /// <summary>The name given to <c>--example</c>, and the file name under <c>examples/</c>.</summary>
    public string Name { get; }

    /// <summary>The story of the report in one line, in the language of <paramref name="labels"/> (the label <c>example.NAME</c>).</summary>
    public string Title(Labels labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        return labels["example." + Name];
    }

    /// <summary>The person's answers.</summary>
    public SymptomReport Report { get; }

    /// <summary>The workout after which the pain started: the report's exercises, the day before <paramref name="start"/>.</summary>
    public TrainingHistory History(DateOnly start)
        => Report.Exercises.Count == 0
            ? TrainingHistory.Empty
            : TrainingHistory.Of(new Workout(start.AddDays(-1), Report.Exercises, isHard: Report.HardOrUnaccustomedWorkout));

    /// <inheritdoc />
    public override string ToString() => Name;
}

/// <summary>
/// The examples the sample ships, one per cause the library weighs and one with a red flag. Each report is read from
/// its file in the repository's <c>examples/</c> folder (copied beside the program), the one place the stories are
/// written; this class adds only the name (the title is the label <c>example.NAME</c>).
/// </summary>
internal static class Examples
{
    // First: the examples below are read from it as the class is initialised.
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "examples");

    /// <summary>A dull ache on both sides the morning after a new, hard leg day.</summary>
    public static readonly Example Doms = Read("doms");

    /// <summary>A runner whose form slips late in a run and whose back aches after most runs.</summary>
    public static readonly Example PoorCore = Read("poor-core");

    /// <summary>A sharp pain in the middle of a squat set that has lingered since.</summary>
    public static readonly Example PulledMuscle = Read("pulled-muscle");

    /// <summary>A heavy deadlift jerked off the floor: a sharp pain, pain down one leg, hard to stand up.</summary>
    public static readonly Example SlippedDisc = Read("slipped-disc");

    /// <summary>A pop during a power clean, then a pain shooting through the back.</summary>
    public static readonly Example LigamentTear = Read("ligament-tear");

    /// <summary>A back injury with numbness in both legs and the saddle area, and new bladder trouble: an emergency.</summary>
    public static readonly Example RedFlag = Read("red-flag");

    /// <summary>Every example, in the order the help lists them.</summary>
    public static IReadOnlyList<Example> All { get; } = [Doms, PoorCore, PulledMuscle, SlippedDisc, LigamentTear, RedFlag];

    /// <summary>The names <c>--example</c> accepts, comma-separated.</summary>
    public static string Names => string.Join(", ", All.Select(e => e.Name));

    /// <summary>Finds the example called <paramref name="name"/> (ignoring case), or returns <see langword="false"/>.</summary>
    public static bool TryFind(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Example? example)
    {
        example = All.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase));
        return example is not null;
    }

    private static Example Read(string name)
        => new(name, BackPainJson.DeserializeReport(File.ReadAllText(Path.Combine(Folder, name + ".json"))));
}
