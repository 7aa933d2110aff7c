using System.Text.Json.Nodes;
using BackPain.Core.Serialization;
using BackPain.Core.Tests.Architecture;
using BackPain.Core.Tests.Support;

namespace BackPain.Core.Tests.Serialization;

public sealed class BackPainJsonSchemaTests
{
    private const string Regenerate = "BACKPAIN_REGENERATE_SCHEMAS";

    public static TheoryData<string> DocumentTypeNames => [.. BackPainJsonSchema.DocumentTypes.Select(t => t.Name)];

    private static Type TypeNamed(string name) => BackPainJsonSchema.DocumentTypes.Single(t => t.Name == name);

    [Theory]
    [MemberData(nameof(DocumentTypeNames))]
    public void SchemaFile_IsWhatTheGeneratorMakesNow(string typeName)
    {
        var type = TypeNamed(typeName);
        var path = Repository.PathOf("schemas/" + BackPainJsonSchema.FileNameOf(type));
        var generated = Schemas.Text(type);
        if (Environment.GetEnvironmentVariable(Regenerate) == "1")
        {
            File.WriteAllText(path, generated);
        }

        File.Exists(path).Should().BeTrue($"schemas/{Path.GetFileName(path)} must be committed; regenerate with: {Regenerate}=1 dotnet test tests/BackPain.Core.Tests --filter BackPainJsonSchemaTests");
        File.ReadAllText(path).ReplaceLineEndings("\n").Should().Be(
            generated,
            $"schemas/{Path.GetFileName(path)} must be what BackPainJsonSchema.For(typeof({typeName})) makes now; if the change is intended, regenerate with: {Regenerate}=1 dotnet test tests/BackPain.Core.Tests --filter BackPainJsonSchemaTests");
    }
}
