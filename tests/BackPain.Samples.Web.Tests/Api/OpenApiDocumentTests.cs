using System.Text.Json;
using System.Text.Json.Nodes;
using BackPain.Core.Serialization;
using Json.Schema;
using Microsoft.AspNetCore.Mvc.Testing;

namespace BackPain.Samples.Web.Tests.Api;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>) types every body from the library's own JSON Schemas
/// (<see cref="BackPainJsonSchema"/>), so a generated client is typed, and its examples and answers fit its schemas.
/// </summary>
public sealed class OpenApiDocumentTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string ComponentsPrefix = "#/components/schemas/";

    private static readonly EvaluationOptions Evaluation = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    private readonly HttpClient _client = factory.CreateClient();

    public static TheoryData<string> DocumentTypeNames => [.. BackPainJsonSchema.DocumentTypes.Select(t => t.Name)];

    [Fact]
    public async Task Document_IsOpenApi31_SoItsSchemasAreJsonSchema202012AsTheLibraryWritesThem()
    {
        var document = await DocumentAsync();

        document["openapi"]!.GetValue<string>().Should().StartWith("3.1.");
    }

    [Fact]
    public async Task EveryOperation_HasATypedRequestBodyAndATyped200()
    {
        var document = await DocumentAsync();

        foreach (var (path, operation) in Operations(document))
        {
            var responses = operation["responses"]!["200"]!["content"]!.AsObject();
            responses.Should().ContainSingle(path);
            var (mediaType, answer) = responses.Single();
            if (mediaType == "application/json")
            {
                var schema = Resolve(document, answer!["schema"]!);
                (schema["properties"] ?? schema["items"]).Should().NotBeNull($"the 200 of {path} must be typed");
            }
            else
            {
                mediaType.Should().Be("text/calendar", path);
                answer!["schema"]!["type"]!.GetValue<string>().Should().Be("string");
            }

            if (path == "GET /api/catalogue")
            {
                continue;
            }

            var body = operation["requestBody"]!["content"]!["application/json"]!["schema"]!;
            body["$ref"].Should().NotBeNull($"the body of {path} must be a component");
            Resolve(document, body)["properties"]!.AsObject().Should().NotBeEmpty(path);
            operation["responses"]!["400"]!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>()
                .Should().Be(ComponentsPrefix + "HttpValidationProblemDetails", path);
            operation["responses"]!.AsObject().Select(r => r.Key).Should().Contain(["413", "415"], path);
        }
    }

    [Theory]
    [MemberData(nameof(DocumentTypeNames))]
    public async Task DocumentComponent_IsTheLibrarysSchema_WithItsNestedDocumentsAsReferences(string typeName)
    {
        var document = await DocumentAsync();
        var library = BackPainJsonSchema.For(BackPainJsonSchema.DocumentTypes.Single(t => t.Name == typeName));
        // A component is no schema resource of its own (see OpenApiSchemas): no $id, no $schema.
        library.Remove("$id");
        library.Remove("$schema");

        var component = Inline(document, document["components"]!["schemas"]![typeName]!);

        JsonNode.DeepEquals(Normalize(component), Normalize(library)).Should().BeTrue(
            $"the {typeName} component with its references inlined must be BackPainJsonSchema.For(typeof({typeName}))");
    }

    [Theory]
    [InlineData("/api/assessments", "post")]
    [InlineData("/api/plans", "post")]
    [InlineData("/api/catalogue", "get")]
    public async Task LanguageEndpoints_DocumentAcceptLanguageAndTheAnswersContentLanguage(string path, string method)
    {
        var operation = (await DocumentAsync())["paths"]![path]![method]!;

        operation["parameters"]!.AsArray()
            .Should().ContainSingle(p => (string?)p!["name"] == "Accept-Language" && (string?)p!["in"] == "header");
        operation["responses"]!["200"]!["headers"]!.AsObject().ContainsKey("Content-Language").Should().BeTrue();
    }

    [Fact]
    public async Task PlanAndCheckInBodies_ReferToTheLibrarysDocuments()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;

        string RefOf(string component, string property) => schemas[component]!["properties"]![property]!["$ref"]!.GetValue<string>();
        RefOf("PlanBody", "report").Should().Be(ComponentsPrefix + "SymptomReport");
        RefOf("PlanBody", "assessment").Should().Be(ComponentsPrefix + "Assessment");
        RefOf("PlanBody", "history").Should().Be(ComponentsPrefix + "TrainingHistory");
        RefOf("CheckInBody", "plan").Should().Be(ComponentsPrefix + "RecoveryPlan");
        RefOf("CheckInBody", "checkIn").Should().Be(ComponentsPrefix + "CheckInReport");
    }

    [Fact]
    public async Task EveryExample_AndTheAnswerToIt_FitTheirSchemas()
    {
        var document = await DocumentAsync();
        var examples = 0;

        foreach (var (path, operation) in Operations(document))
        {
            var body = operation["requestBody"]?["content"]?["application/json"];
            if (body?["example"] is not { } example)
            {
                continue;
            }

            examples++;
            Validate(document, body["schema"]!, example.ToJsonString(), $"the example of {path}");
            using var response = await _client.PostJsonAsync(path.Split(' ')[1], example.ToJsonString());
            Validate(document, operation["responses"]!["200"]!["content"]!["application/json"]!["schema"]!, await response.Content.ReadAsStringAsync(), $"the answer to the example of {path}");
        }

        examples.Should().Be(3, "the assessment, plan and check-in bodies each have an example");
    }

    [Fact]
    public async Task ValidationProblem_FitsTheDocumentedProblemSchema()
    {
        var document = await DocumentAsync();

        using var response = await _client.PostJsonAsync("/api/assessments", """{ "severity": 11, "age": 300 }""");

        var schema = document["paths"]!["/api/assessments"]!["post"]!["responses"]!["400"]!["content"]!["application/problem+json"]!["schema"]!;
        Validate(document, schema, await response.Content.ReadAsStringAsync(), "a 400");
    }

    private async Task<JsonObject> DocumentAsync()
        => JsonNode.Parse(await _client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!.AsObject();

    /// <summary>Each operation as "METHOD /path" with its object.</summary>
    private static IEnumerable<(string Path, JsonObject Operation)> Operations(JsonObject document)
        => document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => ($"{op.Key.ToUpperInvariant()} {path.Key}", op.Value!.AsObject())));

    private static JsonObject Resolve(JsonObject document, JsonNode schema)
        => schema["$ref"] is { } reference
            ? document["components"]!["schemas"]![reference.GetValue<string>()[ComponentsPrefix.Length..]]!.AsObject()
            : schema.AsObject();

    /// <summary>
    /// A copy of <paramref name="node"/> with every reference to a component replaced by the component, inlined too,
    /// less its title and description: the library's schemas hold a nested document without them.
    /// </summary>
    private static JsonNode Inline(JsonObject document, JsonNode node) => node switch
    {
        JsonObject schema when schema["$ref"] is not null => Without(Inline(document, Resolve(document, schema)).AsObject(), "title", "description"),
        JsonObject schema => new JsonObject(schema.Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : (JsonNode?)Inline(document, p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(item => item is null ? null : Inline(document, item))]),
        _ => node.DeepClone(),
    };

    private static JsonObject Without(JsonObject schema, params string[] keywords)
    {
        foreach (var keyword in keywords)
        {
            schema.Remove(keyword);
        }

        return schema;
    }

    /// <summary>
    /// The schema with its object members in name order and each <c>type</c> list in name order: the OpenAPI model
    /// writes the keywords in an order of its own and a nullable type as <c>["null", "string"]</c>, which mean the same.
    /// </summary>
    private static JsonNode? Normalize(JsonNode? node) => node switch
    {
        JsonObject schema => new JsonObject(schema.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(
            p.Key,
            p.Key == "type" && p.Value is JsonArray types ? new JsonArray([.. types.Select(t => t!.GetValue<string>()).Order(StringComparer.Ordinal).Select(t => (JsonNode)t)]) : Normalize(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Normalize)]),
        _ => node?.DeepClone(),
    };

    /// <summary>Checks <paramref name="json"/> against <paramref name="schema"/>, with the document's components as <c>$defs</c> for its references.</summary>
    private static void Validate(JsonObject document, JsonNode schema, string json, string what)
    {
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$defs"] = document["components"]!["schemas"]!.DeepClone(),
            ["allOf"] = new JsonArray(schema.DeepClone()),
        };
        var text = root.ToJsonString().Replace("\"" + ComponentsPrefix, "\"#/$defs/", StringComparison.Ordinal);
        var built = JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var instance = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });

        var results = built.Evaluate(instance.RootElement, Evaluation);

        results.IsValid.Should().BeTrue($"{what} must fit its schema:\n" + string.Join(
            "\n",
            (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))));
    }
}
