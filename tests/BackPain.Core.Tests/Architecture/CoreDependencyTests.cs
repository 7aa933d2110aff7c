using System.Reflection;
using System.Runtime.InteropServices;
using System.Xml.Linq;

namespace BackPain.Core.Tests.Architecture;

/// <summary>
/// The core package depends on nothing but the base class library (BCL): no NuGet package at run time, no
/// Microsoft.Extensions, no other project. These tests read what the compiled assembly references and what the
/// project file asks NuGet for.
/// </summary>
public class CoreDependencyTests
{
    /// <summary>Assembly names that are the BCL themselves, allowed as they are.</summary>
    private static readonly string[] AllowedNames = ["System", "mscorlib", "netstandard"];

    /// <summary>Name prefixes of BCL assemblies (System.Runtime, System.Linq, Microsoft.Win32.Primitives, …).</summary>
    private static readonly string[] AllowedPrefixes = ["System.", "Microsoft.Win32."];

    /// <summary>Packages that only run at build time (analysers, SourceLink) and so never reach a consumer.</summary>
    private static readonly string[] BuildOnlyPackagePrefixes = ["Microsoft.SourceLink.", "Microsoft.CodeAnalysis."];

    private static Assembly CoreAssembly => typeof(Cause).Assembly;

    private static string CoreProjectPath => Repository.PathOf("src/BackPain.Core/BackPain.Core.csproj");

    /// <summary>The core's project file and the build file it shares with the add-on packages (src/Directory.Build.props).</summary>
    internal static IEnumerable<string> CoreBuildFiles => [CoreProjectPath, Repository.PathOf("src/Directory.Build.props")];

    [Fact]
    public void CoreAssembly_ReferencesOnlyTheBaseClassLibrary()
    {
        var references = CoreAssembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        references.Should().NotBeEmpty("every assembly references at least System.Runtime");
        references.Should().OnlyContain(
            name => AllowedNames.Contains(name) || AllowedPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)),
            "the core may reference only assemblies named {0} or starting with {1}",
            string.Join(", ", AllowedNames),
            string.Join(", ", AllowedPrefixes));
    }

    [Fact]
    public void CoreAssembly_ReferencesOnlyAssembliesThatShipWithTheSharedFramework()
    {
        // A package such as System.IO.Abstractions passes a name check; only the shared framework folder
        // (Microsoft.NETCore.App) tells the BCL from a package that merely has a System-like name.
        var frameworkDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var missing = CoreAssembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => !File.Exists(Path.Combine(frameworkDirectory, name + ".dll")))
            .ToList();

        missing.Should().BeEmpty("every reference of the core must be part of the shared framework in {0}", frameworkDirectory);
    }

    [Fact]
    public void CoreAssembly_ReferencesNoOtherBackPainAssembly()
    {
        CoreAssembly.GetReferencedAssemblies()
            .Select(a => a.Name)
            .Should().NotContain(name => name!.StartsWith("BackPain", StringComparison.Ordinal),
                "integration packages depend on the core, never the other way round");
    }

    [Fact]
    public void CoreProject_HasOnlyBuildOnlyPackageReferencesWithPrivateAssetsAll()
    {
        var references = CoreBuildFiles.SelectMany(PackageReferencesOf).ToList();

        references.Should().NotBeEmpty("the core builds with SourceLink and the public API analysers");
        references.Should().AllSatisfy(reference =>
        {
            BuildOnlyPackagePrefixes.Should().Contain(
                prefix => reference.Id.StartsWith(prefix, StringComparison.Ordinal),
                "package {0} must be an analyser or build tool, not a run-time dependency", reference.Id);
            reference.PrivateAssets.Should().BeEquivalentTo(
                "all",
                "package {0} must not flow to consumers of BackPain.Core", reference.Id);
        });
    }

    [Fact]
    public void CoreProject_HasNoProjectReferences()
    {
        var project = XDocument.Load(CoreProjectPath);

        project.Descendants("ProjectReference").Should().BeEmpty("the core depends on no other project");
    }

    [Fact]
    public void SharedBuildFiles_AddNoPackageReferences()
    {
        // Directory.Build.props and .targets apply to the core too: a package added there would reach it unseen. (The
        // packages' shared src/Directory.Build.props is one of the core's own build files, checked above.)
        var sharedFiles = new[] { "Directory.Build.props", "Directory.Build.targets" }
            .Select(Repository.PathOf)
            .Where(File.Exists);

        sharedFiles.SelectMany(PackageReferencesOf).Should().BeEmpty();
    }

    private static IEnumerable<PackageReference> PackageReferencesOf(string projectPath)
        => XDocument.Load(projectPath)
            .Descendants("PackageReference")
            .Select(e => new PackageReference(
                (string?)e.Attribute("Include") ?? (string?)e.Attribute("Update") ?? string.Empty,
                (string?)e.Attribute("PrivateAssets") ?? (string?)e.Element("PrivateAssets") ?? string.Empty));

    private sealed record PackageReference(string Id, string PrivateAssets);
}
