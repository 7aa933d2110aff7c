using System.Globalization;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace BackPain.Core.Fhir.Tests.Support;

/// <summary>Checks every bundle test shares: its structure, its JSON round trip, and what its CarePlan allows.</summary>
public static class FhirChecks
{
    private static readonly FhirJsonDeserializer Deserializer = new();

    /// <summary>The resources of type <typeparamref name="T"/> in <paramref name="bundle"/>, in order.</summary>
    public static IReadOnlyList<T> All<T>(this Bundle bundle) where T : Resource => [.. bundle.Entry.Select(e => e.Resource).OfType<T>()];

    /// <summary>The one resource of type <typeparamref name="T"/>, or null.</summary>
    public static T? One<T>(this Bundle bundle) where T : Resource => bundle.All<T>().SingleOrDefault();

    /// <summary>The full URL of <paramref name="resource"/> in <paramref name="bundle"/>.</summary>
    public static string UrlOf(this Bundle bundle, Resource resource) => bundle.Entry.Single(e => ReferenceEquals(e.Resource, resource)).FullUrl!;

    /// <summary>The code of the library's CodeSystem in <paramref name="concept"/>, or null.</summary>
    public static string? LibraryCode(this CodeableConcept? concept)
        => concept?.Coding.SingleOrDefault(c => c.System == "https://backpain-core.invalid/fhir/CodeSystem/backpain-core")?.Code;

    /// <summary>
    /// A collection whose entries each have a unique <c>urn:uuid</c> full URL, every <c>urn:uuid</c> reference of which
    /// names one of them, and whose every resource is about <paramref name="subject"/>.
    /// </summary>
    public static void ShouldBeWellFormed(this Bundle bundle, string subject)
    {
        bundle.Type.Should().Be(Bundle.BundleType.Collection);
        var urls = bundle.Entry.Select(e => e.FullUrl).ToList();
        urls.Should().OnlyHaveUniqueItems().And.AllSatisfy(url => url.Should().MatchRegex("^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
        foreach (var entry in bundle.Entry)
        {
            var resource = entry.Resource!;
            var references = Descendants(resource).OfType<ResourceReference>().Select(r => r.Reference).ToList();
            references.Where(r => r is not null && r.StartsWith("urn:uuid:", StringComparison.Ordinal)).Should().BeSubsetOf(urls, $"{resource.TypeName} references only the bundle's entries");
            resource.TryGetValue("subject", out var about).Should().BeTrue();
            ((ResourceReference)about!).Reference.Should().Be(subject, $"{resource.TypeName} is about the patient");
        }
    }

    /// <summary>Parsing the JSON of <paramref name="resource"/> and writing it again gives the same JSON.</summary>
    public static void ShouldRoundTrip(this Resource resource)
    {
        var json = resource.ToJson();
        var parsed = Deserializer.DeserializeResource(json);
        parsed.ToJson().Should().Be(json, $"{resource.TypeName} parses and serializes to the same JSON");
    }

    /// <summary>The activities of the CarePlan with their rule, whether they are prohibitions, their dates and muscles.</summary>
    public static IReadOnlyList<ActivityView> Activities(this CarePlan carePlan) => [.. carePlan.Activity.Select(a =>
    {
        var detail = a.Detail!;
        var period = (Period)detail.Scheduled!;
        var rule = detail.GetExtension("https://backpain-core.invalid/fhir/StructureDefinition/rule")?.GetExtensionValue<FhirString>("id")?.Value;
        var muscles = detail.GetExtensions("https://backpain-core.invalid/fhir/StructureDefinition/muscle")
            .Select(e => ((Coding)e.Value!).Code!["muscle.".Length..]).ToList();
        return new ActivityView(detail.Code.LibraryCode() ?? rule ?? "", detail.DoNotPerform == true, Date(period.Start), Date(period.End), muscles, detail.Status);
    })];

    /// <summary>Every element under <paramref name="element"/>, depth first.</summary>
    private static IEnumerable<Base> Descendants(Base element)
    {
        foreach (var (_, value) in element.EnumerateElements())
        {
            var children = value switch { Base one => [one], IEnumerable<Base> many => many, _ => [] };
            foreach (var child in children)
            {
                yield return child;
                foreach (var descendant in Descendants(child))
                {
                    yield return descendant;
                }
            }
        }
    }

    private static DateOnly Date(string? value) => DateOnly.ParseExact(value!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One CarePlan activity as the tests read it.</summary>
public sealed record ActivityView(string Code, bool DoNotPerform, DateOnly First, DateOnly Last, IReadOnlyList<string> Muscles, CarePlan.CarePlanActivityStatus? Status)
{
    /// <summary>Whether the activity holds on <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => First <= date && date <= Last;

    /// <summary>Whether the activity allows (does not forbid) core work: a planned core session, or training that includes the core.</summary>
    public bool AllowsCoreWork => !DoNotPerform && (Code == "plan.coreWork" || Muscles.Contains("core"));
}
