using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json.Nodes;
using BackPain.Core;

namespace BackPain.Samples.Mcp.Tools;

/// <summary>
/// The languages the library's texts in an answer can be in (the <c>language</c> argument): English (the default),
/// German and Spanish, the cultures the library ships. A regional tag falls back to its language (<c>es-MX</c> →
/// <c>es</c>); any other language is refused with the list, rather than answered in English without saying so. One
/// assessor per language, built once.
/// </summary>
internal static class Languages
{
    /// <summary>The argument's name.</summary>
    public const string Argument = "language";

    /// <summary>The languages, default first.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["en", "de", "es"];

    private static readonly FrozenDictionary<string, BackPainAssessor> Assessors = Supported.ToFrozenDictionary(
        language => language,
        language => language == "en" ? BackPainAssessor.Default : new BackPainAssessor(new AssessorOptions { Culture = CultureInfo.GetCultureInfo(language) }),
        StringComparer.Ordinal);

    /// <summary>The argument's schema (the description is for the assistant, in English).</summary>
    public static JsonObject Schema() => new()
    {
        ["type"] = "string",
        ["default"] = Supported[0],
        ["examples"] = new JsonArray("en", "de", "es-MX"),
        ["description"] = "The language of the person, a BCP 47 tag: the library's texts in the answer (triage, red flags, causes, remedies, reasons, the plan, the disclaimer) come in it. "
            + $"Supported: {string.Join(", ", Supported)}; a regional tag falls back to its language (de-AT: de, es-MX: es). English when left out; any other language is an error, so choose the closest supported language and translate yourself if needed.",
    };

    /// <summary>The assessor of a supported language (one of <see cref="Supported"/>).</summary>
    public static BackPainAssessor Assessor(string language) => Assessors[language];

    /// <summary>The supported language of a BCP 47 tag (<c>es-MX</c> → <c>es</c>), or <see langword="null"/> when it has none.</summary>
    public static string? Of(string tag)
    {
        var primary = tag.Split('-', '_')[0].ToLowerInvariant();
        return Supported.Contains(primary, StringComparer.Ordinal) && tag.Length > 0 ? primary : null;
    }
}
