using System.Globalization;
using System.Net;
using BackPain.Core.Serialization;
using BackPain.Samples.Web.Api;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackPain.Samples.Web.Tests.Api;

/// <summary>
/// The body size limit, which the server enforces while the framework reads the body: these tests run the app on
/// Kestrel (the test server has no body size limit), as it runs in production.
/// </summary>
public sealed class RequestLimitTests(RequestLimitTests.OnKestrel factory) : IClassFixture<RequestLimitTests.OnKestrel>
{
    private const string Url = "/api/assessments";
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Post_BodyOverTheLimit_Returns413ProblemDetails()
    {
        var padding = new string(' ', ApiLimits.MaxRequestBodyBytes);

        using var response = await _client.PostJsonAsync(Url, "{ \"severity\": 3 }" + padding);

        var problem = await response.ReadProblemAsync(413);
        problem.GetProperty("detail").GetString().Should().Contain(ApiLimits.MaxRequestBodyBytes.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Post_BodyJustUnderTheLimit_IsRead()
    {
        var json = BackPainJson.Serialize(Reports.Doms());
        var padding = new string(' ', ApiLimits.MaxRequestBodyBytes - json.Length);

        using var response = await _client.PostJsonAsync(Url, json + padding);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    /// <summary>The app on Kestrel at a free port.</summary>
    public sealed class OnKestrel : WebApplicationFactory<Program>
    {
        public OnKestrel() => UseKestrel(0);
    }
}
