using System.Net;

namespace MemoryClients.Errors;

/// <summary>The memory, project or other resource does not exist (404). Corresponds to <c>MemoryNotFoundError</c>.</summary>
public sealed class MemoryNotFoundException : MemoryApiException
{
    /// <summary>Creates the exception.</summary>
    public MemoryNotFoundException(string message, MemoryProvider provider, Exception? innerException = null)
        : base(message, provider, HttpStatusCode.NotFound, ErrorMapper.HttpCode(HttpStatusCode.NotFound), innerException) { }
}
