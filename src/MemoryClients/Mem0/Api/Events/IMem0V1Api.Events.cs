using Refit;
namespace MemoryClients.Mem0.Api;

public partial interface IMem0V1Api
{
    /// <summary><c>GET /v1/event/{event_id}/</c>: returns the status and results of an asynchronous job (add, delete, ...).</summary>
    /// <param name="eventId">The event id an add or delete returned.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("v1/event/{event_id}/")]
    Task<Mem0Event> GetEventAsync([AliasAs("event_id")] string eventId, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v1/events/</c>: lists one page of the project's events.</summary>
    /// <param name="page">The 1-based page number; null lets the service choose (page 1).</param>
    /// <param name="pageSize">Events per page; null lets the service choose.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    [Get("v1/events/")]
    Task<Mem0ListEventsResponse> ListEventsAsync([Query] int? page = null, [Query, AliasAs("page_size")] int? pageSize = null, CancellationToken cancellationToken = default);

    /// <summary><c>GET /v1/stats/</c>: returns the project's usage statistics.</summary>
    [Get("v1/stats/")]
    Task<Mem0Stats> GetStatsAsync(CancellationToken cancellationToken = default);
}
