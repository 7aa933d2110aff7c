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
    /// <c>$.report.severity</c>) to its messages, every bad field at once.
    /// </summary>
    public static ValidationProblem Invalid(IEnumerable<ValidationError> errors)
    {
        var byPath = errors
            .GroupBy(e => e.Path, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), StringComparer.Ordinal);
        return TypedResults.ValidationProblem(
            byPath,
            title: InvalidTitle,
            detail: $"{byPath.Count} field(s) are invalid; see errors, keyed by JSON path.");
    }

    /// <summary>A problem with a status code other than 400 and no field errors.</summary>
    public static ProblemHttpResult Status(int statusCode, string detail) => TypedResults.Problem(detail: detail, statusCode: statusCode);

    /// <summary>
    /// The errors of a library exception, with each path placed under <paramref name="prefix"/>: the library's
    /// readers name paths from the document root (<c>$.severity</c>), its other methods name bare fields
    /// (<c>date</c>); both become <c>{prefix}.severity</c> and <c>{prefix}.date</c>.
    /// </summary>
    public static IEnumerable<ValidationError> Under(string prefix, BackPainValidationException exception)
        => exception.Errors.Select(e => e with { Path = Join(prefix, e.Path) });

    private static string Join(string prefix, string path)
    {
        if (path.Length == 0 || path == "$")
        {
            return prefix;
        }

        if (path.StartsWith('$'))
        {
            return prefix + path[1..];
        }

        return path.StartsWith('[') ? prefix + path : prefix + "." + path;
    }
}
