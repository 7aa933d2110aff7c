using Microsoft.Extensions.Logging;

namespace BackPain.Core.Extensions.DependencyInjection;

/// <summary>
/// The log messages, source-generated. What they may carry is fixed here: catalogue ids (triage levels, rule ids,
/// causes, likelihood bands, plan entry kinds, open conditions), counts and day numbers within a plan. Never a
/// report's answers, an age, a calendar date or anything else that could identify a person.
/// </summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, EventName = "Assessed", Level = LogLevel.Information,
        Message = "Assessed a report: triage {TriageLevel} by rule {TriageRuleId}; top cause {TopCauseId} ({TopCauseBand}); {RedFlagCount} red flags; rules fired: {RuleIds}")]
    internal static partial void Assessed(ILogger logger, string triageLevel, string triageRuleId, string topCauseId, LikelihoodBand topCauseBand, int redFlagCount, string ruleIds);

    [LoggerMessage(EventId = 2, EventName = "Planned", Level = LogLevel.Information,
        Message = "Planned {LengthDays} days with {CheckInCount} check-in dates: triage {TriageLevel}; core work from day {CoreWorkFromDay}; open conditions: {OpenConditions}")]
    internal static partial void Planned(ILogger logger, int lengthDays, int checkInCount, string triageLevel, string coreWorkFromDay, string openConditions);

    [LoggerMessage(EventId = 3, EventName = "CheckedIn", Level = LogLevel.Information,
        Message = "Recorded check-in {CheckInNumber} on day {DayNumber} of {LengthDays}: triage {TriageLevel}; core work from day {CoreWorkFromDay}; open conditions: {OpenConditions}")]
    internal static partial void CheckedIn(ILogger logger, int checkInNumber, int dayNumber, int lengthDays, string triageLevel, string coreWorkFromDay, string openConditions);
}
