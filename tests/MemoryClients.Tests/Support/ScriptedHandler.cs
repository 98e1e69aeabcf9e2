using System.Net;
using System.Text;

namespace MemoryClients.Tests.Support;

/// <summary>A request the <see cref="ScriptedHandler"/> received, with its body read as text (null when it had none).</summary>
public sealed record RecordedHttpRequest(HttpMethod Method, Uri Uri, string? Body, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The path and query, e.g. <c>/v3/memories/?page=2</c>.</summary>
    public string PathAndQuery => Uri.PathAndQuery;
}

/// <summary>
/// An <see cref="HttpMessageHandler"/> for unit tests: records every request and answers with scripted responses in order.
/// A request with no scripted response left fails the test instead of reaching a network.
/// </summary>
public sealed class ScriptedHandler : HttpMessageHandler
{
    private readonly Queue<Func<RecordedHttpRequest, HttpResponseMessage>> _script = new();
    private readonly List<RecordedHttpRequest> _requests = [];
    private readonly Lock _gate = new();

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<RecordedHttpRequest> Requests
    {
        get
        {
            lock (_gate)
                return [.. _requests];
        }
    }

    /// <summary>Runs after a request is recorded and before it is answered (for example to cancel a token mid-enumeration).</summary>
    public Action<RecordedHttpRequest>? OnRequest { get; set; }

    /// <summary>Queues a JSON answer.</summary>
    public ScriptedHandler RespondJson(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        Respond(_ => new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    /// <summary>Queues an answer built from the request.</summary>
    public ScriptedHandler Respond(Func<RecordedHttpRequest, HttpResponseMessage> respond)
    {
        lock (_gate)
            _script.Enqueue(respond);
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var recorded = new RecordedHttpRequest(request.Method, request.RequestUri!, body, headers);
        Func<RecordedHttpRequest, HttpResponseMessage> respond;
        lock (_gate)
        {
            _requests.Add(recorded);
            if (!_script.TryDequeue(out respond!))
                throw new InvalidOperationException($"ScriptedHandler has no response left for {request.Method} {request.RequestUri}.");
        }
        OnRequest?.Invoke(recorded);
        cancellationToken.ThrowIfCancellationRequested();
        var response = respond(recorded);
        response.RequestMessage = request;
        return response;
    }
}
