using Refit;
namespace MemoryClients.Mem0.Api;

public partial interface IMem0V3Api
{
    /// <summary><c>POST /v3/memories/add/</c>: extracts and stores memories from a conversation, usually in the background.</summary>
    /// <remarks>Not retried after the service may have acted on it, since a repeat would add the memories twice.</remarks>
    [Post("v3/memories/add/")]
    Task<Mem0AddMemoriesResponse> AddMemoriesAsync([Body] Mem0AddMemoriesRequest request, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v3/memories/?page=&amp;page_size=</c>: one page of the memories that match the filters.</summary>
    /// <param name="request">The filters and options (the body).</param>
    /// <param name="page">The 1-based page number; not sent when null (service default 1).</param>
    /// <param name="pageSize">The page size, 1 to 200; not sent when null (service default 100).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Post("v3/memories/"), Idempotent]
    Task<Mem0PagedResponse<Mem0Memory>> ListMemoriesAsync([Body] Mem0ListMemoriesRequest request, [Query] int? page = null, [Query, AliasAs("page_size")] int? pageSize = null, CancellationToken cancellationToken = default);

    /// <summary><c>POST /v3/memories/search/</c>: the memories most relevant to a query, within the filters.</summary>
    [Post("v3/memories/search/"), Idempotent]
    Task<Mem0SearchMemoriesResponse> SearchMemoriesAsync([Body] Mem0SearchMemoriesRequest request, CancellationToken cancellationToken = default);
}
