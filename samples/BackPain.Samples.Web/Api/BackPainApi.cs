using BackPain.Core;
using BackPain.Core.Serialization;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// The three endpoints over BackPain.Core. Bodies are read as raw JSON text and handed to <see cref="BackPainJson"/>,
/// and answers are written by <see cref="BackPainJson.Serialize(Assessment)"/>, so the API speaks exactly the
/// library's documented wire format. Each endpoint has the one shape of <see cref="ApiHandler"/>: invalid input is a
/// 400 problem-details answer naming every bad field with its code.
/// </summary>
internal static class BackPainApi
{
    /// <summary>Maps <c>POST /api/assessments</c>, <c>POST /api/plans</c>, <c>POST /api/plans/check-ins</c> and <c>GET /api/catalogue</c>.</summary>
    public static IEndpointRouteBuilder MapBackPainApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("BackPain.Core");

        api.MapPost("/assessments", AssessAsync)
            .WithName("Assess")
            .WithSummary("Assess a symptom report")
            .WithDescription("The body is a symptom report in BackPainJson's format; the answer is the assessment: the causes ranked with their evidence, red flags, triage, remedies with their dose, restrictions, a summary and the disclaimer. Not a diagnosis.")
            .Produces(StatusCodes.Status200OK, contentType: ApiHandler.JsonContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer(OpenApiExamples.Assess);

        api.MapPost("/plans", PlanAsync)
            .WithName("Plan")
            .WithSummary("Make a recovery plan")
            .WithDescription("The body holds a symptom report (report) or an earlier assessment (assessment), an optional training history (history), the first day of the plan (start, yyyy-MM-dd: the caller's today) and its length in days (days, 1 to 365, 28 by default). The answer is the plan, which holds its assessment.")
            .Produces(StatusCodes.Status200OK, contentType: ApiHandler.JsonContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer(OpenApiExamples.Plan);

        api.MapPost("/plans/check-ins", CheckInAsync)
            .WithName("CheckIn")
            .WithSummary("Record a check-in on a plan")
            .WithDescription("The body holds a plan as returned by POST /api/plans (plan) and a check-in (checkIn: date, pain 0 to 10, trend, and optionally clearance, newSymptoms, causesRuledOut and causesConfirmed). Pain 0 with trend worse is refused, naming trend. Only the plan's inputs are read (its assessment's report and options, history, request, options and earlier check-ins); its days and other outputs are worked out again, never trusted. The answer is the updated plan, with the triage in force each day (days[].triage), the highest so far (highestTriage) and the date it is up to date on (asOf).")
            .Produces(StatusCodes.Status200OK, contentType: ApiHandler.JsonContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .AddOpenApiOperationTransformer(OpenApiExamples.CheckIn);

        api.MapGet("/catalogue", () => TypedResults.Ok(Catalogue.Instance))
            .WithName("Catalogue")
            .WithSummary("The library's vocabularies")
            .WithDescription("The ids the wire format uses, with the names and texts a person reads: causes, triage levels, symptoms, red-flag questions, the findings a check-in may report, exercises, muscle groups, remedies and sources. The web page builds its questions from it.");

        return app;
    }

    internal static Task<IResult> AssessAsync(HttpRequest request, CancellationToken cancellationToken)
        => ApiHandler.HandleAsync(
            request,
            static (json, errors) => errors.Read(() => BackPainJson.DeserializeReport(json), "$"),
            static (report, _) => BackPainJson.Serialize(BackPainAssessor.Default.Assess(report)),
            cancellationToken);

    internal static Task<IResult> PlanAsync(HttpRequest request, CancellationToken cancellationToken)
        => ApiHandler.HandleAsync(request, PlanRequests.ReadPlan, PlanRequests.Plan, cancellationToken);

    internal static Task<IResult> CheckInAsync(HttpRequest request, CancellationToken cancellationToken)
        => ApiHandler.HandleAsync(request, PlanRequests.ReadCheckIn, PlanRequests.CheckIn, cancellationToken);
}
