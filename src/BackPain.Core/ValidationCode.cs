namespace BackPain.Core;

/// <summary>
/// What kind of problem a <see cref="ValidationError"/> is: a stable, machine-readable code an app can branch on
/// (for example to highlight a field or pick its own translated message), while <see cref="ValidationError.Message"/>
/// is for people. The set is closed and the numbers never change; new kinds are only ever added at the end. In JSON
/// (for example the web sample's problem details) a code is written as its camelCase name: <c>outOfRange</c>.
/// </summary>
public enum ValidationCode
{
    /// <summary>A value that must be given is missing: null, empty or only white space, or a list with no entries.</summary>
    Required = 0,

    /// <summary>A number, date, duration or length lies outside its allowed range; the message gives the range.</summary>
    OutOfRange = 1,

    /// <summary>A value is not one of the known ids or enum values; the message lists the allowed ones.</summary>
    UnknownId = 2,

    /// <summary>A known value is not allowed in this field (for example a symptom that is not a red-flag question in <c>redFlags</c>).</summary>
    NotAllowed = 3,

    /// <summary>Values that must be in order are not (for example a check-in earlier than the one before it, or a maximum below its minimum).</summary>
    OutOfOrder = 4,

    /// <summary>Two answers contradict each other (for example pain 0 with the trend "worse").</summary>
    Contradiction = 5,

    /// <summary>A list holds more entries than allowed; the message gives the limit.</summary>
    TooMany = 6,

    /// <summary>The input could not be read at all: malformed JSON, or a value of the wrong JSON type.</summary>
    Malformed = 7,
}
