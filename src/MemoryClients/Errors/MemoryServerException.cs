using System.Net;

namespace MemoryClients.Errors;

/// <summary>
/// The service failed (any 5xx status) or gave up waiting for the request (408), after the client's own retries. The
/// official SDKs raise <c>MemoryError</c> for 500 and <c>NetworkError</c> for 408 and 502 to 504; here a response that
/// arrived is always a server error, and <see cref="MemoryNetworkException"/> means no usable response arrived.
/// </summary>
public sealed class MemoryServerException : MemoryApiException
{
    /// <summary>Creates the exception.</summary>
    public MemoryServerException(string message, MemoryProvider provider, HttpStatusCode statusCode, Exception? innerException = null)
        : base(message, provider, statusCode, ErrorMapper.HttpCode(statusCode), innerException) { }
}
