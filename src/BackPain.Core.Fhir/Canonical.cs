using System.Globalization;
using System.Reflection;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir;

/// <summary>
/// The canonical URLs and the version of every conformance resource this package generates (questionnaires, the code
/// system), and the codings of the library's ids. Shared by every mapping so that a RiskAssessment's codes are those of
/// the published CodeSystem.
/// </summary>
internal static class Canonical
{
    /// <summary>
    /// The base of every canonical URL. The library has no web site of its own, so the base uses the reserved
    /// <c>.invalid</c> top-level domain (RFC 2606): it is a valid, stable identifier that can never resolve to someone
    /// else's server.
    /// </summary>
    public const string Base = "https://backpain-core.invalid/fhir";

    /// <summary>The canonical URL of the CodeSystem of the library's ids.</summary>
    public const string CodeSystemUrl = Base + "/CodeSystem/backpain-core";

    /// <summary>
    /// The package's version (the assembly's informational version without the commit after <c>+</c>), the version of
    /// every generated conformance resource.
    /// </summary>
    public static string Version { get; } = ReadVersion();

    /// <summary>
    /// The coding of one of the library's ids in its CodeSystem. The code is the catalogue's text key, the kind and the
    /// id joined by a dot (<c>cause.pulledMuscle</c>, <c>symptom.saddleNumbness</c>, <c>triageLevel.emergency</c>),
    /// the same keys as <see cref="TextKeys.All"/>; the display is the English text of that key. The answers of the
    /// report's closed lists that have no catalogue text (<c>onset.duringWorkout</c>, <c>trend.same</c>) take theirs
    /// from this package's texts.
    /// </summary>
    public static Coding Code(string key) => new(CodeSystemUrl, key, Codes.Display(key, CultureInfo.InvariantCulture)) { Version = Version };

    private static string ReadVersion()
    {
        var informational = typeof(Canonical).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
