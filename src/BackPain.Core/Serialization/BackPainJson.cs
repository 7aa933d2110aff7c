using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BackPain.Core.Internal;

namespace BackPain.Core.Serialization;

/// <summary>
/// The JSON wire format of BackPain.Core: camelCase names, ids and enums as camelCase strings, dates as
/// <c>yyyy-MM-dd</c>. Every reader validates what it reads and fails with one <see cref="BackPainValidationException"/>
/// naming the bad paths, never with another exception.
/// </summary>
/// <remarks>
/// <para>
/// An assessment is read back by assessing its report again with its options, and a plan by planning again from its
/// assessment, history, request, options and check-ins. The outputs in a document (scores, triage, days) are there for
/// other systems to display; they are never trusted on the way in, so a document whose triage was edited cannot lower
/// the triage of the plan read from it. An option left out of a document's <c>options</c> keeps its default.
/// </para>
/// <para>
/// Limits: documents nest at most 32 levels; duplicate property names are rejected; a history holds at most
/// <see cref="TrainingHistory.MaxWorkouts"/> workouts and a report at most <see cref="SymptomReport.MaxExercises"/>
/// exercises. Readers take the whole document as a string: the host decides how large a request it accepts.
/// </para>
/// </remarks>
public static class BackPainJson
{
    private const string DocumentName = "JSON document";

    /// <summary>Writes a symptom report (its answers).</summary>
    public static string Serialize(SymptomReport report) => Write(report, BackPainJsonContext.Default.SymptomReport);

    /// <summary>Writes a workout.</summary>
    public static string Serialize(Workout workout) => Write(workout, BackPainJsonContext.Default.Workout);

    /// <summary>Writes a training history.</summary>
    public static string Serialize(TrainingHistory history) => Write(history, BackPainJsonContext.Default.TrainingHistory);

    /// <summary>Writes a check-in.</summary>
    public static string Serialize(CheckInReport checkIn) => Write(checkIn, BackPainJsonContext.Default.CheckInReport);

    /// <summary>Writes an assessment in full: its report and options, and every output.</summary>
    public static string Serialize(Assessment assessment) => Write(assessment, BackPainJsonContext.Default.Assessment);

    /// <summary>Writes a recovery plan in full: its inputs, check-ins and every day.</summary>
    public static string Serialize(RecoveryPlan plan) => Write(plan, BackPainJsonContext.Default.RecoveryPlan);

    /// <summary>
    /// Writes a recovery plan as UTF-8 JSON to <paramref name="utf8Json"/>, the same document as
    /// <see cref="Serialize(RecoveryPlan)"/> without building it as a string first: for large plans (a 365-day plan is
    /// about 870 KB) sent straight to a response or a file. The stream is left open.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> or <paramref name="utf8Json"/> is null.</exception>
    public static void Serialize(RecoveryPlan plan, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, plan, BackPainJsonContext.Default.RecoveryPlan);
    }

    /// <summary>Reads a symptom report.</summary>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names the paths.</exception>
    public static SymptomReport DeserializeReport(string json) => Read(json, BackPainJsonContext.Default.SymptomReportBuilder, r => ToReport(r, "$"));

    /// <summary>Reads a workout.</summary>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names the paths.</exception>
    public static Workout DeserializeWorkout(string json) => Read(json, BackPainJsonContext.Default.WorkoutDto, w => ToWorkout(w, "$"));

    /// <summary>Reads a training history.</summary>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names the paths.</exception>
    public static TrainingHistory DeserializeHistory(string json) => Read(json, BackPainJsonContext.Default.TrainingHistoryDto, h => ToHistory(h, "$"));

    /// <summary>Reads a check-in.</summary>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names the paths.</exception>
    public static CheckInReport DeserializeCheckIn(string json) => Read(json, BackPainJsonContext.Default.CheckInDto, c => ToCheckIn(c, "$"));

    /// <summary>Reads an assessment by assessing its report again with its options.</summary>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names the paths.</exception>
    public static Assessment DeserializeAssessment(string json) => Read(json, BackPainJsonContext.Default.AssessmentDto, a => ToAssessment(a, "$"));

    /// <summary>Reads a recovery plan by planning again from its inputs and check-ins.</summary>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names the paths.</exception>
    public static RecoveryPlan DeserializePlan(string json) => Read(json, BackPainJsonContext.Default.RecoveryPlanDto, p => ToPlan(p, "$"));

    private static string Write<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonSerializer.Serialize(value, typeInfo);
    }

    private static TResult Read<TDto, TResult>(string json, JsonTypeInfo<TDto> typeInfo, Func<TDto, TResult> convert)
    {
        ArgumentNullException.ThrowIfNull(json);
        TDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (JsonException e)
        {
            throw Invalid(e.Path ?? "$", Clean(e.Message));
        }

        return dto is null ? throw Invalid("$", "must be a JSON object, not null.") : convert(dto);
    }

    private static SymptomReport ToReport(SymptomReportBuilder answers, string path)
    {
        var result = answers.Validate();
        return result.IsValid
            ? answers.Build()
            : throw new BackPainValidationException(DocumentName, result.Errors.Select(x => x with { Path = path + "." + x.Path }));
    }

    private static Workout ToWorkout(WorkoutDto dto, string path)
    {
        var errors = new ErrorCollector();
        errors.Required(path + ".date", dto.Date);
        errors.Range(path + ".rpe", dto.Rpe, 1, 10);
        if (dto.Exercises is not { Count: > 0 } || dto.Exercises.Any(e => e is null))
        {
            errors.Add(path + ".exercises", "must hold at least one exercise and no null.");
        }

        errors.ToResult().ThrowIfInvalid(DocumentName);
        return new Workout(dto.Date!.Value, dto.Exercises!, dto.Rpe, dto.IsHard);
    }

    private static TrainingHistory ToHistory(TrainingHistoryDto? dto, string path)
    {
        if (dto?.Workouts is not { } workouts)
        {
            throw Invalid(path + ".workouts", "is required (it may be an empty list).");
        }

        if (workouts.Count > TrainingHistory.MaxWorkouts)
        {
            throw Invalid(path + ".workouts", $"must hold at most {TrainingHistory.MaxWorkouts} workouts.");
        }

        var list = new Workout[workouts.Count];
        var errors = new List<ValidationError>();
        for (var i = 0; i < list.Length; i++)
        {
            try
            {
                list[i] = workouts[i] is { } w ? ToWorkout(w, $"{path}.workouts[{i}]") : throw Invalid($"{path}.workouts[{i}]", "must not be null.");
            }
            catch (BackPainValidationException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        new ValidationResult(errors).ThrowIfInvalid(DocumentName);
        return new TrainingHistory(list);
    }

    private static CheckInReport ToCheckIn(CheckInDto dto, string path)
    {
        var errors = new ErrorCollector();
        errors.Required(path + ".date", dto.Date);
        errors.Required(path + ".pain", dto.Pain);
        errors.Required(path + ".trend", dto.Trend);
        errors.ToResult().ThrowIfInvalid(DocumentName);
        try
        {
            return new CheckInReport(dto.Date!.Value, dto.Pain!.Value, dto.Trend!.Value, dto.Clearance ?? Clearance.None, dto.NewSymptoms, dto.CausesRuledOut, dto.CausesConfirmed);
        }
        catch (BackPainValidationException e)
        {
            throw new BackPainValidationException(DocumentName, e.Errors.Select(x => x with { Path = path + "." + x.Path }));
        }
    }

    private static Assessment ToAssessment(AssessmentDto dto, string path)
    {
        var report = ToReport(dto.Report ?? throw Invalid(path + ".report", "is required."), path + ".report");
        var options = dto.Options?.ToOptions() ?? AssessorOptions.Default;
        var result = options.Validate();
        if (!result.IsValid)
        {
            throw new BackPainValidationException(DocumentName, result.Errors.Select(x => x with { Path = path + ".options." + x.Path }));
        }

        var assessor = options == AssessorOptions.Default ? BackPainAssessor.Default : new BackPainAssessor(options);
        return assessor.Assess(report);
    }

    private static RecoveryPlan ToPlan(RecoveryPlanDto dto, string path)
    {
        var assessment = ToAssessment(dto.Assessment ?? throw Invalid(path + ".assessment", "is required."), path + ".assessment");
        var history = ToHistory(dto.History, path + ".history");
        var start = dto.Request?.Start ?? throw Invalid(path + ".request.start", "is required.");
        var length = dto.Request.Length ?? Days.Of(PlanRequest.DefaultLength);
        if (length.Count is < 1 or > PlanRequest.MaxLength)
        {
            throw Invalid(path + ".request.length", $"must be between 1 and {PlanRequest.MaxLength} days; it was {length.Count}.");
        }

        var options = dto.Options?.ToOptions() ?? PlannerOptions.Default;
        var result = options.Validate();
        if (!result.IsValid)
        {
            throw new BackPainValidationException(DocumentName, result.Errors.Select(x => x with { Path = path + ".options." + x.Path }));
        }

        PlanRequest request;
        try
        {
            request = new PlanRequest(start, length);
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw Invalid(path + ".request.start", e.Message);
        }

        var checkIns = dto.CheckInReports ?? [];
        var reports = new CheckInReport[checkIns.Count];
        var errors = new List<ValidationError>();
        for (var i = 0; i < checkIns.Count; i++)
        {
            var itemPath = $"{path}.checkInReports[{i}]";
            try
            {
                reports[i] = checkIns[i] is { } c ? ToCheckIn(c, itemPath) : throw Invalid(itemPath, "must not be null.");
            }
            catch (BackPainValidationException e)
            {
                errors.AddRange(e.Errors);
            }
        }

        if (errors.Count == 0)
        {
            errors.AddRange(RecoveryPlan.Validate(request, reports, 0, path + ".checkInReports").Errors);
        }

        new ValidationResult(errors).ThrowIfInvalid(DocumentName);
        var plan = RecoveryPlanner.For(options).Build(assessment, history, request, ValueList<CheckInReport>.Wrap(reports));
        return plan;
    }

    private static BackPainValidationException Invalid(string path, string message) => new(DocumentName, [new ValidationError(path, message)]);

    private static string Clean(string message)
    {
        // System.Text.Json appends " Path: $.x | LineNumber: … | BytePositionInLine: …"; the path is reported separately.
        var index = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return index > 0 ? message[..index] : message;
    }
}
