using System.Text.Json;
using BackPain.Core;
using Microsoft.AspNetCore.Diagnostics;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// Answers the requests the framework refuses before an endpoint runs (it throws them here because
/// <see cref="RouteHandlerOptions.ThrowOnBadRequest"/> is on) with RFC 9457 problem details: a body over the limit is
/// 413, a body that is not JSON 415, and a body the JSON readers reject 400 listing every problem with its path and
/// code (<see cref="Problems.Invalid"/>).
/// </summary>
internal sealed class BadRequestHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }

        IResult answer = bad.StatusCode == StatusCodes.Status400BadRequest ? Problems.Invalid(ErrorsOf(bad)) : Problems.Status(bad.StatusCode);
        await answer.ExecuteAsync(httpContext);
        return true;
    }

    /// <summary>The problems of a body the framework could not bind: the JSON readers' (every one), or a missing body.</summary>
    private static IReadOnlyList<ValidationError> ErrorsOf(BadHttpRequestException bad)
    {
        var errors = new RequestErrors();
        if (bad.InnerException is JsonException json)
        {
            errors.AddFrom(json, "$");
        }
        else
        {
            // The framework's own words name the parameter's .NET type; say what the body must be instead.
            errors.Add("$", ValidationCode.Required, "The body is required: a JSON object, sent with Content-Type: application/json.");
        }

        return errors.All;
    }
}
