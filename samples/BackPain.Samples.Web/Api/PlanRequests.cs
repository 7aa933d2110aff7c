using System.Globalization;
using System.Text.Json;
using BackPain.Core;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// Reads the two envelopes the API adds around the library's documents: <c>{ report | assessment, history, start,
/// days }</c> for a plan and <c>{ plan, checkIn }</c> for a check-in. Each part goes to its own
/// <see cref="BackPainJson"/> reader, and the errors of every part are collected, each path placed under the part's
/// name (<c>$.report.severity</c>), so one answer lists every bad field.
/// </summary>
internal static class PlanRequests
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowDuplicateProperties = false,
        MaxDepth = 64,
    };

    /// <summary>Reads a plan request and makes the plan, or lists every problem.</summary>
    public static (RecoveryPlan? Plan, IReadOnlyList<ValidationError> Errors) ReadPlan(string json)
    {
        var errors = new List<ValidationError>();
        using var document = Parse(json, errors);
        if (document is null)
        {
            return (null, errors);
        }

        var root = document.RootElement;
        var hasReport = TryGet(root, "report", out var reportJson);
        var hasAssessment = TryGet(root, "assessment", out var assessmentJson);
        Assessment? assessment = null;
        if (hasReport && hasAssessment)
        {
            errors.Add(new("$", "Give either a report or an assessment, not both."));
        }
        else if (hasReport)
        {
            var report = Read(() => BackPainJson.DeserializeReport(reportJson), "$.report", errors);
            assessment = report is null ? null : BackPainAssessor.Default.Assess(report);
        }
        else if (hasAssessment)
        {
            assessment = Read(() => BackPainJson.DeserializeAssessment(assessmentJson), "$.assessment", errors);
        }
        else
        {
            errors.Add(new("$.report", "is required: a symptom report (or give an earlier assessment as assessment)."));
        }

        var history = TryGet(root, "history", out var historyJson)
            ? Read(() => BackPainJson.DeserializeHistory(historyJson), "$.history", errors)
            : TrainingHistory.Empty;
        var start = ReadStart(root, errors);
        var days = ReadDays(root, errors);

        PlanRequest? planRequest = null;
        if (start is { } first && days is { } length)
        {
            try
            {
                planRequest = new PlanRequest(first, length);
            }
            catch (ArgumentOutOfRangeException e)
            {
                errors.Add(new(e.ParamName == "length" ? "$.days" : "$.start", e.Message));
            }
        }

        if (errors.Count > 0 || assessment is null || history is null || planRequest is null)
        {
            return (null, errors);
        }

        return (Read(() => RecoveryPlanner.Default.Plan(assessment, history, planRequest), "$", errors), errors);
    }

    /// <summary>Reads a check-in request and returns the updated plan, or lists every problem.</summary>
    public static (RecoveryPlan? Plan, IReadOnlyList<ValidationError> Errors) ReadCheckIn(string json)
    {
        var errors = new List<ValidationError>();
        using var document = Parse(json, errors);
        if (document is null)
        {
            return (null, errors);
        }

        var root = document.RootElement;
        RecoveryPlan? plan = null;
        CheckInReport? checkIn = null;
        if (TryGet(root, "plan", out var planJson))
        {
            plan = Read(() => BackPainJson.DeserializePlan(planJson), "$.plan", errors);
        }
        else
        {
            errors.Add(new("$.plan", "is required: the plan as returned by POST /api/plans."));
        }

        if (TryGet(root, "checkIn", out var checkInJson))
        {
            checkIn = Read(() => BackPainJson.DeserializeCheckIn(checkInJson), "$.checkIn", errors);
        }
        else
        {
            errors.Add(new("$.checkIn", "is required: the date, pain (0 to 10) and trend (better, same or worse), and optionally clearance (none, lightActivity or fullTraining), newSymptoms, causesRuledOut and causesConfirmed."));
        }

        if (plan is null || checkIn is null)
        {
            return (null, errors);
        }

        return (Read(() => plan.CheckIn(checkIn), "$.checkIn", errors), errors);
    }

    private static JsonDocument? Parse(string json, List<ValidationError> errors)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            errors.Add(new(e.Path ?? "$", e.Message));
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            errors.Add(new("$", "must be a JSON object."));
            return null;
        }

        return document;
    }

    /// <summary>Whether the property is present and not null; its raw JSON text if so.</summary>
    private static bool TryGet(JsonElement root, string name, out string rawJson)
    {
        if (root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            rawJson = value.GetRawText();
            return true;
        }

        rawJson = string.Empty;
        return false;
    }

    private static T? Read<T>(Func<T> read, string path, List<ValidationError> errors)
        where T : class
    {
        try
        {
            return read();
        }
        catch (BackPainValidationException e)
        {
            errors.AddRange(Problems.Under(path, e));
            return null;
        }
    }

    private static DateOnly? ReadStart(JsonElement root, List<ValidationError> errors)
    {
        const string Message = "is required: the first day of the plan as yyyy-MM-dd, usually today where the person is.";
        if (!root.TryGetProperty("start", out var start) || start.ValueKind == JsonValueKind.Null)
        {
            errors.Add(new("$.start", Message));
            return null;
        }

        if (start.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(start.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new("$.start", "must be a date written yyyy-MM-dd, for example \"2026-12-01\"."));
        return null;
    }

    private static Days? ReadDays(JsonElement root, List<ValidationError> errors)
    {
        if (!root.TryGetProperty("days", out var days) || days.ValueKind == JsonValueKind.Null)
        {
            return Days.Of(PlanRequest.DefaultLength);
        }

        if (days.ValueKind == JsonValueKind.Number && days.TryGetInt32(out var count) && count is >= 1 and <= PlanRequest.MaxLength)
        {
            return Days.Of(count);
        }

        errors.Add(new("$.days", $"must be a whole number of days from 1 to {PlanRequest.MaxLength}; {PlanRequest.DefaultLength} when left out."));
        return null;
    }
}
