using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using BackPain.Core.Serialization;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackPain.Samples.Web.Tests.Api;

/// <summary>Answers are compressed with Brotli or gzip when the client asks for it, and only then.</summary>
public sealed class ResponseCompressionTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task Plan_WhenTheClientAcceptsAnEncoding_IsCompressedWithItAndSmaller(string encoding)
    {
        using var plain = await PostPlanAsync(acceptEncoding: null);
        using var compressed = await PostPlanAsync(encoding);

        compressed.StatusCode.Should().Be(HttpStatusCode.OK);
        compressed.Content.Headers.ContentEncoding.Should().Equal(encoding);
        compressed.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        var plainBytes = await plain.Content.ReadAsByteArrayAsync();
        var compressedBytes = await compressed.Content.ReadAsByteArrayAsync();
        compressedBytes.Length.Should().BeLessThan(plainBytes.Length);
        Decompress(compressedBytes, encoding).Should().Be(Encoding.UTF8.GetString(plainBytes));
    }

    [Fact]
    public async Task Plan_WhenTheClientDoesNotAskForCompression_IsSentPlain()
    {
        using var response = await PostPlanAsync(acceptEncoding: null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentEncoding.Should().BeEmpty();
        BackPainJson.DeserializePlan(await response.Content.ReadAsStringAsync()).Days.Should().HaveCount(90);
    }

    private async Task<HttpResponseMessage> PostPlanAsync(string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/plans", UriKind.Relative))
        {
            Content = new StringContent(
                PlansEndpointTests.Request(report: BackPainJson.Serialize(Reports.PulledMuscle()), start: "2026-12-01", days: 90),
                Encoding.UTF8,
                "application/json"),
        };
        if (acceptEncoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(acceptEncoding));
        }

        return await _client.SendAsync(request);
    }

    private static string Decompress(byte[] bytes, string encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decompressor = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressor, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
