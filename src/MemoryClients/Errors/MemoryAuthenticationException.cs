using System.Net;

namespace MemoryClients.Errors;

/// <summary>The API key is missing, wrong, or lacks permission (401 or 403). Corresponds to <c>AuthenticationError</c>.</summary>
public sealed class MemoryAuthenticationException : MemoryApiException
{
    /// <summary>Creates the exception.</summary>
    public MemoryAuthenticationException(string message, MemoryProvider provider, HttpStatusCode statusCode, Exception? innerException = null)
        : base(message, provider, statusCode, ErrorMapper.HttpCode(statusCode), innerException) { }
}
