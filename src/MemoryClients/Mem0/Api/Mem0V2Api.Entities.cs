using MemoryClients.Http;

namespace MemoryClients.Mem0.Api;

internal sealed partial class Mem0V2Api
{
    internal const string GetEntityRoute = "v2/entities/{0}/{1}/";

    public Task<IReadOnlyList<Mem0Entity>> GetEntityAsync(string entityType, string entityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Get, ApiRoute.Expand(GetEntityRoute, entityType, entityId)),
            Mem0JsonContext.Default.IReadOnlyListMem0Entity, cancellationToken);
    }

    internal const string DeleteEntityRoute = "v2/entities/{0}/{1}/";

    public Task<Mem0EntityDeleteResponse> DeleteEntityAsync(string entityType, string entityName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityType);
        ArgumentException.ThrowIfNullOrWhiteSpace(entityName);
        return _transport.SendAsync(
            new ApiRequest(HttpMethod.Delete, ApiRoute.Expand(DeleteEntityRoute, entityType, entityName)),
            Mem0JsonContext.Default.Mem0EntityDeleteResponse, cancellationToken);
    }
}
