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
[JsonSerializable(typeof(Mem0AddMemoriesRequest))]
[JsonSerializable(typeof(Mem0AddResponse))]
[JsonSerializable(typeof(Mem0ListMemoriesRequest))]
[JsonSerializable(typeof(Mem0PagedResponse<Mem0Memory>))]
[JsonSerializable(typeof(Mem0SearchMemoriesRequest))]
[JsonSerializable(typeof(Mem0SearchResponse))]
[JsonSerializable(typeof(Mem0Memory))]
[JsonSerializable(typeof(Mem0UpdateMemoryRequest))]
[JsonSerializable(typeof(Mem0DeleteResponse))]
[JsonSerializable(typeof(Mem0DeleteAllResponse))]
[JsonSerializable(typeof(IReadOnlyList<Mem0HistoryEntry>))]
[JsonSerializable(typeof(Mem0PagedResponse<Mem0HistoryEntry>))]
[JsonSerializable(typeof(Mem0PagedResponse<Mem0EntityMemory>))]
[JsonSerializable(typeof(Mem0BatchUpdateRequest))]
[JsonSerializable(typeof(Mem0BatchDeleteRequest))]
[JsonSerializable(typeof(Mem0BatchResponse))]
[JsonSerializable(typeof(Mem0FeedbackRequest))]
[JsonSerializable(typeof(Mem0FeedbackResponse))]
[JsonSerializable(typeof(Mem0SummaryRequest))]
[JsonSerializable(typeof(Mem0V1AddMemoriesRequest))]
[JsonSerializable(typeof(IReadOnlyList<Mem0AddResponse>))]
[JsonSerializable(typeof(IReadOnlyList<Mem0Memory>))]
[JsonSerializable(typeof(Mem0V1SearchMemoriesRequest))]
[JsonSerializable(typeof(Mem0V2ListMemoriesRequest))]
[JsonSerializable(typeof(Mem0V2SearchMemoriesRequest))]
[JsonSerializable(typeof(JsonArray))]

// Platform: entities, events, stats, exports, project, webhooks, profiles.
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class Mem0JsonContext : JsonSerializerContext;
