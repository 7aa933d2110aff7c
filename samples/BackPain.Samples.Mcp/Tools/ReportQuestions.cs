namespace BackPain.Samples.Mcp.Tools;

/// <summary>
/// How to ask for each field of a symptom report, in the order to ask. The fields' names, kinds and allowed values
/// come from the library's schema (<c>symptom-report</c>); only the wording of the questions is the sample's, and a
/// test checks that it covers every field of the schema and no other.
/// </summary>
internal static class ReportQuestions
{
    /// <summary>Each field's question, by field name.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> All { get; } =
    [
        new("redFlags", "Ask every red-flag question (redFlagQuestions) first, one by one, and list each one the person answers yes to. Ask them again whenever anything changes."),
        new("severity", "How bad is the pain now, from 0 (none) to 10 (the worst you can imagine)?"),
        new("onset", "When did the pain start: during the workout, within a few hours after it, or the next day or later? Leave out if not sure."),
        new("character", "What does it feel like: a dull, sore ache, sharp, or shooting through the back? Leave out if not sure."),
        new("area", "Where is it: lower back, upper back, or all over the back?"),
        new("legs", "Does pain, numbness or tingling run into the legs: no, into one leg, or into both legs?"),
        new("exercises", "Which exercises did the workout include? Use the catalogue's ids; an exercise not in the catalogue is an object with its name and the muscle groups it works."),
        new("hardOrUnaccustomedWorkout", "Was the workout harder or newer than usual (new exercises, more load or volume)?"),
        new("suddenJerk", "Did it start with a sudden, jerking movement?"),
        new("popHeard", "Was there a popping sound when it happened?"),
        new("postureBrokeDown", "Did form or posture break down during the workout?"),
        new("musclesTight", "Do the back muscles feel tight?"),
        new("painOnBothSides", "Is the ache on both sides of the back?"),
        new("unableToStandOrWalk", "Is the person unable to stand or walk?"),
        new("hardToStandUp", "Is standing up hard?"),
        new("recursAfterSessions", "Does this pain come back after many sessions, with no single moment of injury?"),
        new("painDurationDays", "How many days ago did the pain start (0 for today)?"),
        new("trend", "Is it getting better, staying the same or getting worse? Leave out if it is too early to say."),
        new("age", "How old is the person? Leave out if they prefer not to say."),
    ];
}
