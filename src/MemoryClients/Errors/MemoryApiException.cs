using System.Net;

namespace MemoryClients.Errors;

/// <summary>
/// A call to Mem0 or MemMachine failed. Catch a subtype for one kind of failure, or this type for all.
/// Corresponds to <c>MemoryError</c> in the official Python and TypeScript SDKs.
/// </summary>
public class MemoryApiException : Exception
{
    private static readonly IReadOnlyDictionary<string, string> NoHeaders = new Dictionary<string, string>();

    /// <summary>Creates an exception; the SDK uses this when a response or transport failure maps to no subtype.</summary>
    public MemoryApiException(string message, MemoryProvider provider, HttpStatusCode? statusCode, string errorCode, Exception? innerException = null)
        : base(message, innerException)
    {
        Provider = provider;
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    /// <summary>Creates an exception with a message only.</summary>
    public MemoryApiException() : this("The memory service call failed.", MemoryProvider.Mem0, null, "UNKNOWN") { }

    /// <summary>Creates an exception with a message only.</summary>
    public MemoryApiException(string message) : this(message, MemoryProvider.Mem0, null, "UNKNOWN") { }

    /// <summary>Creates an exception with a message and the exception that caused it.</summary>
    public MemoryApiException(string message, Exception innerException) : this(message, MemoryProvider.Mem0, null, "UNKNOWN", innerException) { }

    /// <summary>The service that failed.</summary>
    public MemoryProvider Provider { get; }

    /// <summary>The HTTP status, or null when no response arrived.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary><c>HTTP_&lt;status&gt;</c> for responses; <c>NET_TIMEOUT</c>, <c>NET_CONNECT</c> or <c>NET_GENERIC</c> for transport failures; <c>INVALID_RESPONSE</c> for a body that could not be read; <c>RESPONSE_TOO_LARGE</c> for a body over <see cref="MemoryResilienceOptions.MaxResponseBytes"/>.</summary>
    public string ErrorCode { get; }

    /// <summary>What to try next, in the official SDKs' words.</summary>
    public string? Suggestion { get; internal set; }

    /// <summary>The message the service sent, extracted from its error body; null when there was none.</summary>
    public string? ServiceMessage { get; internal set; }

    /// <summary>A machine-readable code from the body (MemMachine's <c>code</c>), when the service sent one.</summary>
    public string? ServiceErrorCode { get; internal set; }

    /// <summary>The raw response body, cut to 64 KiB; null when no response arrived.</summary>
    public string? ResponseBody { get; internal set; }

    /// <summary>The response headers, several values of one header joined with <c>", "</c>.</summary>
    public IReadOnlyDictionary<string, string> ResponseHeaders { get; internal set; } = NoHeaders;

    /// <summary>The request id the service returned (<c>X-Request-Id</c> and similar), when present.</summary>
    public string? RequestId { get; internal set; }

    /// <summary>The HTTP method of the failed request.</summary>
    public string? Method { get; internal set; }

    /// <summary>The address of the failed request.</summary>
    public Uri? RequestUri { get; internal set; }

    /// <summary>
    /// True when the service may have acted on the request although the call failed: the connection broke or timed out after
    /// the request was sent, the service answered 408, 500, 502 or 504, or it answered 2xx with a body that could not be read.
    /// A write that creates data (an add, a project create) may then have been stored: list or search before adding again.
    /// False when the service provably did nothing (no connection, 4xx, 429, 503).
    /// </summary>
    public bool RequestMayHaveBeenProcessed { get; internal set; }
}
