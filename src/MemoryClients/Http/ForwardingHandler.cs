namespace MemoryClients.Http;

/// <summary>
/// Sends each try through an <see cref="HttpClient"/> the client does not own: the caller's (never changed or disposed),
/// or a fresh one from <see cref="IHttpClientFactory"/> per request, whose pooled handlers rotate so a singleton client
/// neither pins a stale connection nor captures a short-lived object. <see cref="HttpClient"/> refuses a message it has
/// sent once, so every try sends a fresh copy.
/// </summary>
internal sealed class ForwardingHandler(Func<HttpClient> client) : HttpMessageHandler
{
    public ForwardingHandler(HttpClient client) : this(() => client) { }

    // Clients are not disposed: a caller's is theirs, and disposing a factory client would cancel the response still
    // being read (the factory owns its handlers).
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        client().SendAsync(Copy(request), HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        client().Send(Copy(request), HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    private static HttpRequestMessage Copy(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var (name, values) in request.Headers)
            copy.Headers.TryAddWithoutValidation(name, values);
        // The body is the serialiser's byte array content, which can be sent any number of times.
        copy.Content = request.Content;
        foreach (var (key, value) in request.Options)
            ((IDictionary<string, object?>)copy.Options)[key] = value;
        return copy;
    }
}
