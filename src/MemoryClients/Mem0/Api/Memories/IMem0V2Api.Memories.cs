using Refit;
namespace MemoryClients.Mem0.Api;

public partial interface IMem0V2Api
{
    /// <summary><c>POST /v2/memories/</c>: the memories that match the filters, as a plain array (deprecated).</summary>
    [Obsolete("POST /v2/memories/ is deprecated. Use IMem0V3Api.ListMemoriesAsync (POST /v3/memories/) instead.")]
    [Post("v2/memories/"), Idempotent]
    Task<IReadOnlyList<Mem0Memory>> ListMemoriesAsync([Body] Mem0V2ListMemoriesRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v2/memories/search/</c>: the memories most relevant to a query, as a plain array (deprecated).</summary>
    [Obsolete("POST /v2/memories/search/ is deprecated. Use IMem0V3Api.SearchMemoriesAsync (POST /v3/memories/search/) instead.")]
    [Post("v2/memories/search/"), Idempotent]
    Task<IReadOnlyList<Mem0Memory>> SearchMemoriesAsync([Body] Mem0V2SearchMemoriesRequest request, CancellationToken cancellationToken = default);
}
