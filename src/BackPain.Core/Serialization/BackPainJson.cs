using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
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
/// A field the format does not know is an error (<see cref="ValidationCode.NotAllowed"/>, listing the fields allowed
/// there), never skipped, so a misspelt answer cannot be lost silently; names are matched exactly. The outputs the
/// library writes are known fields, accepted and ignored.
/// </para>
/// <para>
/// Limits: documents nest at most 32 levels; duplicate property names are rejected; a history holds at most
/// <see cref="TrainingHistory.MaxWorkouts"/> workouts and a report at most <see cref="SymptomReport.MaxExercises"/>
/// exercises. Readers take the whole document as a string: the host decides how large a request it accepts.
/// </para>
/// </remarks>
public static class BackPainJson
{
    private const string DocumentName = "json";

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

    /// <summary>Writes a symptom report as UTF-8 JSON to <paramref name="utf8Json"/>, which is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="report"/> is null.</exception>
    public static void Serialize(Stream utf8Json, SymptomReport report) => Write(utf8Json, report, BackPainJsonContext.Default.SymptomReport);

    /// <summary>Writes a workout as UTF-8 JSON to <paramref name="utf8Json"/>, which is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="workout"/> is null.</exception>
    public static void Serialize(Stream utf8Json, Workout workout) => Write(utf8Json, workout, BackPainJsonContext.Default.Workout);

    /// <summary>Writes a training history as UTF-8 JSON to <paramref name="utf8Json"/>, which is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="history"/> is null.</exception>
    public static void Serialize(Stream utf8Json, TrainingHistory history) => Write(utf8Json, history, BackPainJsonContext.Default.TrainingHistory);

    /// <summary>Writes a check-in as UTF-8 JSON to <paramref name="utf8Json"/>, which is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="checkIn"/> is null.</exception>
    public static void Serialize(Stream utf8Json, CheckInReport checkIn) => Write(utf8Json, checkIn, BackPainJsonContext.Default.CheckInReport);

    /// <summary>Writes an assessment in full as UTF-8 JSON to <paramref name="utf8Json"/>, which is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="assessment"/> is null.</exception>
    public static void Serialize(Stream utf8Json, Assessment assessment) => Write(utf8Json, assessment, BackPainJsonContext.Default.Assessment);

    /// <summary>
    /// Writes a recovery plan in full as UTF-8 JSON to <paramref name="utf8Json"/>, which is left open: the same
    /// document as <see cref="Serialize(RecoveryPlan)"/> without building it as a string first, for large plans (a
    /// 365-day plan is about 870 KB) sent straight to a response or a file.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="plan"/> is null.</exception>
    public static void Serialize(Stream utf8Json, RecoveryPlan plan) => Write(utf8Json, plan, BackPainJsonContext.Default.RecoveryPlan);

#pragma warning disable RS0026 // Shaped like JsonSerializer.SerializeAsync; the overloads differ in the document type, so no call is ambiguous.
    /// <summary>Writes a symptom report as UTF-8 JSON to <paramref name="utf8Json"/>, which is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="report"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, SymptomReport report, CancellationToken cancellationToken = default)
        => WriteAsync(utf8Json, report, BackPainJsonContext.Default.SymptomReport, cancellationToken);

    /// <summary>Writes a workout as UTF-8 JSON to <paramref name="utf8Json"/>, which is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="workout"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, Workout workout, CancellationToken cancellationToken = default)
        => WriteAsync(utf8Json, workout, BackPainJsonContext.Default.Workout, cancellationToken);

    /// <summary>Writes a training history as UTF-8 JSON to <paramref name="utf8Json"/>, which is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="history"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, TrainingHistory history, CancellationToken cancellationToken = default)
        => WriteAsync(utf8Json, history, BackPainJsonContext.Default.TrainingHistory, cancellationToken);

    /// <summary>Writes a check-in as UTF-8 JSON to <paramref name="utf8Json"/>, which is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="checkIn"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, CheckInReport checkIn, CancellationToken cancellationToken = default)
        => WriteAsync(utf8Json, checkIn, BackPainJsonContext.Default.CheckInReport, cancellationToken);

    /// <summary>Writes an assessment in full as UTF-8 JSON to <paramref name="utf8Json"/>, which is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="assessment"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, Assessment assessment, CancellationToken cancellationToken = default)
        => WriteAsync(utf8Json, assessment, BackPainJsonContext.Default.Assessment, cancellationToken);

    /// <summary>Writes a recovery plan in full as UTF-8 JSON to <paramref name="utf8Json"/>, which is left open.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="plan"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static Task SerializeAsync(Stream utf8Json, RecoveryPlan plan, CancellationToken cancellationToken = default)
        => WriteAsync(utf8Json, plan, BackPainJsonContext.Default.RecoveryPlan, cancellationToken);

#pragma warning restore RS0026

    /// <summary>
    /// Plugs the library's JSON shape into a host's <paramref name="options"/>, so that plain
    /// <see cref="JsonSerializer"/> calls, ASP.NET Core model binding (<c>ConfigureHttpJsonOptions</c>,
    /// <c>AddJsonOptions</c>) and <c>HttpClient</c> JSON calls read and write every document type (symptom report,
    /// workout, training history, check-in, assessment, recovery plan) exactly as this class does, with the same
    /// validation. Other types keep the host's settings.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The document types already carry their converters (<see cref="SymptomReportJsonConverter"/> and the others), so
    /// reflection-based options need nothing; this method adds the converters in front of the host's, and, when the
    /// options have a <see cref="JsonSerializerOptions.TypeInfoResolver"/> (such as an app's source-generated context
    /// under Native AOT), metadata for the document types in front of it. Trimming- and AOT-safe.
    /// </para>
    /// <para>
    /// Reading a bad document throws one <see cref="JsonException"/> whose message lists every problem with its path;
    /// ASP.NET Core turns it into a 400 response. Call this once, before the options are first used.
    /// </para>
    /// <para>
    /// One difference from <see cref="BackPainJson"/>'s own readers, found by fuzzing: those refuse any byte sequence that
    /// is not UTF-8 text, while plain <see cref="JsonSerializer"/> reads past invalid UTF-8 in the parts of a document it
    /// skips (the outputs of an assessment or plan, which are worked out again and never read). Nothing read from such
    /// a document differs.
    /// </para>
    /// </remarks>
    /// <returns>The same <paramref name="options"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="options"/> is read-only (already used, or a shared instance such as <see cref="JsonSerializerOptions.Web"/>: configure a copy).</exception>
    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        for (var i = 0; i < DocumentTypeInfoResolver.Converters.Count; i++)
        {
            options.Converters.Insert(i, DocumentTypeInfoResolver.Converters[i]);
        }

        if (options.TypeInfoResolver is not null)
        {
            options.TypeInfoResolverChain.Insert(0, DocumentTypeInfoResolver.Instance);
        }

        return options;
    }

    /// <summary>Reads a symptom report.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names the paths.</exception>
    public static SymptomReport DeserializeReport(string json) => Read(json, BackPainJsonContext.Default.SymptomReportBuilder, ToReport);

    /// <summary>Reads a workout.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names the paths.</exception>
    public static Workout DeserializeWorkout(string json) => Read(json, BackPainJsonContext.Default.WorkoutDto, ToWorkout);

    /// <summary>Reads a training history.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names the paths.</exception>
    public static TrainingHistory DeserializeHistory(string json) => Read(json, BackPainJsonContext.Default.TrainingHistoryDto, ToHistory);

    /// <summary>Reads a check-in.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names the paths.</exception>
    public static CheckInReport DeserializeCheckIn(string json) => Read(json, BackPainJsonContext.Default.CheckInDto, ToCheckIn);

    /// <summary>Reads an assessment by assessing its report again with its options.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names the paths.</exception>
    public static Assessment DeserializeAssessment(string json) => Read(json, BackPainJsonContext.Default.AssessmentDto, ToAssessment);

    /// <summary>Reads a recovery plan by planning again from its inputs and check-ins.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names the paths.</exception>
    public static RecoveryPlan DeserializePlan(string json) => Read(json, BackPainJsonContext.Default.RecoveryPlanDto, ToPlan);

    /// <summary>Reads a symptom report from UTF-8 JSON in <paramref name="utf8Json"/>, to its end.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names every problem with its path.</exception>
    public static SymptomReport DeserializeReport(Stream utf8Json) => Read(ReadAll(utf8Json), BackPainJsonContext.Default.SymptomReportBuilder, ToReport);

    /// <summary>Reads a workout from UTF-8 JSON in <paramref name="utf8Json"/>, to its end.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names every problem with its path.</exception>
    public static Workout DeserializeWorkout(Stream utf8Json) => Read(ReadAll(utf8Json), BackPainJsonContext.Default.WorkoutDto, ToWorkout);

    /// <summary>Reads a training history from UTF-8 JSON in <paramref name="utf8Json"/>, to its end.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names every problem with its path.</exception>
    public static TrainingHistory DeserializeHistory(Stream utf8Json) => Read(ReadAll(utf8Json), BackPainJsonContext.Default.TrainingHistoryDto, ToHistory);

    /// <summary>Reads a check-in from UTF-8 JSON in <paramref name="utf8Json"/>, to its end.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names every problem with its path.</exception>
    public static CheckInReport DeserializeCheckIn(Stream utf8Json) => Read(ReadAll(utf8Json), BackPainJsonContext.Default.CheckInDto, ToCheckIn);

    /// <summary>Reads an assessment by assessing its report again with its options from UTF-8 JSON in <paramref name="utf8Json"/>, to its end.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names every problem with its path.</exception>
    public static Assessment DeserializeAssessment(Stream utf8Json) => Read(ReadAll(utf8Json), BackPainJsonContext.Default.AssessmentDto, ToAssessment);

    /// <summary>Reads a recovery plan by planning again from its inputs and check-ins from UTF-8 JSON in <paramref name="utf8Json"/>, to its end.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names every problem with its path.</exception>
    public static RecoveryPlan DeserializePlan(Stream utf8Json) => Read(ReadAll(utf8Json), BackPainJsonContext.Default.RecoveryPlanDto, ToPlan);

    /// <summary>Reads a symptom report from UTF-8 JSON in <paramref name="utf8Json"/>, to its end.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names every problem with its path.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<SymptomReport> DeserializeReportAsync(Stream utf8Json, CancellationToken cancellationToken = default)
        => Read(await ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false), BackPainJsonContext.Default.SymptomReportBuilder, ToReport);

    /// <summary>Reads a workout from UTF-8 JSON in <paramref name="utf8Json"/>, to its end.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names every problem with its path.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<Workout> DeserializeWorkoutAsync(Stream utf8Json, CancellationToken cancellationToken = default)
        => Read(await ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false), BackPainJsonContext.Default.WorkoutDto, ToWorkout);

    /// <summary>Reads a training history from UTF-8 JSON in <paramref name="utf8Json"/>, to its end.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names every problem with its path.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<TrainingHistory> DeserializeHistoryAsync(Stream utf8Json, CancellationToken cancellationToken = default)
        => Read(await ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false), BackPainJsonContext.Default.TrainingHistoryDto, ToHistory);

    /// <summary>Reads a check-in from UTF-8 JSON in <paramref name="utf8Json"/>, to its end.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names every problem with its path.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<CheckInReport> DeserializeCheckInAsync(Stream utf8Json, CancellationToken cancellationToken = default)
        => Read(await ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false), BackPainJsonContext.Default.CheckInDto, ToCheckIn);

    /// <summary>Reads an assessment by assessing its report again with its options from UTF-8 JSON in <paramref name="utf8Json"/>, to its end.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names every problem with its path.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<Assessment> DeserializeAssessmentAsync(Stream utf8Json, CancellationToken cancellationToken = default)
        => Read(await ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false), BackPainJsonContext.Default.AssessmentDto, ToAssessment);

    /// <summary>Reads a recovery plan by planning again from its inputs and check-ins from UTF-8 JSON in <paramref name="utf8Json"/>, to its end.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="BackPainValidationException">The JSON is malformed or a value is invalid; the exception names every problem with its path.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static async ValueTask<RecoveryPlan> DeserializePlanAsync(Stream utf8Json, CancellationToken cancellationToken = default)
        => Read(await ReadAllAsync(utf8Json, cancellationToken).ConfigureAwait(false), BackPainJsonContext.Default.RecoveryPlanDto, ToPlan);

    private static string Write<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonSerializer.Serialize(value, typeInfo);
    }

    private static void Write<T>(Stream utf8Json, T value, JsonTypeInfo<T> typeInfo, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(value, name);
        JsonSerializer.Serialize(utf8Json, value, typeInfo);
    }

    private static Task WriteAsync<T>(Stream utf8Json, T value, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken, [CallerArgumentExpression(nameof(value))] string? name = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(value, name);
        return JsonSerializer.SerializeAsync(utf8Json, value, typeInfo, cancellationToken);
    }

    /// <summary>Reads the document from a string; see <see cref="Convert"/>.</summary>
    private static TResult Read<TDto, TResult>(string json, JsonTypeInfo<TDto> typeInfo, Func<TDto, ErrorCollector, TResult?> convert)
        where TResult : class
    {
        ArgumentNullException.ThrowIfNull(json);
        var errors = new ErrorCollector();
        var root = errors.At("$");
        TDto? dto;
        try
        {
            dto = JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (JsonException e)
        {
            dto = DocumentConverter.Recover(e, () => DocumentConverter.Parse(json), typeInfo, root);
        }

        return Convert(dto, convert, errors, root);
    }

    /// <summary>Reads the document from UTF-8 bytes (a UTF-8 byte order mark first is skipped); see <see cref="Convert"/>.</summary>
    private static TResult Read<TDto, TResult>(ReadOnlyMemory<byte> utf8Json, JsonTypeInfo<TDto> typeInfo, Func<TDto, ErrorCollector, TResult?> convert)
        where TResult : class
    {
        if (utf8Json.Span.StartsWith(Utf8Bom))
        {
            utf8Json = utf8Json[Utf8Bom.Length..];
        }

        var errors = new ErrorCollector();
        var root = errors.At("$");
        TDto? dto;
        try
        {
            // Found by fuzzing: a string of invalid UTF-8 escaped as an InvalidOperationException.
            if (!Utf8.IsValid(utf8Json.Span))
            {
                root.Add(string.Empty, ValidationCode.Malformed, DocumentConverter.NotUtf8);
                return Convert(default, convert, errors, root);
            }

            dto = JsonSerializer.Deserialize(utf8Json.Span, typeInfo);
        }
        catch (JsonException e)
        {
            dto = DocumentConverter.Recover(e, () => DocumentConverter.Parse(utf8Json), typeInfo, root);
        }

        return Convert(dto, convert, errors, root);
    }

    /// <summary>
    /// Converts what was read with <paramref name="convert"/>, which adds every problem to the collector it is given
    /// (paths under <c>$</c>), and throws every problem of the document, the values that could not be read
    /// (<see cref="DocumentConverter"/>) and the invalid ones, at once.
    /// </summary>
    private static TResult Convert<TDto, TResult>(TDto? dto, Func<TDto, ErrorCollector, TResult?> convert, ErrorCollector errors, ErrorCollector root)
        where TResult : class
    {
        var result = dto is not null ? convert(dto, root)
            : errors.Count == 0 ? Missing<TResult>(root, string.Empty, Messages.Get("validation.json.notNull"))
            : null;
        errors.ThrowIfAny(DocumentName);
        return result!;
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static ReadOnlyMemory<byte> ReadAll(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static async Task<ReadOnlyMemory<byte>> ReadAllAsync(Stream utf8Json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        cancellationToken.ThrowIfCancellationRequested();
        var buffer = new MemoryStream();
        await utf8Json.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    internal static SymptomReport? ToReport(SymptomReportBuilder answers, ErrorCollector errors)
    {
        if (answers.RetiredPainDuration is not null)
        {
            errors.Add("painDuration", ValidationCode.NotAllowed, Messages.Get("validation.painDurationRetired"));
        }

        var report = SymptomReport.CreateOrAddErrors(answers, errors);
        return answers.RetiredPainDuration is null ? report : null;
    }

    internal static Workout? ToWorkout(WorkoutDto dto, ErrorCollector errors)
    {
        var before = errors.Count;
        errors.Required("date", dto.Date);
        Workout.Check(errors, dto.Exercises ?? [], dto.Rpe);
        return errors.Count == before ? new Workout(dto.Date!.Value, dto.Exercises!, dto.Rpe, dto.IsHard) : null;
    }

    internal static TrainingHistory? ToHistory(TrainingHistoryDto? dto, ErrorCollector errors)
    {
        if (dto?.Workouts is not { } workouts)
        {
            return Missing<TrainingHistory>(errors, "workouts", Messages.Get("validation.workoutsRequired"));
        }

        if (!TrainingHistory.CheckCount(errors, workouts.Count))
        {
            return null;
        }

        var before = errors.Count;
        errors.NoNulls("workouts", workouts);
        var list = new Workout?[workouts.Count];
        for (var i = 0; i < list.Length; i++)
        {
            list[i] = workouts[i] is { } workout ? ToWorkout(workout, errors.At(ErrorCollector.Index("workouts", i))) : null;
        }

        return errors.Count == before ? new TrainingHistory(list!) : null;
    }

    internal static CheckInReport? ToCheckIn(CheckInDto dto, ErrorCollector errors)
    {
        var before = errors.Count;
        errors.Required("date", dto.Date);
        errors.Required("pain", dto.Pain);
        errors.Required("trend", dto.Trend);
        List<Symptom> symptoms = dto.NewSymptoms ?? [];
        List<Cause> ruledOut = dto.CausesRuledOut ?? [];
        List<Cause> confirmed = dto.CausesConfirmed ?? [];
        var clearance = dto.Clearance ?? Clearance.None;
        CheckInReport.Check(errors, dto.Pain, dto.Trend, clearance, symptoms, ruledOut, confirmed);
        return errors.Count == before
            ? new CheckInReport(dto.Date!.Value, dto.Pain!.Value, dto.Trend!.Value, clearance, symptoms, ruledOut, confirmed)
            : null;
    }

    internal static Assessment? ToAssessment(AssessmentDto dto, ErrorCollector errors)
    {
        var before = errors.Count;
        var report = dto.Report is { } answers
            ? ToReport(answers, errors.At("report"))
            : Missing<SymptomReport>(errors, "report", Messages.Get("validation.required"));
        var options = dto.Options?.ToOptions() ?? AssessorOptions.Default;
        options.Check(errors.At("options"));
        if (errors.Count > 0)
        {
            // Anywhere in the document: an invalid document is not assessed.
            return null;
        }

        var assessor = options == AssessorOptions.Default ? BackPainAssessor.Default : new BackPainAssessor(options);
        return assessor.Assess(report!);
    }

    internal static RecoveryPlan? ToPlan(RecoveryPlanDto dto, ErrorCollector errors)
    {
        var assessment = dto.Assessment is { } assessmentDto
            ? ToAssessment(assessmentDto, errors.At("assessment"))
            : Missing<Assessment>(errors, "assessment", Messages.Get("validation.required"));
        var history = ToHistory(dto.History, errors.At("history"));
        errors.Required("request.start", dto.Request?.Start);
        var length = dto.Request?.LengthDays ?? PlanRequest.DefaultLength;
        var before = errors.Count;
        PlanRequest.Check(errors.At("request"), dto.Request?.Start, length, "lengthDays");
        var request = dto.Request?.Start is { } start && errors.Count == before ? new PlanRequest(start, length) : null;
        var options = dto.Options?.ToOptions() ?? PlannerOptions.Default;
        options.Check(errors.At("options"));
        List<CheckInDto?> checkIns = dto.CheckInReports ?? [];
        errors.NoNulls("checkInReports", checkIns);
        var reports = new CheckInReport?[checkIns.Count];
        for (var i = 0; i < reports.Length; i++)
        {
            reports[i] = checkIns[i] is { } checkIn ? ToCheckIn(checkIn, errors.At(ErrorCollector.Index("checkInReports", i))) : null;
        }

        if (request is not null)
        {
            // The dates are checked against the plan even when another answer of a check-in is invalid.
            RecoveryPlan.Check(errors, request, checkIns, static c => c?.Date, 0, "checkInReports");
        }

        return errors.Count > 0 ? null
            : RecoveryPlanner.For(options).Build(assessment!, history!, request!, ValueList<CheckInReport>.Wrap(reports!));
    }

    /// <summary>Adds that the value at <paramref name="path"/> is missing, and returns null.</summary>
    private static T? Missing<T>(ErrorCollector errors, string path, string message)
        where T : class
    {
        errors.Add(path, ValidationCode.Required, message);
        return null;
    }
}
