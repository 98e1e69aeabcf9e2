using MemoryClients.Http;

namespace MemoryClients.Mem0.Api;

internal sealed partial class Mem0V3Api
{
    internal const string AddMemoriesRoute = "v3/memories/add/";

    public Task<Mem0AddResponse> AddMemoriesAsync(Mem0AddMemoriesRequest request, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(AddCall(request), Mem0JsonContext.Default.Mem0AddResponse, cancellationToken);

    /// <summary>The synchronous twin of <see cref="AddMemoriesAsync"/>, for the synchronous unified client.</summary>
    internal Mem0AddResponse AddMemories(Mem0AddMemoriesRequest request, CancellationToken cancellationToken) =>
        _transport.Send(AddCall(request), Mem0JsonContext.Default.Mem0AddResponse, cancellationToken);

    private static ApiRequest AddCall(Mem0AddMemoriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ApiRequest(HttpMethod.Post, AddMemoriesRoute).Json(request, Mem0JsonContext.Default.Mem0AddMemoriesRequest);
    }

    internal const string ListMemoriesRoute = "v3/memories/";

    public Task<Mem0PagedResponse<Mem0Memory>> ListMemoriesAsync(Mem0ListMemoriesRequest request, int? page = null, int? pageSize = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(ListCall(request, page, pageSize), Mem0JsonContext.Default.Mem0PagedResponseMem0Memory, cancellationToken);

    /// <summary>The synchronous twin of <see cref="ListMemoriesAsync"/>, for the synchronous unified client.</summary>
    internal Mem0PagedResponse<Mem0Memory> ListMemories(Mem0ListMemoriesRequest request, int? page, int? pageSize, CancellationToken cancellationToken) =>
        _transport.Send(ListCall(request, page, pageSize), Mem0JsonContext.Default.Mem0PagedResponseMem0Memory, cancellationToken);

    private static ApiRequest ListCall(Mem0ListMemoriesRequest request, int? page, int? pageSize)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ApiRequest(HttpMethod.Post, ListMemoriesRoute)
            .Query("page", page)
            .Query("page_size", pageSize)
            .Json(request, Mem0JsonContext.Default.Mem0ListMemoriesRequest)
            .AsIdempotent();
    }

    internal const string SearchMemoriesRoute = "v3/memories/search/";

    public Task<Mem0SearchResponse> SearchMemoriesAsync(Mem0SearchMemoriesRequest request, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(SearchCall(request), Mem0JsonContext.Default.Mem0SearchResponse, cancellationToken);

    /// <summary>The synchronous twin of <see cref="SearchMemoriesAsync"/>, for the synchronous unified client.</summary>
    internal Mem0SearchResponse SearchMemories(Mem0SearchMemoriesRequest request, CancellationToken cancellationToken) =>
        _transport.Send(SearchCall(request), Mem0JsonContext.Default.Mem0SearchResponse, cancellationToken);

    private static ApiRequest SearchCall(Mem0SearchMemoriesRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new ApiRequest(HttpMethod.Post, SearchMemoriesRoute).Json(request, Mem0JsonContext.Default.Mem0SearchMemoriesRequest).AsIdempotent();
    }
}
