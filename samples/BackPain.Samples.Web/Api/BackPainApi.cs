using BackPain.Core;
using BackPain.Core.Extensions.DependencyInjection;
using BackPain.Core.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// The three endpoints over BackPain.Core, on the framework's model binding: the host's JSON options carry the
/// library's converters (<see cref="BackPainJson.Configure"/> in <c>ConfigureHttpJsonOptions</c>), so a body binds
/// to a <see cref="SymptomReport"/> (or one of the API's envelopes, <see cref="PlanBody"/> and <see cref="CheckInBody"/>)
/// and an answer is written in the library's shape. A body the readers reject never reaches an endpoint:
/// <see cref="BadRequestHandler"/> answers it with 400 problem details naming every bad field with its code.
/// </summary>
internal static class BackPainApi
{
    /// <summary>Maps <c>POST /api/assessments</c>, <c>POST /api/plans</c>, <c>POST /api/plans/check-ins</c> and <c>GET /api/catalogue</c>.</summary>
    public static IEndpointRouteBuilder MapBackPainApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").WithTags("BackPain.Core");

        api.MapPost("/assessments", Assess)
            .WithName("Assess")
            .WithSummary("Assess a symptom report")
            .WithDescription("The body is a symptom report in BackPainJson's format; the answer is the assessment: the causes ranked with their evidence, red flags, triage, remedies with their dose, restrictions, a summary and the disclaimer. Not a diagnosis.")
            .WithBodyProblems()
            .AddOpenApiOperationTransformer(OpenApiExamples.Assess)
            .AddOpenApiOperationTransformer(Languages.DescribeInOpenApi);

        api.MapPost("/plans", Plan)
            .WithName("Plan")
            .WithSummary("Make a recovery plan")
            .WithDescription("The body holds a symptom report (report) or an earlier assessment (assessment), an optional training history (history), the first day of the plan (start, yyyy-MM-dd: the caller's today) and its length in days (days, 1 to 365, 28 by default). The answer is the plan, which holds its assessment.")
            .WithBodyProblems()
            .AddOpenApiOperationTransformer(OpenApiExamples.Plan)
            .AddOpenApiOperationTransformer(Languages.DescribeInOpenApi);

        api.MapPost("/plans/check-ins", CheckIn)
            .WithName("CheckIn")
            .WithSummary("Record a check-in on a plan")
            .WithDescription("The body holds a plan as returned by POST /api/plans (plan) and a check-in (checkIn: date, pain 0 to 10, trend, and optionally clearance, newSymptoms, causesRuledOut and causesConfirmed). Pain 0 with trend worse is refused, naming trend. Only the plan's inputs are read (its assessment's report and options, history, request, options and earlier check-ins); its days and other outputs are worked out again, never trusted. The answer is the updated plan, with the triage in force each day (days[].triage), the highest so far (highestTriage) and the date it is up to date on (asOf).")
            .WithBodyProblems()
            .AddOpenApiOperationTransformer(OpenApiExamples.CheckIn);

        api.MapGet("/catalogue", GetCatalogue)
            .WithName("Catalogue")
            .WithSummary("The library's vocabularies")
            .WithDescription("The ids the wire format uses, with the names and texts a person reads: causes, triage levels, symptoms, red-flag questions, the findings a check-in may report, exercises, muscle groups, remedies and sources. The web page builds its questions from it.")
            .AddOpenApiOperationTransformer(Languages.DescribeInOpenApi);

        return app;
    }

    // The engines are the ones AddBackPain registers (set up from appsettings.json, logging each decision); a report is
    // assessed in the request's language (Accept-Language, see Languages), and the answer says its language.
    internal static Ok<Assessment> Assess(SymptomReport report, Languages languages, HttpContext context)
        => Answer(languages.Assess(report, context), context);

    /// <summary>Plans from the body's assessment (in its own language) or from its report, assessed in the request's language.</summary>
    internal static Ok<RecoveryPlan> Plan(PlanBody body, Languages languages, IRecoveryPlanner planner, HttpContext context)
        => Answer(planner.Plan(body.Assessment ?? languages.Assess(body.Report!, context), body.History, body.Request), context);

    /// <summary>Records the check-in, in the plan's own language; the plan may reject its date, named <c>$.checkIn.date</c>.</summary>
    internal static Results<Ok<RecoveryPlan>, ValidationProblem> CheckIn(CheckInBody body, IRecoveryPlanner planner, HttpContext context)
    {
        var errors = new RequestErrors();
        var updated = errors.Read(() => planner.CheckIn(body.Plan, body.CheckIn), "$.checkIn");
        return updated is null ? Problems.Invalid(errors.All) : Answer(updated, context);
    }

    /// <summary>The catalogue with its names in the request's language (so a cache keeps one per <c>Accept-Language</c>).</summary>
    internal static Ok<Catalogue> GetCatalogue(Languages languages, HttpContext context)
    {
        Languages.Announce(context, Languages.Of(context));
        context.Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, Microsoft.Net.Http.Headers.HeaderNames.AcceptLanguage);
        return TypedResults.Ok(languages.CatalogueFor(context));
    }

    private static Ok<Assessment> Answer(Assessment assessment, HttpContext context)
    {
        Languages.Announce(context, assessment.Options.Culture);
        return TypedResults.Ok(assessment);
    }

    private static Ok<RecoveryPlan> Answer(RecoveryPlan plan, HttpContext context)
    {
        Languages.Announce(context, plan.Assessment.Options.Culture);
        return TypedResults.Ok(plan);
    }

    /// <summary>The answers every POST may give besides its result: 400 (every bad field), 413 and 415, as problem details.</summary>
    internal static RouteHandlerBuilder WithBodyProblems(this RouteHandlerBuilder endpoint)
        => endpoint
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
}
