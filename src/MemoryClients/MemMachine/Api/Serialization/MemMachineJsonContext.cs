using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>Source-generated JSON metadata for every MemMachine wire type: snake_case, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonElement))]

// Health, projects and memories (cloud and self-hosted).
[JsonSerializable(typeof(IReadOnlyList<MemMachineProject>))]
[JsonSerializable(typeof(MemMachineAddMemoriesRequest))]
[JsonSerializable(typeof(MemMachineAddMemoriesResponse))]
[JsonSerializable(typeof(MemMachineAddMemoryResult))]
[JsonSerializable(typeof(MemMachineCreateProjectRequest))]
[JsonSerializable(typeof(MemMachineDeleteEpisodicRequest))]
[JsonSerializable(typeof(MemMachineDeleteSemanticRequest))]
[JsonSerializable(typeof(MemMachineEpisode))]
[JsonSerializable(typeof(MemMachineGetEpisodeCountResponse))]
[JsonSerializable(typeof(MemMachineEpisodicSearchResult))]
[JsonSerializable(typeof(MemMachineGetHealthResponse))]
[JsonSerializable(typeof(MemMachineListContent))]
[JsonSerializable(typeof(MemMachineListMemoriesRequest))]
[JsonSerializable(typeof(MemMachineListMemoriesResponse))]
[JsonSerializable(typeof(MemMachineLongTermMemory))]
[JsonSerializable(typeof(MemMachineMessage))]
[JsonSerializable(typeof(MemMachineProject))]
[JsonSerializable(typeof(MemMachineProjectConfig))]
[JsonSerializable(typeof(MemMachineProjectScope))]
[JsonSerializable(typeof(MemMachineSearchContent))]
[JsonSerializable(typeof(MemMachineSearchEpisode))]
// The search body is only written, so it gets the fast path alone (no property metadata to build at the first search).
[JsonSerializable(typeof(MemMachineSearchMemoriesRequest), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(MemMachineSearchMemoriesResponse))]
[JsonSerializable(typeof(MemMachineSemanticFeature))]
[JsonSerializable(typeof(MemMachineSemanticFeatureMetadata))]
[JsonSerializable(typeof(MemMachineShortTermMemory))]

// Semantic administration and episodic configuration (self-hosted only).
[JsonSerializable(typeof(MemMachineAddFeatureRequest))]
[JsonSerializable(typeof(MemMachineAddFeatureResponse))]
[JsonSerializable(typeof(MemMachineAddSemanticCategoryRequest))]
[JsonSerializable(typeof(MemMachineAddSemanticCategoryResponse))]
[JsonSerializable(typeof(MemMachineAddSemanticCategoryTemplateRequest))]
[JsonSerializable(typeof(MemMachineAddSemanticTagRequest))]
[JsonSerializable(typeof(MemMachineAddSemanticTagResponse))]
[JsonSerializable(typeof(MemMachineConfigureEpisodicMemoryRequest))]
[JsonSerializable(typeof(MemMachineConfigureMemoryStoreRequest))]
[JsonSerializable(typeof(MemMachineConfigureSemanticSetRequest))]
[JsonSerializable(typeof(MemMachineCreateSemanticSetTypeRequest))]
[JsonSerializable(typeof(MemMachineCreateSemanticSetTypeResponse))]
[JsonSerializable(typeof(MemMachineDeleteSemanticSetTypeRequest))]
[JsonSerializable(typeof(MemMachineDeleteSemanticTagRequest))]
[JsonSerializable(typeof(MemMachineDisableSemanticCategoryRequest))]
[JsonSerializable(typeof(MemMachineEpisodicMemoryConfig))]
[JsonSerializable(typeof(MemMachineGetFeatureRequest))]
[JsonSerializable(typeof(MemMachineGetSemanticSetIdRequest))]
[JsonSerializable(typeof(MemMachineGetSemanticSetIdResponse))]
[JsonSerializable(typeof(MemMachineListSemanticCategoryTemplatesRequest))]
[JsonSerializable(typeof(MemMachineListSemanticCategoryTemplatesResponse))]
[JsonSerializable(typeof(MemMachineListSemanticSetIdsRequest))]
[JsonSerializable(typeof(MemMachineListSemanticSetIdsResponse))]
[JsonSerializable(typeof(MemMachineListSemanticSetTypesResponse))]
[JsonSerializable(typeof(MemMachineMemoryStoreConfig))]
[JsonSerializable(typeof(MemMachineSemanticCategory))]
[JsonSerializable(typeof(MemMachineSemanticCategoryRequest))]
[JsonSerializable(typeof(MemMachineGetSemanticCategorySetIdsResponse))]
[JsonSerializable(typeof(MemMachineSemanticCategoryTemplate))]
[JsonSerializable(typeof(MemMachineSemanticSet))]
[JsonSerializable(typeof(MemMachineSemanticSetType))]
[JsonSerializable(typeof(MemMachineUpdateFeatureRequest))]
internal sealed partial class MemMachineJsonContext : JsonSerializerContext;
