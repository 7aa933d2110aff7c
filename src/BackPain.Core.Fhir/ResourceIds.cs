using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using BackPain.Core.Serialization;

namespace BackPain.Core.Fhir;

/// <summary>
/// The deterministic <c>urn:uuid</c> full URLs of the resources of one bundle: a name-based UUID (RFC 9562, version 5,
/// SHA-1) of the seed and the resource's local name, never a random one or one from a clock.
/// </summary>
internal sealed class ResourceIds
{
    /// <summary>The namespace of every name-based UUID this package makes (itself a fixed, random UUID).</summary>
    private static readonly Guid Namespace = new("5d1f6f47-7c0b-4f39-9b0e-4a7b3f0c2e61");

    private readonly string _seed;

    private ResourceIds(string seed) => _seed = seed;

    /// <summary>The ids of the resources made from <paramref name="plan"/>: the caller's seed, or one from the plan's identity.</summary>
    internal static ResourceIds For(RecoveryPlan plan, string? seed) => new(seed ?? string.Join('\n',
        "plan",
        plan.Request.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        plan.Request.Length.Count.ToString(CultureInfo.InvariantCulture),
        BackPainJson.Serialize(plan.Assessment.Report),
        BackPainJson.Serialize(plan.History)));

    /// <summary>The ids of the resources made from <paramref name="assessment"/> alone: the caller's seed, or one from its report.</summary>
    internal static ResourceIds For(Assessment assessment, string? seed)
        => new(seed ?? "assessment\n" + BackPainJson.Serialize(assessment.Report));

    /// <summary>The full URL of the RiskAssessment.</summary>
    internal string RiskAssessment => Urn("RiskAssessment");

    /// <summary>The full URL of the CarePlan.</summary>
    internal string CarePlan => Urn("CarePlan");

    /// <summary>The full URL of the triage Flag.</summary>
    internal string Flag => Urn("Flag");

    /// <summary>The full URL of the ServiceRequest for seeing a clinician.</summary>
    internal string ServiceRequest => Urn("ServiceRequest");

    /// <summary>The full URL of the Observation of red flag <paramref name="symptom"/> reported on <paramref name="date"/> (null: in the first report).</summary>
    internal string Observation(Symptom symptom, DateOnly? date)
        => Urn("Observation/" + symptom.Id + (date is { } d ? "/" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : ""));

    /// <summary>The name-based UUID (version 5) of <paramref name="name"/> within this seed, as <c>urn:uuid:…</c>.</summary>
    internal string Urn(string name)
    {
        Span<byte> space = stackalloc byte[16];
        Namespace.TryWriteBytes(space, bigEndian: true, out _);
        var data = new byte[16 + Encoding.UTF8.GetByteCount(_seed) + 1 + Encoding.UTF8.GetByteCount(name)];
        space.CopyTo(data);
        var written = 16 + Encoding.UTF8.GetBytes(_seed, data.AsSpan(16));
        data[written++] = (byte)'\n';
        Encoding.UTF8.GetBytes(name, data.AsSpan(written));
#pragma warning disable CA5350 // SHA-1 is what RFC 9562 prescribes for version 5 UUIDs; it names, it does not protect.
        var hash = SHA1.HashData(data);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return "urn:uuid:" + new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
