using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

public partial interface IMem0V1Api
{
    /// <summary><c>GET /v1/memories/{memory_id}/</c>: one memory by id (a non-UUID id is rejected with 400).</summary>
    Task<Mem0Memory> GetMemoryAsync(string memoryId, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /v1/memories/{memory_id}/</c>: changes a memory's text, metadata, time or expiration date and returns it.</summary>
    Task<Mem0Memory> UpdateMemoryAsync(string memoryId, Mem0UpdateMemoryRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /v1/memories/{memory_id}/</c>: deletes a memory; with <paramref name="deleteLinked"/> also the older memories it superseded.</summary>
    /// <param name="memoryId">The memory to delete.</param>
    /// <param name="deleteLinked">Sends <c>delete_linked=true</c>; the query is left out when false.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<Mem0DeleteResponse> DeleteMemoryAsync(string memoryId, bool deleteLinked = false, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /v1/memories/?user_id=&amp;agent_id=&amp;app_id=&amp;run_id=&amp;metadata=</c>: queues the deletion of every memory in a scope.</summary>
    /// <param name="scope">The ids to delete for; each may be <c>*</c> (all). The service requires at least one.</param>
    /// <param name="metadata">Only memories with this metadata; sent as a JSON string.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<Mem0DeleteAllResponse> DeleteAllMemoriesAsync(MemoryScope scope, JsonObject? metadata = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v1/memories/{memory_id}/history/</c>: every change made to a memory.</summary>
    Task<IReadOnlyList<Mem0HistoryEntry>> GetMemoryHistoryAsync(string memoryId, CancellationToken cancellationToken = default);

    /// <summary><c>PUT /v1/batch/</c>: changes up to 1000 memories at once.</summary>
    Task<Mem0BatchResponse> BatchUpdateMemoriesAsync(Mem0BatchUpdateRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>DELETE /v1/batch/</c> (with a JSON body): deletes up to 1000 memories at once.</summary>
    Task<Mem0BatchResponse> BatchDeleteMemoriesAsync(Mem0BatchDeleteRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v1/feedback/</c>: records feedback on a memory.</summary>
    Task<Mem0FeedbackResponse> SubmitFeedbackAsync(Mem0FeedbackRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v1/summary/</c>: a summary of the memories that match the filters; its shape is not documented, so it is raw JSON.</summary>
    Task<JsonArray> GetSummaryAsync(Mem0SummaryRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v1/memories/events/?page=&amp;limit=</c>: one page of memory history entries across the project.</summary>
    /// <param name="page">The 1-based page number; not sent when null.</param>
    /// <param name="limit">The page size; not sent when null (service default 100).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<Mem0PagedResponse<Mem0HistoryEntry>> ListMemoryEventsAsync(int? page = null, int? limit = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v1/memories/{entity_type}/{entity_id}/?page=</c>: one page (100 items) of an entity's memories.</summary>
    /// <param name="entityType"><c>user</c>, <c>agent</c>, <c>app</c> or <c>run</c>.</param>
    /// <param name="entityId">The entity's id.</param>
    /// <param name="page">The 1-based page number; not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<Mem0PagedResponse<Mem0EntityMemory>> ListEntityMemoriesAsync(string entityType, string entityId, int? page = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v1/memories/</c>: adds memories (deprecated); answers with one queued event per call.</summary>
    [Obsolete("POST /v1/memories/ is deprecated. Use IMem0V3Api.AddMemoriesAsync (POST /v3/memories/add/) instead.")]
    Task<IReadOnlyList<Mem0AddResponse>> AddMemoriesAsync(Mem0V1AddMemoriesRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v1/memories/?user_id=&amp;agent_id=&amp;app_id=&amp;run_id=&amp;limit=</c>: a scope's memories as a plain array (deprecated).</summary>
    /// <param name="scope">The ids to list for; the service requires at least one.</param>
    /// <param name="limit">The most memories to return (at most 200); not sent when null.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Obsolete("GET /v1/memories/ is deprecated. Use IMem0V3Api.ListMemoriesAsync (POST /v3/memories/) instead.")]
    Task<IReadOnlyList<Mem0Memory>> ListMemoriesAsync(MemoryScope scope, int? limit = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v1/memories/search/</c>: searches with top-level entity ids, as a plain array (deprecated).</summary>
    [Obsolete("POST /v1/memories/search/ is deprecated. Use IMem0V3Api.SearchMemoriesAsync (POST /v3/memories/search/) instead.")]
    Task<IReadOnlyList<Mem0Memory>> SearchMemoriesAsync(Mem0V1SearchMemoriesRequest request, CancellationToken cancellationToken = default);
}
