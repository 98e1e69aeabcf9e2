using System.Net;

namespace MemoryClients.Errors;

/// <summary>
/// The service answered with a redirect (3xx). The client never follows one: a redirect could send the memory text and the
/// API key to another host, and would turn a write into a body-less GET. Point <see cref="ServiceClientOptions.BaseAddress"/>
/// at the final address instead.
/// </summary>
public sealed class MemoryRedirectException : MemoryApiException
{
    /// <summary>Creates the exception.</summary>
    public MemoryRedirectException(string message, MemoryProvider provider, HttpStatusCode statusCode, Uri? location, Exception? innerException = null)
        : base(message, provider, statusCode, ErrorMapper.HttpCode(statusCode), innerException)
    {
        Location = location;
    }

    /// <summary>Where the service pointed (the <c>Location</c> header), or null when it did not say.</summary>
    public Uri? Location { get; }
}
