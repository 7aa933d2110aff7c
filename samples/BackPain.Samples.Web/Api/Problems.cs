using System.Text.Json;
using BackPain.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackPain.Samples.Web.Api;

/// <summary>RFC 9457 problem details for the API's errors.</summary>
internal static class Problems
{
    /// <summary>The title of every validation problem.</summary>
    public const string InvalidTitle = "The request has invalid fields.";

    /// <summary>
    /// 400 with <c>application/problem+json</c>: <c>errors</c> maps each bad field's JSON path (for example
    /// <c>$.report.severity</c>) to its messages, every bad field at once, and <c>codes</c> maps the same paths to the
    /// library's codes (<c>outOfRange</c>, <c>required</c>, …) in the same order, for clients that branch on them.
    /// </summary>
    public static ValidationProblem Invalid(IEnumerable<ValidationError> errors)
    {
        var byPath = errors.GroupBy(e => e.Path, StringComparer.Ordinal).ToList();
        return TypedResults.ValidationProblem(
            byPath.ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal),
            title: InvalidTitle,
            detail: $"{byPath.Count} field(s) are invalid; see errors, keyed by JSON path, and codes.",
            extensions: new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["codes"] = byPath.ToDictionary(g => g.Key, g => g.Select(e => Code(e.Code)).ToArray(), StringComparer.Ordinal),
            });
    }

    /// <summary>A problem with a status code other than 400 and no field errors, with the API's detail for it.</summary>
    public static ProblemHttpResult Status(int statusCode) => TypedResults.Problem(detail: DetailFor(statusCode), statusCode: statusCode);

    /// <summary>
    /// What the API says about a refused body, whoever refuses it (the framework writes 415 itself, Kestrel throws
    /// 413 while the body is read): what to send instead. Null for other statuses.
    /// </summary>
    public static string? DetailFor(int? statusCode) => statusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => $"The body must be at most {ApiLimits.MaxRequestBodyBytes} bytes.",
        StatusCodes.Status415UnsupportedMediaType => "The body must be JSON: send it with Content-Type: application/json.",
        _ => null,
    };

    /// <summary>A code as it is written in JSON: its camelCase name, for example <c>outOfRange</c>.</summary>
    public static string Code(ValidationCode code) => JsonNamingPolicy.CamelCase.ConvertName(code.ToString());
}
