namespace MemoryClients.Http;

/// <summary>Reads <c>Retry-After</c>, in seconds or as an HTTP date.</summary>
internal static class RetryAfter
{
    /// <summary>The wait the response asks for, never negative; null when the header is absent or unreadable.</summary>
    public static TimeSpan? Read(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
