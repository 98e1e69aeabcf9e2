namespace MemoryClients.Http;

/// <summary>
/// The end of a client's own handler chain when it is registered with dependency injection: each call takes a fresh
/// <see cref="HttpClient"/> from <see cref="IHttpClientFactory"/>, whose pooled handlers (ours and the caller's) rotate,
/// so a singleton client neither pins a stale connection nor captures a short-lived object.
/// </summary>
internal sealed class HttpClientFactoryHandler(IHttpClientFactory factory, string clientName) : HttpMessageHandler
{
    // Factory clients are not disposed: disposing one would cancel the response still being read, and the factory owns the handlers.
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        factory.CreateClient(clientName).SendAsync(request, cancellationToken);

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        factory.CreateClient(clientName).Send(request, cancellationToken);
}
