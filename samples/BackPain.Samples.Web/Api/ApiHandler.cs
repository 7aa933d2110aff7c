using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// The one shape of every POST endpoint: read the body as JSON text, read and validate the input from it (collecting
/// every problem), run the library, and answer with the result, or with 400 problem details listing every problem
/// with its path and code.
/// </summary>
internal static class ApiHandler
{
    /// <summary>The content type of every answer that is not a problem.</summary>
    public const string JsonContentType = "application/json";

    /// <summary>Handles a request.</summary>
    /// <param name="request">The HTTP request.</param>
    /// <param name="read">Reads the input from the body's JSON text, adding every problem; returns null if there is any.</param>
    /// <param name="run">Runs the library on a valid input and writes the answer, adding any problem it reports; returns null if there is any.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    public static async Task<IResult> HandleAsync<TInput>(
        HttpRequest request,
        Func<string, RequestErrors, TInput?> read,
        Func<TInput, RequestErrors, string?> run,
        CancellationToken cancellationToken)
        where TInput : class
    {
        var (json, problem) = await JsonRequest.ReadAsync(request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new RequestErrors();
        var input = read(json!, errors);
        var answer = input is null || errors.Any ? null : run(input, errors);
        return answer is null || errors.Any ? Problems.Invalid(errors.All) : Json(answer);
    }

    private static ContentHttpResult Json(string json) => TypedResults.Text(json, JsonContentType, Encoding.UTF8);
}
