using System.Net;

namespace MemoryClients.Errors;

/// <summary>
/// No usable response: the connection failed, was reset, or a timeout passed (or the service answered 408).
/// <see cref="MemoryApiException.ErrorCode"/> is <c>NET_TIMEOUT</c>, <c>NET_CONNECT</c>, <c>NET_GENERIC</c> or <c>HTTP_408</c>.
/// Corresponds to <c>NetworkError</c>.
/// </summary>
public sealed class MemoryNetworkException : MemoryApiException
{
    /// <summary>The error code of a timeout.</summary>
    public const string TimeoutCode = "NET_TIMEOUT";

    /// <summary>The error code of a connection that could not be opened.</summary>
    public const string ConnectCode = "NET_CONNECT";

    /// <summary>The error code of any other transport failure.</summary>
    public const string GenericCode = "NET_GENERIC";

    /// <summary>Creates the exception.</summary>
    public MemoryNetworkException(string message, MemoryProvider provider, string errorCode, HttpStatusCode? statusCode = null, Exception? innerException = null)
        : base(message, provider, statusCode, errorCode, innerException) { }

    /// <summary>True when a timeout (the client's or a 408) caused the failure.</summary>
    public bool IsTimeout => ErrorCode is TimeoutCode or "HTTP_408";
}
