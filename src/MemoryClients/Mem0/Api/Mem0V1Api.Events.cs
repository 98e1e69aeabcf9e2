using MemoryClients.Http;

namespace MemoryClients.Mem0.Api;

internal sealed partial class Mem0V1Api
{
    internal const string GetEventRoute = "v1/event/{0}/";

    public Task<Mem0Event> GetEventAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        return _transport.SendAsync(new ApiRequest(HttpMethod.Get, ApiRoute.Expand(GetEventRoute, eventId)), Mem0JsonContext.Default.Mem0Event, cancellationToken);
    }

    internal const string ListEventsRoute = "v1/events/";

    public Task<Mem0EventListResponse> ListEventsAsync(int? page = null, int? pageSize = null, CancellationToken cancellationToken = default) =>
        _transport.SendAsync(
            new ApiRequest(HttpMethod.Get, ListEventsRoute).Query("page", page).Query("page_size", pageSize),
            Mem0JsonContext.Default.Mem0EventListResponse, cancellationToken);

    internal const string GetStatsRoute = "v1/stats/";

    public Task<Mem0Stats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(new ApiRequest(HttpMethod.Get, GetStatsRoute), Mem0JsonContext.Default.Mem0Stats, cancellationToken);
}
