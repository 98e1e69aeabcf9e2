using System.Net;

namespace MemoryClients.Errors;

/// <summary>
/// The service rejected the request as invalid (400, 409 or 422) or too large (413). Corresponds to <c>ValidationError</c>
/// (the official clients raise <c>MemoryQuotaExceededError</c> for 413).
/// </summary>
public sealed class MemoryValidationException : MemoryApiException
{
    /// <summary>Creates the exception.</summary>
    public MemoryValidationException(string message, MemoryProvider provider, HttpStatusCode statusCode, Exception? innerException = null)
        : base(message, provider, statusCode, ErrorMapper.HttpCode(statusCode), innerException) { }
}
