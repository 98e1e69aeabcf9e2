using System.Net;
using System.Text;

namespace MemoryClients.Tests.Support;

/// <summary>A request as the handler saw it, with the body read out and the clock time it arrived.</summary>
public sealed record SeenRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body, string? ContentType, long? ContentLength, DateTimeOffset At);

/// <summary>An in-memory handler: records every request and answers from a script of responses or exceptions, in order.</summary>
public sealed class RecordingHandler(TimeProvider? time = null) : HttpMessageHandler
{
    private readonly Queue<Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly List<SeenRequest> _requests = [];

    public IReadOnlyList<SeenRequest> Requests
    {
        get
        {
            lock (_requests)
                return _requests.ToList();
        }
    }

    public RecordingHandler Respond(HttpStatusCode status, string body = "{}", Action<HttpResponseMessage>? configure = null)
    {
        _script.Enqueue((_, _) =>
        {
            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            configure?.Invoke(response);
            return Task.FromResult(response);
        });
        return this;
    }

    public RecordingHandler Throw(Exception error)
    {
        _script.Enqueue((_, _) => Task.FromException<HttpResponseMessage>(error));
        return this;
    }

    /// <summary>Never answers; completes only when the request is cancelled (by a timeout or the caller).</summary>
    public RecordingHandler Hang()
    {
        _script.Enqueue(async (_, ct) =>
        {
            await Task.Delay(Timeout.Infinite, ct);
            throw new InvalidOperationException("unreachable");
        });
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.NonValidated.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        lock (_requests)
        {
            _requests.Add(new SeenRequest(request.Method, request.RequestUri!, headers, body,
                request.Content?.Headers.ContentType?.ToString(), request.Content?.Headers.ContentLength, (time ?? TimeProvider.System).GetUtcNow()));
        }
        if (_script.Count == 0)
            throw new InvalidOperationException($"No scripted response left for {request.Method} {request.RequestUri}.");
        var response = await _script.Dequeue()(request, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
