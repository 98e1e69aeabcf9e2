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
[JsonSerializable(typeof(Mem0AddMemoriesResponse))]
[JsonSerializable(typeof(Mem0ListMemoriesRequest))]
[JsonSerializable(typeof(Mem0PagedResponse<Mem0Memory>))]
// The search body is only written, so it gets the fast path alone (no property metadata to build; see ExtraBodyFields).
[JsonSerializable(typeof(Mem0SearchMemoriesRequest), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(Mem0SearchMemoriesResponse))]
[JsonSerializable(typeof(Mem0Memory))]
[JsonSerializable(typeof(Mem0UpdateMemoryRequest))]
[JsonSerializable(typeof(Mem0DeleteMemoryResponse))]
[JsonSerializable(typeof(Mem0DeleteAllMemoriesResponse))]
[JsonSerializable(typeof(IReadOnlyList<Mem0HistoryEntry>))]
[JsonSerializable(typeof(Mem0PagedResponse<Mem0HistoryEntry>))]
[JsonSerializable(typeof(Mem0PagedResponse<Mem0EntityMemory>))]
[JsonSerializable(typeof(Mem0BatchUpdateRequest))]
[JsonSerializable(typeof(Mem0BatchDeleteRequest))]
[JsonSerializable(typeof(Mem0BatchResponse))]
[JsonSerializable(typeof(Mem0SubmitFeedbackRequest))]
[JsonSerializable(typeof(Mem0SubmitFeedbackResponse))]
[JsonSerializable(typeof(Mem0GetSummaryRequest))]
[JsonSerializable(typeof(Mem0V1AddMemoriesRequest))]
[JsonSerializable(typeof(IReadOnlyList<Mem0AddMemoriesResponse>))]
[JsonSerializable(typeof(IReadOnlyList<Mem0Memory>))]
[JsonSerializable(typeof(Mem0V1SearchMemoriesRequest))]
[JsonSerializable(typeof(Mem0V2ListMemoriesRequest))]
[JsonSerializable(typeof(Mem0V2SearchMemoriesRequest))]
[JsonSerializable(typeof(JsonArray))]

// Platform: entities, events, stats, exports, project, webhooks, profiles.
[JsonSerializable(typeof(Mem0CreateProjectRequest))]
[JsonSerializable(typeof(Mem0CreateProjectResponse))]
[JsonSerializable(typeof(Mem0ListEntitiesResponse))]
[JsonSerializable(typeof(IReadOnlyList<Mem0Entity>))]
[JsonSerializable(typeof(Mem0DeleteEntityResponse))]
[JsonSerializable(typeof(Mem0Event))]
[JsonSerializable(typeof(Mem0ListEventsResponse))]
[JsonSerializable(typeof(Mem0Stats))]
[JsonSerializable(typeof(Mem0CreateExportRequest))]
[JsonSerializable(typeof(Mem0CreateExportResponse))]
[JsonSerializable(typeof(Mem0GetExportRequest))]
[JsonSerializable(typeof(Mem0Project))]
[JsonSerializable(typeof(Mem0UpdateProjectRequest))]
[JsonSerializable(typeof(Mem0GetProjectMembersResponse))]
[JsonSerializable(typeof(Mem0ProjectMemberRequest))]
[JsonSerializable(typeof(Mem0ConfirmationResponse))]
[JsonSerializable(typeof(IReadOnlyList<Mem0Webhook>))]
[JsonSerializable(typeof(Mem0Webhook))]
[JsonSerializable(typeof(Mem0CreateWebhookRequest))]
[JsonSerializable(typeof(Mem0UpdateWebhookRequest))]
[JsonSerializable(typeof(Mem0Profile))]
[JsonSerializable(typeof(Mem0CreateProfileJobRequest))]
[JsonSerializable(typeof(Mem0ProfileJobAccepted))]
[JsonSerializable(typeof(Mem0GetProfileJobResponse))]
[JsonSerializable(typeof(Mem0ProfileSettings))]
[JsonSerializable(typeof(Mem0UpdateProfileSettingsRequest))]
[JsonSerializable(typeof(JsonNode))]
internal sealed partial class Mem0JsonContext : JsonSerializerContext;
