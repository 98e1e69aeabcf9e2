namespace MemoryClients.Http;

/// <summary>
/// Sends each try through an <see cref="HttpClient"/> the caller owns, without changing or disposing it.
/// <see cref="HttpClient"/> refuses a message it has sent once, so every try sends a fresh copy.
/// </summary>
internal sealed class ForwardingHandler(HttpClient client) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        client.SendAsync(Copy(request), HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        client.Send(Copy(request), HttpCompletionOption.ResponseHeadersRead, cancellationToken);

    private static HttpRequestMessage Copy(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version, VersionPolicy = request.VersionPolicy };
        foreach (var (name, values) in request.Headers)
            copy.Headers.TryAddWithoutValidation(name, values);
        if (request.Options.TryGetValue(RequestOptionKeys.Body, out var body))
        {
            copy.Content = new ByteArrayContent(body);
            foreach (var (name, values) in request.Content!.Headers)
                copy.Content.Headers.TryAddWithoutValidation(name, values);
        }
        return copy;
    }
}
