using Microsoft.AspNetCore.Mvc.Testing;

namespace BackPain.Samples.Web.Tests.Kiota;

/// <summary>
/// The committed Kiota client (<c>Kiota/Client</c>) is what Kiota generates from the sample's OpenAPI document today,
/// so <see cref="KiotaClientTests"/> prove that a client generated from the document works, not an old one.
/// </summary>
public sealed class KiotaClientGenerationTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private const string Regenerate = "BACKPAIN_REGENERATE_CLIENT";

    [SkippableFact]
    public async Task CommittedClient_IsWhatKiotaGeneratesFromTheOpenApiDocument()
    {
        var skipReason = await KiotaTool.SkipReasonAsync();
        Skip.If(skipReason is not null, skipReason);
        var work = Directory.CreateTempSubdirectory("backpain-kiota-");
        try
        {
            var document = Path.Combine(work.FullName, "openapi.json");
            await File.WriteAllTextAsync(document, await factory.CreateClient().GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
            var generated = Path.Combine(work.FullName, "Client");

            var (exitCode, output) = await KiotaTool.RunAsync(KiotaTool.GenerateArguments(document, generated));

            exitCode.Should().Be(0, output);
            var committed = Path.Combine(KiotaTool.RepositoryRoot, KiotaTool.ClientFolder);
            if (Environment.GetEnvironmentVariable(Regenerate) == "1")
            {
                Replace(committed, generated);
            }

            var expected = SourcesIn(generated);
            var actual = SourcesIn(committed);
            var differing = expected.Keys.Union(actual.Keys)
                .Where(file => !expected.TryGetValue(file, out var text) || !actual.TryGetValue(file, out var other) || text != other)
                .Order(StringComparer.Ordinal)
                .ToList();
            differing.Should().BeEmpty(
                $"the committed client must be what Kiota generates from the OpenAPI document; regenerate it with {Regenerate}=1 dotnet test tests/BackPain.Samples.Web.Tests --filter {nameof(KiotaClientGenerationTests)}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The C# files under <paramref name="folder"/> by path relative to it, with Unix line ends (Kiota's own files, its lock file and log, are left out).</summary>
    private static Dictionary<string, string> SourcesIn(string folder)
        => Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).ToDictionary(
                file => Path.GetRelativePath(folder, file).Replace('\\', '/'),
                file => File.ReadAllText(file).ReplaceLineEndings("\n"),
                StringComparer.Ordinal)
            : [];

    private static void Replace(string committed, string generated)
    {
        if (Directory.Exists(committed))
        {
            Directory.Delete(committed, recursive: true);
        }

        foreach (var (file, text) in SourcesIn(generated))
        {
            var path = Path.Combine([committed, .. file.Split('/')]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }
}
