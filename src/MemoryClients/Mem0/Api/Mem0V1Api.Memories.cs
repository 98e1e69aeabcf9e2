using System.Text.Json;
using System.Text.Json.Nodes;
using MemoryClients.Http;

namespace MemoryClients.Mem0.Api;

internal sealed partial class Mem0V1Api
{
    internal const string GetMemoryRoute = "v1/memories/{0}/";

    public Task<Mem0Memory> GetMemoryAsync(string memoryId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        var call = new ApiRequest(HttpMethod.Get, ApiRoute.Expand(GetMemoryRoute, memoryId));
        return _transport.SendAsync(call, Mem0JsonContext.Default.Mem0Memory, cancellationToken);
    }

    /// <summary>The synchronous twin of <see cref="GetMemoryAsync"/>, for the synchronous unified client.</summary>
    internal Mem0Memory GetMemory(string memoryId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        return _transport.Send(new ApiRequest(HttpMethod.Get, ApiRoute.Expand(GetMemoryRoute, memoryId)), Mem0JsonContext.Default.Mem0Memory, cancellationToken);
    }

    internal const string UpdateMemoryRoute = "v1/memories/{0}/";

    public Task<Mem0Memory> UpdateMemoryAsync(string memoryId, Mem0UpdateMemoryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        ArgumentNullException.ThrowIfNull(request);
        var call = new ApiRequest(HttpMethod.Put, ApiRoute.Expand(UpdateMemoryRoute, memoryId)).Json(request, Mem0JsonContext.Default.Mem0UpdateMemoryRequest);
        return _transport.SendAsync(call, Mem0JsonContext.Default.Mem0Memory, cancellationToken);
    }

    /// <summary>The synchronous twin of <see cref="UpdateMemoryAsync"/>, for the synchronous unified client.</summary>
    internal Mem0Memory UpdateMemory(string memoryId, Mem0UpdateMemoryRequest request, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        ArgumentNullException.ThrowIfNull(request);
        var call = new ApiRequest(HttpMethod.Put, ApiRoute.Expand(UpdateMemoryRoute, memoryId)).Json(request, Mem0JsonContext.Default.Mem0UpdateMemoryRequest);
        return _transport.Send(call, Mem0JsonContext.Default.Mem0Memory, cancellationToken);
    }

    internal const string DeleteMemoryRoute = "v1/memories/{0}/";

    public Task<Mem0DeleteResponse> DeleteMemoryAsync(string memoryId, bool deleteLinked = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        var call = new ApiRequest(HttpMethod.Delete, ApiRoute.Expand(DeleteMemoryRoute, memoryId))
            .Query("delete_linked", deleteLinked ? true : null);
        return _transport.SendAsync(call, Mem0JsonContext.Default.Mem0DeleteResponse, cancellationToken);
    }

    /// <summary>The synchronous twin of <see cref="DeleteMemoryAsync"/> (without linked deletion), for the synchronous unified client.</summary>
    internal Mem0DeleteResponse DeleteMemory(string memoryId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        return _transport.Send(new ApiRequest(HttpMethod.Delete, ApiRoute.Expand(DeleteMemoryRoute, memoryId)), Mem0JsonContext.Default.Mem0DeleteResponse, cancellationToken);
    }

    internal const string DeleteAllMemoriesRoute = "v1/memories/";

    public Task<Mem0DeleteAllResponse> DeleteAllMemoriesAsync(MemoryScope scope, JsonObject? metadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var call = ScopeQuery(new ApiRequest(HttpMethod.Delete, DeleteAllMemoriesRoute), scope)
            .Query("metadata", metadata is null ? null : JsonSerializer.Serialize(metadata, Mem0JsonContext.Default.JsonObject));
        return _transport.SendAsync(call, Mem0JsonContext.Default.Mem0DeleteAllResponse, cancellationToken);
    }

    /// <summary>The synchronous twin of <see cref="DeleteAllMemoriesAsync"/> (without a metadata condition), for the synchronous unified client.</summary>
    internal Mem0DeleteAllResponse DeleteAllMemories(MemoryScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return _transport.Send(ScopeQuery(new ApiRequest(HttpMethod.Delete, DeleteAllMemoriesRoute), scope), Mem0JsonContext.Default.Mem0DeleteAllResponse, cancellationToken);
    }

    internal const string GetMemoryHistoryRoute = "v1/memories/{0}/history/";

    public Task<IReadOnlyList<Mem0HistoryEntry>> GetMemoryHistoryAsync(string memoryId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(memoryId);
        var call = new ApiRequest(HttpMethod.Get, ApiRoute.Expand(GetMemoryHistoryRoute, memoryId));
        return _transport.SendAsync(call, Mem0JsonContext.Default.IReadOnlyListMem0HistoryEntry, cancellationToken);
    }

    internal const string BatchUpdateMemoriesRoute = "v1/batch/";

    public Task<Mem0BatchResponse> BatchUpdateMemoriesAsync(Mem0BatchUpdateRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = new ApiRequest(HttpMethod.Put, BatchUpdateMemoriesRoute).Json(request, Mem0JsonContext.Default.Mem0BatchUpdateRequest);
        return _transport.SendAsync(call, Mem0JsonContext.Default.Mem0BatchResponse, cancellationToken);
    }

    internal const string BatchDeleteMemoriesRoute = "v1/batch/";

    public Task<Mem0BatchResponse> BatchDeleteMemoriesAsync(Mem0BatchDeleteRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = new ApiRequest(HttpMethod.Delete, BatchDeleteMemoriesRoute).Json(request, Mem0JsonContext.Default.Mem0BatchDeleteRequest);
        return _transport.SendAsync(call, Mem0JsonContext.Default.Mem0BatchResponse, cancellationToken);
    }

    internal const string SubmitFeedbackRoute = "v1/feedback/";

    public Task<Mem0FeedbackResponse> SubmitFeedbackAsync(Mem0FeedbackRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = new ApiRequest(HttpMethod.Post, SubmitFeedbackRoute).Json(request, Mem0JsonContext.Default.Mem0FeedbackRequest);
        return _transport.SendAsync(call, Mem0JsonContext.Default.Mem0FeedbackResponse, cancellationToken);
    }

    internal const string GetSummaryRoute = "v1/summary/";

    public Task<JsonArray> GetSummaryAsync(Mem0SummaryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = new ApiRequest(HttpMethod.Post, GetSummaryRoute).Json(request, Mem0JsonContext.Default.Mem0SummaryRequest).AsIdempotent();
        return _transport.SendAsync(call, Mem0JsonContext.Default.JsonArray, cancellationToken);
    }

    internal const string ListMemoryEventsRoute = "v1/memories/events/";

    public Task<Mem0PagedResponse<Mem0HistoryEntry>> ListMemoryEventsAsync(int? page = null, int? limit = null, CancellationToken cancellationToken = default)
    {
        var call = new ApiRequest(HttpMethod.Get, ListMemoryEventsRoute).Query("page", page).Query("limit", limit);
        return _transport.SendAsync(call, Mem0JsonContext.Default.Mem0PagedResponseMem0HistoryEntry, cancellationToken);
    }

    internal const string ListEntityMemoriesRoute = "v1/memories/{0}/{1}/";

    public Task<Mem0PagedResponse<Mem0EntityMemory>> ListEntityMemoriesAsync(string entityType, string entityId, int? page = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        var call = new ApiRequest(HttpMethod.Get, ApiRoute.Expand(ListEntityMemoriesRoute, entityType, entityId)).Query("page", page);
        return _transport.SendAsync(call, Mem0JsonContext.Default.Mem0PagedResponseMem0EntityMemory, cancellationToken);
    }

    internal const string AddMemoriesV1Route = "v1/memories/";

    [Obsolete("POST /v1/memories/ is deprecated. Use IMem0V3Api.AddMemoriesAsync (POST /v3/memories/add/) instead.")]
    public Task<IReadOnlyList<Mem0AddResponse>> AddMemoriesAsync(Mem0V1AddMemoriesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = new ApiRequest(HttpMethod.Post, AddMemoriesV1Route).Json(request, Mem0JsonContext.Default.Mem0V1AddMemoriesRequest);
        return _transport.SendAsync(call, Mem0JsonContext.Default.IReadOnlyListMem0AddResponse, cancellationToken);
    }

    internal const string ListMemoriesV1Route = "v1/memories/";

    [Obsolete("GET /v1/memories/ is deprecated. Use IMem0V3Api.ListMemoriesAsync (POST /v3/memories/) instead.")]
    public Task<IReadOnlyList<Mem0Memory>> ListMemoriesAsync(MemoryScope scope, int? limit = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var call = ScopeQuery(new ApiRequest(HttpMethod.Get, ListMemoriesV1Route), scope).Query("limit", limit);
        return _transport.SendAsync(call, Mem0JsonContext.Default.IReadOnlyListMem0Memory, cancellationToken);
    }

    internal const string SearchMemoriesV1Route = "v1/memories/search/";

    [Obsolete("POST /v1/memories/search/ is deprecated. Use IMem0V3Api.SearchMemoriesAsync (POST /v3/memories/search/) instead.")]
    public Task<IReadOnlyList<Mem0Memory>> SearchMemoriesAsync(Mem0V1SearchMemoriesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = new ApiRequest(HttpMethod.Post, SearchMemoriesV1Route).Json(request, Mem0JsonContext.Default.Mem0V1SearchMemoriesRequest).AsIdempotent();
        return _transport.SendAsync(call, Mem0JsonContext.Default.IReadOnlyListMem0Memory, cancellationToken);
    }

    /// <summary>Adds the scope's ids as <c>user_id</c>, <c>agent_id</c>, <c>app_id</c> and <c>run_id</c> query values (unset ones are skipped).</summary>
    private static ApiRequest ScopeQuery(ApiRequest request, MemoryScope scope) => request
        .Query("user_id", scope.UserId)
        .Query("agent_id", scope.AgentId)
        .Query("app_id", scope.AppId)
        .Query("run_id", scope.RunId);
}
