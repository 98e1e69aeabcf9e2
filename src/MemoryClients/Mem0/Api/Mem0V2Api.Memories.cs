using MemoryClients.Http;

namespace MemoryClients.Mem0.Api;

internal sealed partial class Mem0V2Api
{
    internal const string ListMemoriesRoute = "v2/memories/";

    [Obsolete("POST /v2/memories/ is deprecated. Use IMem0V3Api.ListMemoriesAsync (POST /v3/memories/) instead.")]
    public Task<IReadOnlyList<Mem0Memory>> ListMemoriesAsync(Mem0V2ListMemoriesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = new ApiRequest(HttpMethod.Post, ListMemoriesRoute).Json(request, Mem0JsonContext.Default.Mem0V2ListMemoriesRequest).AsIdempotent();
        return _transport.SendAsync(call, Mem0JsonContext.Default.IReadOnlyListMem0Memory, cancellationToken);
    }

    internal const string SearchMemoriesRoute = "v2/memories/search/";

    [Obsolete("POST /v2/memories/search/ is deprecated. Use IMem0V3Api.SearchMemoriesAsync (POST /v3/memories/search/) instead.")]
    public Task<IReadOnlyList<Mem0Memory>> SearchMemoriesAsync(Mem0V2SearchMemoriesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var call = new ApiRequest(HttpMethod.Post, SearchMemoriesRoute).Json(request, Mem0JsonContext.Default.Mem0V2SearchMemoriesRequest).AsIdempotent();
        return _transport.SendAsync(call, Mem0JsonContext.Default.IReadOnlyListMem0Memory, cancellationToken);
    }
}
