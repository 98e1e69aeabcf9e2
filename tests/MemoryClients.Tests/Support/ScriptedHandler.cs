using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace MemoryClients.Tests.Support;

/// <summary>
/// A request as the <see cref="ScriptedHandler"/> saw it: headers (request and content) as raw, unparsed text,
/// the body read out (null when there was none) and the clock time it arrived.
/// </summary>
public sealed record RecordedRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body, long? ContentLength, DateTimeOffset At)
{
    /// <summary>The path relative to the host, e.g. <c>/v3/memories/</c>.</summary>
    public string Path => Uri.AbsolutePath;

    /// <summary>The query without its leading <c>?</c>, e.g. <c>page=2&amp;page_size=10</c>.</summary>
    public string Query => Uri.Query.TrimStart('?');

    /// <summary>The path and query, e.g. <c>/v3/memories/?page=2</c>.</summary>
    public string PathAndQuery => Uri.PathAndQuery;

    /// <summary>The body's content type, e.g. <c>application/json; charset=utf-8</c>.</summary>
    public string? ContentType => Headers.GetValueOrDefault("Content-Type");

    /// <summary>The <c>Authorization</c> header as sent, e.g. <c>Token m0-key</c>.</summary>
    public string? Authorization => Headers.GetValueOrDefault("Authorization");
}

/// <summary>
/// An in-memory <see cref="HttpMessageHandler"/> for unit tests: records every request and answers from a script,
/// in order. Once the script is used up, <see cref="Fallback"/> answers; without one the request fails loudly
/// instead of reaching a network.
/// </summary>
public sealed class ScriptedHandler(TimeProvider? time = null) : HttpMessageHandler
{
    private readonly Queue<Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>> _script = new();
    private readonly List<RecordedRequest> _requests = [];
    private readonly Lock _gate = new();

    /// <summary>Every request received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_gate)
                return [.. _requests];
        }
    }

    /// <summary>
    /// Completes once <paramref name="count"/> requests have been recorded. Tests that move a fake clock wait here first:
    /// a try's deadline timer is set before its request arrives, so moving the clock sooner could pass the deadline first.
    /// </summary>
    public async Task WaitForRequestsAsync(int count)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        while (RequestCount < count)
        {
            if (System.Diagnostics.Stopwatch.GetElapsedTime(start) > TimeSpan.FromSeconds(30))
                throw new TimeoutException($"{count} requests were expected; {RequestCount} arrived within 30 s.");
            await Task.Yield();
        }
    }

    private int RequestCount
    {
        get
        {
            lock (_gate)
                return _requests.Count;
        }
    }

    /// <summary>Runs after a request is recorded and before it is answered (for example to cancel a token mid-enumeration).</summary>
    public Action<RecordedRequest>? OnRequest { get; set; }

    /// <summary>When true, the asynchronous path throws, so a passing test proves the caller sent synchronously.</summary>
    public bool ForbidAsync { get; init; }

    /// <summary>How many requests came through <c>SendAsync</c>.</summary>
    public int AsyncCalls { get; private set; }

    /// <summary>How many requests came through the synchronous <c>Send</c>.</summary>
    public int SyncCalls { get; private set; }

    /// <summary>Answers every request that arrives once the script is used up.</summary>
    public Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>? Fallback { get; set; }

    /// <summary>Builds a response whose body is UTF-8 text of <paramref name="contentType"/>; an empty body sends no content at all.</summary>
    public static HttpResponseMessage Response(HttpStatusCode status, string body = "{}", string contentType = "application/json", IReadOnlyDictionary<string, string>? headers = null)
    {
        var response = new HttpResponseMessage(status);
        if (body.Length > 0)
        {
            var type = MediaTypeHeaderValue.Parse(contentType);
            type.CharSet ??= "utf-8";
            response.Content = new StringContent(body, Encoding.UTF8, type);
        }
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
            response.Headers.TryAddWithoutValidation(name, value);
        return response;
    }

    /// <summary>Queues an answer: JSON unless <paramref name="contentType"/> says otherwise, with optional response headers.</summary>
    public ScriptedHandler Respond(HttpStatusCode status, string body = "{}", string contentType = "application/json", IReadOnlyDictionary<string, string>? headers = null) =>
        Respond((_, _) => Task.FromResult(Response(status, body, contentType, headers)));

    /// <summary>Queues an answer computed from the request (it may wait, and sees the request's cancellation token).</summary>
    public ScriptedHandler Respond(Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>> answer)
    {
        lock (_gate)
            _script.Enqueue(answer);
        return this;
    }

    /// <summary>Queues a failure to send, such as a refused connection.</summary>
    public ScriptedHandler Throw(Exception error) => Respond((_, _) => Task.FromException<HttpResponseMessage>(error));

    /// <summary>Queues an answer that never comes: the request completes only when it is cancelled (by a timeout or the caller).</summary>
    public ScriptedHandler Hang() => Respond(async (_, ct) =>
    {
        await Task.Delay(Timeout.Infinite, ct);
        throw new InvalidOperationException("unreachable");
    });

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        AsyncCalls++;
        if (ForbidAsync)
            throw new InvalidOperationException("The asynchronous path was used.");
        return AnswerAsync(request, cancellationToken);
    }

    // The scripted answers are tasks; on the synchronous path they are completed ones (Hang aside), so this waits on nothing.
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        SyncCalls++;
        return AnswerAsync(request, cancellationToken).GetAwaiter().GetResult();
    }

    private async Task<HttpResponseMessage> AnswerAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var contentLength = request.Content?.Headers.ContentLength;
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, values) in request.Headers.NonValidated)
            headers[name] = values.ToString();
        if (request.Content is not null)
        {
            foreach (var (name, values) in request.Content.Headers.NonValidated)
                headers[name] = values.ToString();
        }
        var recorded = new RecordedRequest(request.Method, request.RequestUri!, headers, body, contentLength, (time ?? TimeProvider.System).GetUtcNow());

        Func<RecordedRequest, CancellationToken, Task<HttpResponseMessage>>? answer;
        lock (_gate)
        {
            _requests.Add(recorded);
            if (!_script.TryDequeue(out answer))
                answer = Fallback;
        }
        if (answer is null)
            throw new InvalidOperationException($"ScriptedHandler has no response left for {request.Method} {request.RequestUri}.");
        OnRequest?.Invoke(recorded);
        cancellationToken.ThrowIfCancellationRequested();
        var response = await answer(recorded, cancellationToken);
        response.RequestMessage = request;
        return response;
    }
}
