using System.Net;

namespace MemoryClients.Errors;

/// <summary>The request or the account is over a size limit (413). Corresponds to <c>MemoryQuotaExceededError</c>.</summary>
public sealed class MemoryQuotaExceededException : MemoryApiException
{
    /// <summary>Creates the exception.</summary>
    public MemoryQuotaExceededException(string message, MemoryProvider provider, Exception? innerException = null)
        : base(message, provider, HttpStatusCode.RequestEntityTooLarge, ErrorMapper.HttpCode(HttpStatusCode.RequestEntityTooLarge), innerException) { }
}
