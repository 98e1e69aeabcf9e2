using Refit;
using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

public partial interface IMem0V1Api
{
    /// <summary><c>GET /v1/memories/{memory_id}/</c>: one memory by id (a non-UUID id is rejected with 400).</summary>
    [Get("v1/memories/{memory_id}/")]
    Task<Mem0Memory> GetMemoryAsync([AliasAs("memory_id")] string memoryId, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /v1/memories/{memory_id}/</c>: changes a memory's text, metadata, time or expiration date and returns it.</summary>
    [Put("v1/memories/{memory_id}/")]
    Task<Mem0Memory> UpdateMemoryAsync([AliasAs("memory_id")] string memoryId, [Body] Mem0UpdateMemoryRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /v1/memories/{memory_id}/</c>: deletes a memory; with <paramref name="deleteLinked"/> also the older memories it superseded.</summary>
    /// <param name="memoryId">The memory to delete.</param>
    /// <param name="deleteLinked">Sent as <c>delete_linked</c>; left out when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("v1/memories/{memory_id}/")]
    Task<Mem0DeleteMemoryResponse> DeleteMemoryAsync([AliasAs("memory_id")] string memoryId, [Query, AliasAs("delete_linked")] bool? deleteLinked = null, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /v1/memories/?user_id=&amp;agent_id=&amp;app_id=&amp;run_id=&amp;metadata=</c>: queues the deletion of every memory in a scope.</summary>
    /// <param name="userId">Sent as <c>user_id</c>; <c>*</c> means every user. The service requires at least one id.</param>
    /// <param name="agentId">Sent as <c>agent_id</c>; <c>*</c> means every agent.</param>
    /// <param name="appId">Sent as <c>app_id</c>; <c>*</c> means every app.</param>
    /// <param name="runId">Sent as <c>run_id</c>; <c>*</c> means every run.</param>
    /// <param name="metadata">Only memories with this metadata, as a JSON object in a string.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Delete("v1/memories/")]
    Task<Mem0DeleteAllMemoriesResponse> DeleteAllMemoriesAsync([Query, AliasAs("user_id")] string? userId = null, [Query, AliasAs("agent_id")] string? agentId = null, [Query, AliasAs("app_id")] string? appId = null, [Query, AliasAs("run_id")] string? runId = null, [Query] string? metadata = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v1/memories/{memory_id}/history/</c>: every change made to a memory.</summary>
    [Get("v1/memories/{memory_id}/history/")]
    Task<IReadOnlyList<Mem0HistoryEntry>> GetMemoryHistoryAsync([AliasAs("memory_id")] string memoryId, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /v1/batch/</c>: changes up to 1000 memories at once.</summary>
    [Put("v1/batch/")]
    Task<Mem0BatchResponse> BatchUpdateMemoriesAsync([Body] Mem0BatchUpdateRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /v1/batch/</c> (with a JSON body): deletes up to 1000 memories at once.</summary>
    [Delete("v1/batch/")]
    Task<Mem0BatchResponse> BatchDeleteMemoriesAsync([Body] Mem0BatchDeleteRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v1/feedback/</c>: records feedback on a memory.</summary>
    [Post("v1/feedback/")]
    Task<Mem0SubmitFeedbackResponse> SubmitFeedbackAsync([Body] Mem0SubmitFeedbackRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v1/summary/</c>: a summary of the memories that match the filters; its shape is not documented, so it is raw JSON.</summary>
    [Post("v1/summary/"), Idempotent]
    Task<JsonArray> GetSummaryAsync([Body] Mem0GetSummaryRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v1/memories/events/?page=&amp;limit=</c>: one page of memory history entries across the project.</summary>
    /// <param name="page">The 1-based page number; not sent when null.</param>
    /// <param name="limit">The page size; not sent when null (service default 100).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("v1/memories/events/")]
    Task<Mem0PagedResponse<Mem0HistoryEntry>> ListMemoryEventsAsync([Query] int? page = null, [Query] int? limit = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v1/memories/{entity_type}/{entity_id}/?page=</c>: one page (100 items) of an entity's memories.</summary>
    /// <param name="entityType"><c>user</c>, <c>agent</c>, <c>app</c> or <c>run</c>.</param>
    /// <param name="entityId">The entity's id.</param>
    /// <param name="page">The 1-based page number; not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("v1/memories/{entity_type}/{entity_id}/")]
    Task<Mem0PagedResponse<Mem0EntityMemory>> ListEntityMemoriesAsync([AliasAs("entity_type")] string entityType, [AliasAs("entity_id")] string entityId, [Query] int? page = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v1/memories/</c>: adds memories (deprecated); answers with one queued event per call.</summary>
    [Obsolete("POST /v1/memories/ is deprecated. Use IMem0V3Api.AddMemoriesAsync (POST /v3/memories/add/) instead.")]
    [Post("v1/memories/")]
    Task<IReadOnlyList<Mem0AddMemoriesResponse>> AddMemoriesAsync([Body] Mem0V1AddMemoriesRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v1/memories/?user_id=&amp;agent_id=&amp;app_id=&amp;run_id=&amp;limit=</c>: a scope's memories as a plain array (deprecated).</summary>
    /// <param name="userId">Sent as <c>user_id</c>; the service requires at least one id.</param>
    /// <param name="agentId">Sent as <c>agent_id</c>.</param>
    /// <param name="appId">Sent as <c>app_id</c>.</param>
    /// <param name="runId">Sent as <c>run_id</c>.</param>
    /// <param name="limit">The most memories to return (at most 200); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Obsolete("GET /v1/memories/ is deprecated. Use IMem0V3Api.ListMemoriesAsync (POST /v3/memories/) instead.")]
    [Get("v1/memories/")]
    Task<IReadOnlyList<Mem0Memory>> ListMemoriesAsync([Query, AliasAs("user_id")] string? userId = null, [Query, AliasAs("agent_id")] string? agentId = null, [Query, AliasAs("app_id")] string? appId = null, [Query, AliasAs("run_id")] string? runId = null, [Query] int? limit = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v1/memories/search/</c>: searches with top-level entity ids, as a plain array (deprecated).</summary>
    [Obsolete("POST /v1/memories/search/ is deprecated. Use IMem0V3Api.SearchMemoriesAsync (POST /v3/memories/search/) instead.")]
    [Post("v1/memories/search/"), Idempotent]
    Task<IReadOnlyList<Mem0Memory>> SearchMemoriesAsync([Body] Mem0V1SearchMemoriesRequest request, CancellationToken cancellationToken = default);
}
