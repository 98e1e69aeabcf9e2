using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>Source-generated JSON metadata for every Mem0 wire type: snake_case, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Mem0PingResponse))]
internal sealed partial class Mem0JsonContext : JsonSerializerContext;
