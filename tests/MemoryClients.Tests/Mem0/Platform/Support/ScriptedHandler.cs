using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace MemoryClients.Tests.Mem0.Platform.Support;

/// <summary>A request the handler received, with its body read as text.</summary>
public sealed record SeenRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string Path => Uri.AbsolutePath;

    public string Query => Uri.Query.TrimStart('?');
}

/// <summary>
/// An in-memory <see cref="HttpMessageHandler"/>: records every request and answers from a queue of scripted responses,
/// or from <see cref="Router"/> when the queue is empty. No sockets.
/// </summary>
public sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<Func<SeenRequest, Task<HttpResponseMessage>>> _queue = new();
    private readonly ConcurrentQueue<SeenRequest> _requests = new();

    /// <summary>Answers requests once the queue is empty.</summary>
    public Func<SeenRequest, Task<HttpResponseMessage>>? Router { get; set; }

    public IReadOnlyList<SeenRequest> Requests => _requests.ToArray();

    public int Count(string path) => Requests.Count(r => r.Path == path);

    public ScriptedHandler Enqueue(HttpStatusCode status, string json)
    {
        _queue.Enqueue(_ => Task.FromResult(Json(status, json)));
        return this;
    }

    public ScriptedHandler Enqueue(string json) => Enqueue(HttpStatusCode.OK, json);

    public static HttpResponseMessage Json(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var seen = new SeenRequest(request.Method, request.RequestUri!, headers, body);
        _requests.Enqueue(seen);
        if (_queue.TryDequeue(out var scripted))
            return await scripted(seen);
        if (Router is { } router)
            return await router(seen);
        return Json((HttpStatusCode)599, """{"error":"The test scripted no response for this request."}""");
    }
}
