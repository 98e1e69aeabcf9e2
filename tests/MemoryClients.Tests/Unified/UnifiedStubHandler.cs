using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace MemoryClients.Tests.Unified;

/// <summary>
/// A tiny scripted handler for the unified tests: answers from a queue (or a default body), records every request with
/// its body, and can refuse the asynchronous path to prove a caller is truly synchronous.
/// </summary>
public sealed class UnifiedStubHandler : HttpMessageHandler
{
    private readonly ConcurrentQueue<(HttpStatusCode Status, string Body)> _responses = new();

    public bool ForbidAsync { get; init; }

    public string DefaultBody { get; init; } = "{}";

    public List<(HttpMethod Method, string Path, string? Body, string? Authorization)> Requests { get; } = [];

    public int AsyncCalls { get; private set; }

    public int SyncCalls { get; private set; }

    public UnifiedStubHandler Respond(string body, HttpStatusCode status = HttpStatusCode.OK)
    {
        _responses.Enqueue((status, body));
        return this;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        AsyncCalls++;
        if (ForbidAsync)
            throw new InvalidOperationException("The asynchronous path was used.");
        return Task.FromResult(Answer(request));
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        SyncCalls++;
        return Answer(request);
    }

    private HttpResponseMessage Answer(HttpRequestMessage request)
    {
        string? body = null;
        if (request.Content is not null)
        {
            using var reader = new StreamReader(request.Content.ReadAsStream(), Encoding.UTF8);
            body = reader.ReadToEnd();
        }
        lock (Requests)
            Requests.Add((request.Method, request.RequestUri!.AbsolutePath, body, request.Headers.Authorization?.ToString()));
        var (status, text) = _responses.TryDequeue(out var next) ? next : (HttpStatusCode.OK, DefaultBody);
        return new HttpResponseMessage(status) { Content = new StringContent(text, Encoding.UTF8, "application/json"), RequestMessage = request };
    }
}
