using System.Net;

namespace MemoryClients.Errors;

/// <summary>The service rejected the request as invalid (400, 409 or 422). Corresponds to <c>ValidationError</c>.</summary>
public sealed class MemoryValidationException : MemoryApiException
{
    /// <summary>Creates the exception.</summary>
    public MemoryValidationException(string message, MemoryProvider provider, HttpStatusCode statusCode, Exception? innerException = null)
        : base(message, provider, statusCode, ErrorMapper.HttpCode(statusCode), innerException) { }
}
