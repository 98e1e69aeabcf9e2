using System.Net;

namespace MemoryClients.Errors;

/// <summary>
/// No usable response: the connection failed, was reset, or a timeout passed.
/// <see cref="MemoryApiException.ErrorCode"/> is <c>NET_TIMEOUT</c>, <c>NET_CONNECT</c> or <c>NET_GENERIC</c>.
/// Corresponds to <c>NetworkError</c> (which the official clients also raise for 408 and 502 to 504, answers that
/// arrived: here those are <see cref="MemoryServerException"/>).
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

    /// <summary>True when a timeout of the client's caused the failure.</summary>
    public bool IsTimeout => ErrorCode is TimeoutCode;
}
