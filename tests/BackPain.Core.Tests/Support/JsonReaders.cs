using BackPain.Core.Serialization;

namespace BackPain.Core.Tests.Support;

/// <summary>Every public JSON reader of <see cref="BackPainJson"/>, by a short name that theory data can carry.</summary>
public static class JsonReaders
{
    /// <summary>The readers: report, workout, history, checkIn, assessment, plan.</summary>
    public static IReadOnlyDictionary<string, Func<string, object>> All { get; } = new Dictionary<string, Func<string, object>>
    {
        ["report"] = json => BackPainJson.DeserializeReport(json),
        ["workout"] = json => BackPainJson.DeserializeWorkout(json),
        ["history"] = json => BackPainJson.DeserializeHistory(json),
        ["checkIn"] = json => BackPainJson.DeserializeCheckIn(json),
        ["assessment"] = json => BackPainJson.DeserializeAssessment(json),
        ["plan"] = json => BackPainJson.DeserializePlan(json),
    };

    /// <summary>Reads <paramref name="json"/> with the reader named <paramref name="reader"/>.</summary>
    public static object Read(string reader, string json) => All[reader](json);
}
