namespace MemoryClients.Http;

/// <summary>A response body longer than the configured limit; mapped to a <see cref="Errors.MemoryApiException"/> and never retried.</summary>
internal sealed class ResponseTooLargeException(long maxBytes)
    : Exception($"The response body is longer than the {maxBytes:N0}-byte limit (MemoryResilienceOptions.MaxResponseBytes).")
{
    public long MaxBytes { get; } = maxBytes;
}
