using System.Collections.Frozen;
using System.Globalization;
using BackPain.Core;
using BackPain.Core.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Microsoft.Net.Http.Headers;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// The languages the API answers in, chosen by the request's <c>Accept-Language</c> (ASP.NET Core request
/// localization): English (the default, and the answer to any language not listed), German and Spanish, the cultures
/// the library ships. Holds one assessor per language, built once: the registered logging <see cref="IBackPainAssessor"/>
/// for the language of the configured options, and for each other language a <see cref="BackPainAssessor"/> built from
/// the same options <c>with { Culture = … }</c>.
/// </summary>
internal sealed class Languages
{
    /// <summary>The request cultures the API supports, default first.</summary>
    public static IReadOnlyList<CultureInfo> Supported { get; } = [.. new[] { "en", "de", "es" }.Select(CultureInfo.GetCultureInfo)];

    private readonly FrozenDictionary<string, Func<SymptomReport, Assessment>> _assessors;
    private readonly FrozenDictionary<string, Catalogue> _catalogues;

    public Languages(IBackPainAssessor registered)
    {
        var assessors = new Dictionary<string, Func<SymptomReport, Assessment>>(StringComparer.Ordinal);
        var catalogues = new Dictionary<string, Catalogue>(StringComparer.Ordinal);
        foreach (var language in Supported)
        {
            var assessor = new BackPainAssessor(registered.Options with { Culture = LibraryCulture(language) });
            assessors[language.Name] = registered.Options.Equals(assessor.Options) ? registered.Assess : assessor.Assess;
            catalogues[language.Name] = Catalogue.In(assessor.Texts);
        }

        _assessors = assessors.ToFrozenDictionary(StringComparer.Ordinal);
        _catalogues = catalogues.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>Assesses <paramref name="report"/> in the language of the request.</summary>
    public Assessment Assess(SymptomReport report, HttpContext context) => _assessors[Of(context).Name](report);

    /// <summary>The catalogue in the language of the request.</summary>
    public Catalogue CatalogueFor(HttpContext context) => _catalogues[Of(context).Name];

    /// <summary>Says the answer's language in <c>Content-Language</c>: <c>en</c> for the library's neutral English.</summary>
    public static void Announce(HttpContext context, CultureInfo culture)
        => context.Response.Headers[HeaderNames.ContentLanguage] = culture.Equals(CultureInfo.InvariantCulture) ? "en" : culture.Name;

    /// <summary>The request's language, one of <see cref="Supported"/> (request localization has chosen it).</summary>
    public static CultureInfo Of(HttpContext context)
        => context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture is { } culture && Supported.Contains(culture) ? culture : Supported[0];

    /// <summary>The library's culture for a request culture: its neutral English is the invariant culture.</summary>
    private static CultureInfo LibraryCulture(CultureInfo language) => language.Name == "en" ? CultureInfo.InvariantCulture : language;

    /// <summary>
    /// Describes the language in the OpenAPI document: the optional <c>Accept-Language</c> request header of an endpoint
    /// that answers in the request's language, and the <c>Content-Language</c> of its answer.
    /// </summary>
    public static Task DescribeInOpenApi(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = HeaderNames.AcceptLanguage,
            In = ParameterLocation.Header,
            Description = "The language of the library's texts in the answer: en (the default), de or es; a regional tag falls back to its language (de-AT: de), any other language gets English.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers[HeaderNames.ContentLanguage] = new OpenApiHeader
            {
                Description = "The language of the texts in the answer: en, de or es (for a plan sent in, its own language).",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }

        return Task.CompletedTask;
    }
}
