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
[JsonSerializable(typeof(Mem0ProjectCreateRequest))]
[JsonSerializable(typeof(Mem0ProjectCreateResponse))]
[JsonSerializable(typeof(Mem0EntityListResponse))]
[JsonSerializable(typeof(IReadOnlyList<Mem0Entity>))]
[JsonSerializable(typeof(Mem0EntityDeleteResponse))]
[JsonSerializable(typeof(Mem0Event))]
[JsonSerializable(typeof(Mem0EventListResponse))]
[JsonSerializable(typeof(Mem0Stats))]
[JsonSerializable(typeof(Mem0ExportCreateRequest))]
[JsonSerializable(typeof(Mem0ExportCreateResponse))]
[JsonSerializable(typeof(Mem0ExportGetRequest))]
[JsonSerializable(typeof(Mem0Project))]
[JsonSerializable(typeof(Mem0ProjectUpdateRequest))]
[JsonSerializable(typeof(Mem0ProjectMembersResponse))]
[JsonSerializable(typeof(Mem0ProjectMemberRequest))]
[JsonSerializable(typeof(Mem0ConfirmationResponse))]
[JsonSerializable(typeof(IReadOnlyList<Mem0Webhook>))]
[JsonSerializable(typeof(Mem0Webhook))]
[JsonSerializable(typeof(Mem0WebhookCreateRequest))]
[JsonSerializable(typeof(Mem0WebhookUpdateRequest))]
[JsonSerializable(typeof(Mem0Profile))]
[JsonSerializable(typeof(Mem0ProfileJobRequest))]
[JsonSerializable(typeof(Mem0ProfileJobAccepted))]
[JsonSerializable(typeof(Mem0ProfileJobStatusResponse))]
[JsonSerializable(typeof(Mem0ProfileSettings))]
[JsonSerializable(typeof(Mem0ProfileSettingsUpdateRequest))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class Mem0JsonContext : JsonSerializerContext;
