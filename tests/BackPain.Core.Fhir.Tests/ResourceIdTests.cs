using System.Security.Cryptography;
using System.Text;
using BackPain.Core.Fhir.Tests.Support;
using BackPain.Core.Serialization;
using Hl7.Fhir.Model;

namespace BackPain.Core.Fhir.Tests;

/// <summary>
/// The entries' <c>urn:uuid</c> full URLs (FhirOutputOptions.IdSeed, PACKAGE.md): name-based UUIDs (RFC 9562, version 5)
/// of the seed and the resource, so that a clinic system that stored a bundle finds the same resources again when the
/// plan is exported later, by this or a later version of the library (with its own seed).
/// </summary>
public class ResourceIdTests
{
    /// <summary>The namespace of the package's name-based UUIDs; changing it would change every stored id.</summary>
    private static readonly Guid Namespace = new("5d1f6f47-7c0b-4f39-9b0e-4a7b3f0c2e61");

    [Fact]
    public void NameBasedUuid_OfTheTestsGivesTheRfc9562ExampleValue()
    {
        // RFC 9562 Appendix A.4: the UUIDv5 of "www.example.com" in the DNS namespace. It checks the tests' own
        // implementation below, which the other tests use to compute the ids they expect.
        var dns = new Guid("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        NameBasedUuid(dns, "www.example.com").Should().Be("urn:uuid:2ed6657d-e927-568b-95e1-2665a8aea6a2");
    }

    [Fact]
    public void ToBundle_WithAnIdSeed_GivesEachResourceTheUuidOfTheSeedAndWhatItIs()
    {
        // Golden values, computed with Python: uuid.uuid5(uuid.UUID("5d1f6f47-7c0b-4f39-9b0e-4a7b3f0c2e61"),
        // "plan-42\n" + name), name the resource type, or "Observation/" + the symptom's id (+ "/" + the check-in's date).
        // A caller's seed is documented to keep the ids across library versions, so these may never change.
        var plan = Stories.Plan("red-flag").CheckIn(new CheckInReport(new DateOnly(2026, 12, 8), 5, Trend.Same, newSymptoms: [Symptom.Fever]));

        var bundle = BackPainFhir.ToBundle(plan, Stories.Options with { IdSeed = "plan-42" });

        bundle.Entry.Select(e => (Name(e.Resource!), e.FullUrl)).Should().BeEquivalentTo(new[]
        {
            ("RiskAssessment", "urn:uuid:dfc97495-1b17-5d87-b7d4-9639e5182472"),
            ("Observation/saddleNumbness", "urn:uuid:1cc84244-8367-571d-8465-b73b2952f844"),
            ("Observation/bladderProblems", "urn:uuid:8b416e57-06e6-5ab9-a663-e177900294f0"),
            ("Observation/numbnessBothLegs", "urn:uuid:7682df30-e0db-5a42-bb35-087d0a79fda7"),
            ("Observation/gettingWorse", "urn:uuid:05418f26-dea9-5b21-be18-7fbffcb1940d"),
            ("Observation/fever/2026-12-08", "urn:uuid:6c28552d-c6a7-5a9c-98f5-b02f20ff89a1"),
            ("Flag", "urn:uuid:238a319b-4043-5c1c-ab40-a9e98ae077f7"),
            ("ServiceRequest", "urn:uuid:77980f20-d1fc-52cd-a1a8-0d8f7587624a"),
            ("CarePlan", "urn:uuid:a54608e7-e506-5d6c-85e6-80c12dee4399"),
        });
    }

    [Fact]
    public void ToBundle_AssessmentAloneWithAnIdSeed_UsesTheCallersSeed()
    {
        var assessment = BackPainAssessor.Default.Assess(Stories.Report("red-flag"));

        var bundle = BackPainFhir.ToBundle(assessment, Stories.Options with { IdSeed = "plan-42" });

        bundle.UrlOf(bundle.One<RiskAssessment>()!).Should().Be("urn:uuid:dfc97495-1b17-5d87-b7d4-9639e5182472", "the same seed names the same RiskAssessment, with or without a plan");
        bundle.UrlOf(bundle.One<ServiceRequest>()!).Should().Be("urn:uuid:77980f20-d1fc-52cd-a1a8-0d8f7587624a");
    }

    [Fact]
    public void ToBundle_PlanWithoutAnIdSeed_SeedsTheIdsWithThePlansStartLengthReportAndHistory()
    {
        // Without a seed (FhirOutputOptions.IdSeed): "plan", the start as yyyy-MM-dd, the length in days, the report's and
        // the history's JSON, one a line, so the ids do not depend on the machine's culture or on the check-ins.
        var plan = Stories.Plan("red-flag");
        var seed = string.Join('\n', "plan", "2026-12-01", "28", BackPainJson.Serialize(plan.Assessment.Report), BackPainJson.Serialize(plan.History));

        var bundle = BackPainFhir.ToBundle(plan, Stories.Options);

        bundle.UrlOf(bundle.One<RiskAssessment>()!).Should().Be(NameBasedUuid(Namespace, seed + "\nRiskAssessment"));
        bundle.UrlOf(bundle.One<CarePlan>()!).Should().Be(NameBasedUuid(Namespace, seed + "\nCarePlan"));
        bundle.UrlOf(bundle.One<ServiceRequest>()!).Should().Be(NameBasedUuid(Namespace, seed + "\nServiceRequest"));
    }

    [Fact]
    public void ToBundle_AssessmentWithoutAnIdSeed_SeedsTheIdsWithTheReport_OtherThanThePlansIds()
    {
        var assessment = BackPainAssessor.Default.Assess(Stories.Report("red-flag"));
        var seed = "assessment\n" + BackPainJson.Serialize(assessment.Report);

        var bundle = BackPainFhir.ToBundle(assessment, Stories.Options);

        bundle.UrlOf(bundle.One<RiskAssessment>()!).Should().Be(NameBasedUuid(Namespace, seed + "\nRiskAssessment"));
        bundle.UrlOf(bundle.One<Flag>()!).Should().Be(NameBasedUuid(Namespace, seed + "\nFlag"));
        bundle.Entry.Select(e => e.FullUrl).Should().NotIntersectWith(
            BackPainFhir.ToBundle(Stories.Plan("red-flag"), Stories.Options).Entry.Select(e => e.FullUrl),
            "an assessment on its own is not the plan made from it");
    }

    /// <summary>What a resource is, as its id names it: its type, and for an Observation the red flag and the check-in's date.</summary>
    private static string Name(Resource resource) => resource is Observation o
        ? "Observation/" + o.Code.LibraryCode()!["symptom.".Length..] + (o.DerivedFrom.Count == 0 ? "/" + ((FhirDateTime)o.Effective!).Value : "")
        : resource.TypeName;

    /// <summary>The UUID version 5 of <paramref name="name"/> in <paramref name="space"/> (RFC 9562 §5.5), as a <c>urn:uuid</c>.</summary>
    private static string NameBasedUuid(Guid space, string name)
    {
        // The namespace in network byte order: .NET's Guid keeps its first three fields little-endian.
        var ns = space.ToByteArray();
        Array.Reverse(ns, 0, 4);
        Array.Reverse(ns, 4, 2);
        Array.Reverse(ns, 6, 2);
#pragma warning disable CA5350 // RFC 9562 prescribes SHA-1 for version 5.
        var hash = SHA1.HashData([.. ns, .. Encoding.UTF8.GetBytes(name)]);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "urn:uuid:" + Convert.ToHexStringLower(hash, 0, 4) + "-" + Convert.ToHexStringLower(hash, 4, 2) + "-"
            + Convert.ToHexStringLower(hash, 6, 2) + "-" + Convert.ToHexStringLower(hash, 8, 2) + "-" + Convert.ToHexStringLower(hash, 10, 6);
    }
}
