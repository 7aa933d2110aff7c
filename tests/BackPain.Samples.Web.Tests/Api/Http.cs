using System.Text;
using System.Text.Json;

namespace BackPain.Samples.Web.Tests.Api;

/// <summary>Sends raw JSON and reads answers, so the tests see exactly the bytes on the wire.</summary>
internal static class Http
{
    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json)
        => client.PostAsync(new Uri(url, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    public static async Task<JsonElement> ReadJsonAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// Checks <paramref name="json"/> is the same JSON document as <paramref name="expected"/>: the same names and
    /// values in the same order. Only the escaping may differ (ASP.NET Core's writer leaves "–" unescaped, the
    /// library's string methods escape it).
    /// </summary>
    public static void BeTheSameJsonAs(this FluentAssertions.Primitives.StringAssertions json, string expected)
        => System.Text.Json.Nodes.JsonNode.DeepEquals(System.Text.Json.Nodes.JsonNode.Parse(json.Subject), System.Text.Json.Nodes.JsonNode.Parse(expected))
            .Should().BeTrue($"the answer should be the library's document{Environment.NewLine}{json.Subject}");

    /// <summary>Checks the answer is RFC 9457 problem details with <paramref name="status"/>, and returns its body.</summary>
    public static async Task<JsonElement> ReadProblemAsync(this HttpResponseMessage response, int status)
    {
        ((int)response.StatusCode).Should().Be(status, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        var problem = await response.ReadJsonAsync();
        problem.GetProperty("status").GetInt32().Should().Be(status);
        problem.TryGetProperty("title", out _).Should().BeTrue();
        problem.TryGetProperty("type", out _).Should().BeTrue();
        return problem;
    }

    /// <summary>Each path in a validation problem's <c>codes</c> with its codes, joined by commas (most paths have one).</summary>
    public static IReadOnlyDictionary<string, string> ErrorCodes(this JsonElement problem)
        => problem.GetProperty("codes").EnumerateObject().ToDictionary(
            p => p.Name, p => string.Join(",", p.Value.EnumerateArray().Select(c => c.GetString())), StringComparer.Ordinal);

    /// <summary>The paths named in a validation problem's <c>errors</c>.</summary>
    public static IReadOnlyList<string> ErrorPaths(this JsonElement problem)
        => [.. problem.GetProperty("errors").EnumerateObject().Select(p => p.Name)];
}
