using BackPain.Core;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Web.Tests;

/// <summary>
/// The example stories the web tests send, read from the repository's <c>examples/*.json</c> (copied beside the web
/// sample and so beside the tests), the one place they are written.
/// </summary>
internal static class Reports
{
    /// <summary>Delayed-onset muscle soreness (<c>examples/doms.json</c>): a dull ache on both sides the day after a hard, new leg day.</summary>
    public static SymptomReport Doms() => Example("doms");

    /// <summary>A pulled muscle (<c>examples/pulled-muscle.json</c>): a sharp pain during a squat set that persists; the muscles feel tight.</summary>
    public static SymptomReport PulledMuscle() => Example("pulled-muscle");

    /// <summary>The pulled muscle with a fever: a red flag that means seeing a doctor today.</summary>
    public static SymptomReport PulledMuscleWithFever()
    {
        var answers = PulledMuscle().ToBuilder();
        answers.RedFlags = [Symptom.Fever];
        return answers.Build();
    }

    /// <summary>Cauda equina signs (<c>examples/red-flag.json</c>): saddle numbness and bladder problems, an emergency.</summary>
    public static SymptomReport RedFlag() => Example("red-flag");

    /// <summary>A slipped disc (<c>examples/slipped-disc.json</c>), with a pulled muscle possible too: both injuries hold core work.</summary>
    public static SymptomReport SlippedDisc() => Example("slipped-disc");

    private static SymptomReport Example(string name)
        => BackPainJson.DeserializeReport(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "examples", name + ".json")));
}
