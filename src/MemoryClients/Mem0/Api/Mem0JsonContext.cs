using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>Source-generated JSON metadata for every Mem0 wire type: snake_case, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Mem0PingResponse))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]

// Memories: add, search, list, get, update, delete, history, batch, feedback, summary, legacy endpoints.
[JsonSerializable(typeof(JsonArray))]

// Platform: entities, events, stats, exports, project, webhooks, profiles.
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class Mem0JsonContext : JsonSerializerContext;
