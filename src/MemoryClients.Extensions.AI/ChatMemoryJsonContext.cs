using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MemoryClients.Extensions.AI;

/// <summary>Source-generated JSON for the session state and the tools' results (no reflection, AOT-safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SessionScope))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class ChatMemoryJsonContext : JsonSerializerContext;
