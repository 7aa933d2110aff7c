using System.Globalization;
using System.Net;
using BackPain.Core.Serialization;
using BackPain.Samples.Web.Api;
using Hl7.Fhir.Serialization;
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

    [Fact]
    public async Task PostFhir_BodyOverTheLimit_Returns413OperationOutcome()
    {
        var padding = new string(' ', ApiLimits.MaxRequestBodyBytes);
        using var content = new StringContent("""{ "resourceType": "QuestionnaireResponse" }""" + padding, System.Text.Encoding.UTF8);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(FhirApi.MediaType);

        using var response = await _client.PostAsync(new Uri(FhirApi.AssessRoute, UriKind.Relative), content);

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType?.MediaType.Should().Be(FhirApi.MediaType);
        var outcome = new FhirJsonDeserializer().Deserialize<Hl7.Fhir.Model.OperationOutcome>(await response.Content.ReadAsStringAsync());
        outcome.Issue.Should().ContainSingle().Which.Diagnostics.Should().Contain(ApiLimits.MaxRequestBodyBytes.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The app on Kestrel at a free port.</summary>
    public sealed class OnKestrel : WebApplicationFactory<Program>
    {
        public OnKestrel() => UseKestrel(0);
    }
}
