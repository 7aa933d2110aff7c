using System.Globalization;
using System.Text.Json;
using BackPain.Core;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// Reads the two envelopes the API adds around the library's documents: <c>{ report | assessment, history, start,
/// days }</c> for a plan and <c>{ plan, checkIn }</c> for a check-in, and runs them (the read and run steps of
/// <see cref="ApiHandler"/>). Each part goes to its own <see cref="BackPainJson"/> reader, and the errors of every
/// part are collected, each path placed under the part's name (<c>$.report.severity</c>), so one answer lists every
/// bad field.
/// </summary>
internal static class PlanRequests
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowDuplicateProperties = false,
        MaxDepth = 64,
    };

    /// <summary>A plan request read and validated: what <see cref="Plan"/> needs.</summary>
    internal sealed record PlanInput(Assessment Assessment, TrainingHistory History, PlanRequest Request);

    /// <summary>A check-in request read and validated: what <see cref="CheckIn"/> needs.</summary>
    internal sealed record CheckInInput(RecoveryPlan Plan, CheckInReport CheckIn);

    /// <summary>Reads a plan request, or adds every problem and returns null.</summary>
    public static PlanInput? ReadPlan(string json, RequestErrors errors)
    {
        using var document = Parse(json, errors);
        if (document is null)
        {
            return null;
        }

        var root = document.RootElement;
        var hasReport = TryGet(root, "report", out var reportJson);
        var hasAssessment = TryGet(root, "assessment", out var assessmentJson);
        Assessment? assessment = null;
        if (hasReport && hasAssessment)
        {
            errors.Add("$", ValidationCode.Contradiction, "Give either a report or an assessment, not both.");
        }
        else if (hasReport)
        {
            var report = errors.Read(() => BackPainJson.DeserializeReport(reportJson), "$.report");
            assessment = report is null ? null : BackPainAssessor.Default.Assess(report);
        }
        else if (hasAssessment)
        {
            assessment = errors.Read(() => BackPainJson.DeserializeAssessment(assessmentJson), "$.assessment");
        }
        else
        {
            errors.Add("$.report", ValidationCode.Required, "is required: a symptom report (or give an earlier assessment as assessment).");
        }

        var history = TryGet(root, "history", out var historyJson)
            ? errors.Read(() => BackPainJson.DeserializeHistory(historyJson), "$.history")
            : TrainingHistory.Empty;
        var start = ReadStart(root, errors);
        var days = ReadDays(root, errors);

        // The length is already checked by ReadDays, so PlanRequest can only reject the start, named $.start.
        var request = start is { } first && days is { } length ? errors.Read(() => new PlanRequest(first, length), "$") : null;
        return assessment is null || history is null || request is null ? null : new PlanInput(assessment, history, request);
    }

    /// <summary>Makes the plan and writes it.</summary>
    public static string? Plan(PlanInput input, RequestErrors errors)
        => errors.Read(() => BackPainJson.Serialize(RecoveryPlanner.Default.Plan(input.Assessment, input.History, input.Request)), "$");

    /// <summary>Reads a check-in request, or adds every problem and returns null.</summary>
    public static CheckInInput? ReadCheckIn(string json, RequestErrors errors)
    {
        using var document = Parse(json, errors);
        if (document is null)
        {
            return null;
        }

        var root = document.RootElement;
        RecoveryPlan? plan = null;
        CheckInReport? checkIn = null;
        if (TryGet(root, "plan", out var planJson))
        {
            plan = errors.Read(() => BackPainJson.DeserializePlan(planJson), "$.plan");
        }
        else
        {
            errors.Add("$.plan", ValidationCode.Required, "is required: the plan as returned by POST /api/plans.");
        }

        if (TryGet(root, "checkIn", out var checkInJson))
        {
            checkIn = errors.Read(() => BackPainJson.DeserializeCheckIn(checkInJson), "$.checkIn");
        }
        else
        {
            errors.Add("$.checkIn", ValidationCode.Required, "is required: the date, pain (0 to 10) and trend (better, same or worse), and optionally clearance (none, lightActivity or fullTraining), newSymptoms, causesRuledOut and causesConfirmed.");
        }

        return plan is null || checkIn is null ? null : new CheckInInput(plan, checkIn);
    }

    /// <summary>Records the check-in on the plan (which may reject its date, named <c>$.checkIn.date</c>) and writes the updated plan.</summary>
    public static string? CheckIn(CheckInInput input, RequestErrors errors)
        => errors.Read(() => BackPainJson.Serialize(input.Plan.CheckIn(input.CheckIn)), "$.checkIn");

    private static JsonDocument? Parse(string json, RequestErrors errors)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, DocumentOptions);
        }
        catch (JsonException e)
        {
            errors.Add(e.Path ?? "$", ValidationCode.Malformed, e.Message);
            return null;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            document.Dispose();
            errors.Add("$", ValidationCode.Malformed, "must be a JSON object.");
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

    private static DateOnly? ReadStart(JsonElement root, RequestErrors errors)
    {
        const string Message = "is required: the first day of the plan as yyyy-MM-dd, usually today where the person is.";
        if (!root.TryGetProperty("start", out var start) || start.ValueKind == JsonValueKind.Null)
        {
            errors.Add("$.start", ValidationCode.Required, Message);
            return null;
        }

        if (start.ValueKind == JsonValueKind.String
            && DateOnly.TryParseExact(start.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add("$.start", ValidationCode.Malformed, "must be a date written yyyy-MM-dd, for example \"2026-12-01\".");
        return null;
    }

    private static Days? ReadDays(JsonElement root, RequestErrors errors)
    {
        if (!root.TryGetProperty("days", out var days) || days.ValueKind == JsonValueKind.Null)
        {
            return PlanRequest.DefaultLength;
        }

        if (days.ValueKind == JsonValueKind.Number && days.TryGetInt32(out var count) && count >= 1 && count <= PlanRequest.MaxLength)
        {
            return Days.Of(count);
        }

        errors.Add("$.days", ValidationCode.OutOfRange, $"must be a whole number of days from 1 to {PlanRequest.MaxLength}; {PlanRequest.DefaultLength} when left out.");
        return null;
    }
}
