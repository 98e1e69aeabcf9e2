using System.Net;

namespace MemoryClients.Errors;

/// <summary>Too many requests (429), after the client's own retries. Corresponds to <c>RateLimitError</c>.</summary>
public sealed class MemoryRateLimitException : MemoryApiException
{
    /// <summary>Creates the exception.</summary>
    public MemoryRateLimitException(string message, MemoryProvider provider, TimeSpan? retryAfter, Exception? innerException = null)
        : base(message, provider, HttpStatusCode.TooManyRequests, ErrorMapper.HttpCode(HttpStatusCode.TooManyRequests), innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long the service asked to wait, from <c>Retry-After</c>; null when it did not say.</summary>
    public TimeSpan? RetryAfter { get; }
}
