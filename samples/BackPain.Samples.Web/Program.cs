using BackPain.Core.Serialization;
using BackPain.Samples.Web.Api;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Net.Http.Headers;
using Scalar.AspNetCore;

// The BackPain.Core web sample: a JSON API over the library, its OpenAPI document with a browsable reference at
// /scalar, a static page (wwwroot/index.html) that asks the questions and shows the assessment and the plan, and FHIR R4
// endpoints for clinic systems (Api/FhirApi.cs).
var builder = WebApplication.CreateBuilder(args);

builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = ApiLimits.MaxRequestBodyBytes);
builder.Services.ConfigureHttpJsonOptions(options => BackPainJson.Configure(options.SerializerOptions));
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
    context.ProblemDetails.Detail ??= Problems.DetailFor(context.ProblemDetails.Status));
builder.Services.AddExceptionHandler<BadRequestHandler>();
// Plans are long and repetitive JSON (a 90-day plan is hundreds of KB): compress answers with Brotli or gzip when the
// client asks (Accept-Encoding), over HTTPS too (the answers carry no secret a compression side channel could leak).
builder.Services.AddResponseCompression(options =>
{
    options.EnableForHttps = true;
    options.Providers.Add<BrotliCompressionProvider>();
    options.Providers.Add<GzipCompressionProvider>();
    options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "application/problem+json", "text/calendar", BackPain.Samples.Web.Api.FhirApi.MediaType];
});
// Optimal rather than the default Fastest: Brotli's fastest level makes a plan larger than gzip's (see README.md).
builder.Services.Configure<BrotliCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);
builder.Services.Configure<GzipCompressionProviderOptions>(options => options.Level = System.IO.Compression.CompressionLevel.Optimal);
// BackPain.Core.Extensions.DependencyInjection: the engines from the "BackPain" section of appsettings.json, checked at
// start-up (a bad value stops the app naming its key), with IBackPainAssessor and IRecoveryPlanner logging each decision.
builder.Services.AddBackPain();
// The language of the answers: Accept-Language picks one of the cultures the library ships (English by default and for
// any other language); Languages keeps an assessor and a catalogue per language.
builder.Services.AddRequestLocalization(options =>
{
    options.SupportedCultures = options.SupportedUICultures = [.. Languages.Supported];
    options.SetDefaultCulture(Languages.Supported[0].Name);
    options.RequestCultureProviders = [new Microsoft.AspNetCore.Localization.AcceptLanguageHeaderRequestCultureProvider()];
});
builder.Services.AddSingleton<Languages>();
builder.Services.AddOpenApi(options => options.AddDocumentTransformer(OpenApiSchemas.UseLibrarySchemas).AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "BackPain.Core web sample";
    document.Info.Description =
        "Assess back pain after a workout and plan the recovery, in BackPain.Core's JSON format. Not a diagnosis: "
        + "anyone with severe or worsening pain, numbness, leg weakness, fever, or trouble controlling the bladder or "
        + $"bowel should get medical help straight away. Request bodies are at most {ApiLimits.MaxRequestBodyBytes} bytes (413 above); "
        + "invalid fields give 400 with RFC 9457 problem details whose errors (messages) and codes (machine-readable) are keyed by JSON path.";
    return Task.CompletedTask;
}));

var app = builder.Build();

app.UseResponseCompression();
app.UseRequestLocalization();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles(new StaticFileOptions
{
    OnPrepareResponse = static context =>
    {
        // The page loads only its own files: no inline script or style, no third-party origin.
        var headers = context.Context.Response.Headers;
        headers[HeaderNames.ContentSecurityPolicy] = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    },
});

app.MapOpenApi();
app.MapScalarApiReference(options => options.WithTitle("BackPain.Core web sample API"));
app.MapBackPainApi();
app.MapCalendarApi();
app.MapFhirApi();

app.Run();
