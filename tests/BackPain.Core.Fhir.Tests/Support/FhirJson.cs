using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace BackPain.Core.Fhir.Tests.Support;

/// <summary>FHIR JSON text of a resource and back, with the Firely SDK's parser and serializer.</summary>
internal static class FhirJson
{
    public static string Serialize(Resource resource) => resource.ToJson(pretty: true).ReplaceLineEndings("\n") + "\n";

    public static T Parse<T>(string json)
        where T : Resource => new FhirJsonDeserializer().Deserialize<T>(json);
}
