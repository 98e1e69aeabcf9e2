using MemoryClients.Http;

namespace MemoryClients.Mem0.Api;

internal sealed partial class Mem0V3Api
{
    internal const string AddMemoriesRoute = "v3/memories/add/";

    public Task<Mem0AddResponse> AddMemoriesAsync(Mem0AddMemoriesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = new ApiRequest(HttpMethod.Post, AddMemoriesRoute).Json(request, Mem0JsonContext.Default.Mem0AddMemoriesRequest);
        return _transport.SendAsync(call, Mem0JsonContext.Default.Mem0AddResponse, cancellationToken);
    }

    internal const string ListMemoriesRoute = "v3/memories/";

    public Task<Mem0PagedResponse<Mem0Memory>> ListMemoriesAsync(Mem0ListMemoriesRequest request, int? page = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = new ApiRequest(HttpMethod.Post, ListMemoriesRoute)
            .Query("page", page)
            .Query("page_size", pageSize)
            .Json(request, Mem0JsonContext.Default.Mem0ListMemoriesRequest)
            .AsIdempotent();
        return _transport.SendAsync(call, Mem0JsonContext.Default.Mem0PagedResponseMem0Memory, cancellationToken);
    }

    internal const string SearchMemoriesRoute = "v3/memories/search/";

    public Task<Mem0SearchResponse> SearchMemoriesAsync(Mem0SearchMemoriesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = new ApiRequest(HttpMethod.Post, SearchMemoriesRoute).Json(request, Mem0JsonContext.Default.Mem0SearchMemoriesRequest).AsIdempotent();
        return _transport.SendAsync(call, Mem0JsonContext.Default.Mem0SearchResponse, cancellationToken);
    }
}
