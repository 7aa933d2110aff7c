using System.Text.Json.Serialization;

namespace BackPain.Core.Tests.Serialization;

/// <summary>A host's source-generated context that knows none of the library's types, as in a Native AOT app.</summary>
[JsonSerializable(typeof(int))]
internal sealed partial class EmptyContext : JsonSerializerContext;
