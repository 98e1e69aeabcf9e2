using MemoryClients.Http;
using MemoryClients.Mem0.Api;
using MemoryClients.Paging;

namespace MemoryClients.Mem0;

/// <summary>Mem0's asynchronous jobs (events) and usage statistics: read, list and wait for completion. Reach it through <see cref="Mem0Client.Events"/>.</summary>
public class Mem0EventsClient
{
    private readonly IMem0V1Api _v1;
    private readonly TimeProvider _time;

    /// <summary>For mocking frameworks only.</summary>
    protected Mem0EventsClient()
    {
        _v1 = null!;
        _time = TimeProvider.System;
    }

    internal Mem0EventsClient(IMem0V1Api v1, TimeProvider time)
    {
        _v1 = v1;
        _time = time;
    }

    /// <summary>Returns an event's status and results (<c>GET /v1/event/{event_id}/</c>).</summary>
    /// <param name="eventId">The event id an add or delete returned.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentException"><paramref name="eventId"/> is empty.</exception>
    public virtual Task<Mem0Event> GetAsync(string eventId, CancellationToken cancellationToken = default)
    {
        PathSegment.Require(eventId, nameof(eventId));
        return _v1.GetEventAsync(eventId, cancellationToken);
    }

    /// <summary>Walks every event of the project lazily, one page at a time (<c>GET /v1/events/</c>).</summary>
    /// <param name="pageSize">Events per request, 1 to 200; null lets the service choose.</param>
    /// <param name="cancellationToken">Cancels every page request.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is outside 1..200.</exception>
    public virtual AsyncPageable<Mem0Event> ListAsync(int? pageSize = null, CancellationToken cancellationToken = default)
    {
        Mem0RequestBuilder.PageSize(pageSize, nameof(pageSize));
        return AsyncPageable.Create((token, ct) => SendPageAsync(token, pageSize, ct), cancellationToken);
    }

    /// <summary>Fetches one page of events.</summary>
    /// <param name="continuationToken">The previous page's <see cref="Page{T}.ContinuationToken"/>; null for the first page.</param>
    /// <param name="pageSize">Events per page, 1 to 200; null lets the service choose.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pageSize"/> is outside 1..200.</exception>
    /// <exception cref="ArgumentException"><paramref name="continuationToken"/> did not come from this listing.</exception>
    public virtual Task<Page<Mem0Event>> ListPageAsync(string? continuationToken = null, int? pageSize = null, CancellationToken cancellationToken = default)
    {
        Mem0RequestBuilder.PageSize(pageSize, nameof(pageSize));
        return SendPageAsync(continuationToken, pageSize, cancellationToken);
    }

    private async Task<Page<Mem0Event>> SendPageAsync(string? continuationToken, int? pageSize, CancellationToken cancellationToken)
    {
        var (page, size) = Mem0PageToken.Read(continuationToken, pageSize, nameof(continuationToken));
        var response = await _v1.ListEventsAsync(page, size, cancellationToken).ConfigureAwait(false);
        return new Page<Mem0Event>(response.Results, Mem0PageToken.Next(response.Next, page, size), response.Count);
    }

    /// <summary>Returns the project's usage statistics (<c>GET /v1/stats/</c>).</summary>
    public virtual Task<Mem0Stats> GetStatsAsync(CancellationToken cancellationToken = default) => _v1.GetStatsAsync(cancellationToken);

    /// <summary>
    /// Polls <c>GET /v1/event/{event_id}/</c> until the event is <c>SUCCEEDED</c> and returns it; throws when it ends <c>FAILED</c>.
    /// Any other status (<c>PENDING</c>, <c>RUNNING</c>, or one the SDK does not know yet) means "wait and ask again".
    /// </summary>
    /// <param name="eventId">The event id an add or delete returned.</param>
    /// <param name="pollInterval">The wait between two polls, greater than zero; default 1 second. Measured with the client's <see cref="TimeProvider"/>.</param>
    /// <param name="cancellationToken">Stops waiting. There is no other limit: pass a token with a deadline to bound the wait.</param>
    /// <exception cref="ArgumentException"><paramref name="eventId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="pollInterval"/> is zero or negative.</exception>
    /// <exception cref="Mem0EventFailedException">The event ended <c>FAILED</c>; the exception carries the event and its error.</exception>
    public virtual async Task<Mem0Event> WaitForCompletionAsync(string eventId, TimeSpan? pollInterval = null, CancellationToken cancellationToken = default)
    {
        PathSegment.Require(eventId, nameof(eventId));
        var interval = Mem0PlatformGuard.PollInterval(pollInterval, nameof(pollInterval));
        while (true)
        {
            var current = await _v1.GetEventAsync(eventId, cancellationToken).ConfigureAwait(false);
            if (current.Status == Mem0EventStatus.Succeeded)
                return current;
            if (current.Status == Mem0EventStatus.Failed)
                throw new Mem0EventFailedException(current);
            await Task.Delay(interval, _time, cancellationToken).ConfigureAwait(false);
        }
    }
}
