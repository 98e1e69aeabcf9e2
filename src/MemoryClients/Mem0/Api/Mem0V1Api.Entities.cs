using System.Globalization;
using MemoryClients.Http;

namespace MemoryClients.Mem0.Api;

internal sealed partial class Mem0V1Api
{
    internal const string ListEntitiesRoute = "v1/entities/";

    public Task<Mem0EntityListResponse> ListEntitiesAsync(int? page = null, int? pageSize = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(
            new ApiRequest(HttpMethod.Get, ListEntitiesRoute).Query("page", page).Query("page_size", pageSize),
            Mem0JsonContext.Default.Mem0EntityListResponse, cancellationToken);

    internal const string DeleteEntityV1Route = "v1/entities/{0}/{1}/";

    public Task<Mem0EntityDeleteResponse> DeleteEntityAsync(string entityType, long entityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Delete, ApiRoute.Expand(DeleteEntityV1Route, entityType, entityId.ToString(CultureInfo.InvariantCulture))),
            Mem0JsonContext.Default.Mem0EntityDeleteResponse, cancellationToken);
    }
}
