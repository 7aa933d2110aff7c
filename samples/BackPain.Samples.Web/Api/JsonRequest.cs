using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackPain.Samples.Web.Api;

/// <summary>
/// Reads a request body as JSON text, unparsed, so the library's own reader (<c>BackPainJson</c>) sees exactly what
/// the client sent: the content type must be JSON, the body at most <see cref="ApiLimits.MaxRequestBodyBytes"/>
/// and valid UTF-8.
/// </summary>
internal static class JsonRequest
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The body as text, or the problem to answer with (415, 413 or 400).</summary>
    public static async Task<(string? Json, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return (null, Problems.Status(StatusCodes.Status415UnsupportedMediaType, "The body must be JSON: send it with Content-Type: application/json."));
        }

        if (request.ContentLength > ApiLimits.MaxRequestBodyBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > ApiLimits.MaxRequestBodyBytes)
                {
                    return (null, TooLarge());
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, TooLarge());
        }

        try
        {
            return (StrictUtf8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, Problems.Invalid([new("$", BackPain.Core.ValidationCode.Malformed, "The body is not valid UTF-8.")]));
        }
    }

    private static ProblemHttpResult TooLarge() => Problems.Status(
        StatusCodes.Status413PayloadTooLarge,
        $"The body must be at most {ApiLimits.MaxRequestBodyBytes} bytes.");
}
