using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace MemoryClients.Tests.MemMachine.Support;

/// <summary>A request the handler received: method, absolute address, headers (request and content) and body text.</summary>
public sealed record SentRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body)
{
    /// <summary>The path relative to the host, such as <c>/v2/memories/list</c>.</summary>
    public string Path => Uri.AbsolutePath;
}

/// <summary>
/// An in-memory <see cref="HttpMessageHandler"/> that records every request and answers with scripted responses in order.
/// A request with no response left fails the test loudly instead of hanging or reaching a network.
/// </summary>
public sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Queue<(HttpStatusCode Status, string Body, string ContentType, IReadOnlyDictionary<string, string> Headers)> _script = new();
    private readonly List<SentRequest> _requests = [];

    public IReadOnlyList<SentRequest> Requests => _requests;

    /// <summary>Queues a JSON response.</summary>
    public ScriptedHandler Json(int status, string body, IReadOnlyDictionary<string, string>? headers = null) =>
        Text(status, body, "application/json", headers);

    /// <summary>Queues a response with any content type; an empty body sends no content.</summary>
    public ScriptedHandler Text(int status, string body, string contentType = "text/plain", IReadOnlyDictionary<string, string>? headers = null)
    {
        _script.Enqueue(((HttpStatusCode)status, body, contentType, headers ?? new Dictionary<string, string>()));
        return this;
    }

    /// <summary>Queues an empty 204.</summary>
    public ScriptedHandler NoContent() => Text(204, "");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers)
            headers[name] = string.Join(", ", values);
        if (request.Content is not null)
        {
            foreach (var (name, values) in request.Content.Headers)
                headers[name] = string.Join(", ", values);
        }
        _requests.Add(new SentRequest(request.Method, request.RequestUri!, headers, body));

        if (!_script.TryDequeue(out var next))
            throw new InvalidOperationException($"No scripted response left for {request.Method} {request.RequestUri}.");
        var response = new HttpResponseMessage(next.Status) { RequestMessage = request };
        if (next.Body.Length > 0)
        {
            response.Content = new StringContent(next.Body, Encoding.UTF8);
            response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(next.ContentType);
        }
        foreach (var (name, value) in next.Headers)
            response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }
}
