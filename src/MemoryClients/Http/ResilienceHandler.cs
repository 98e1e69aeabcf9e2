using System.Diagnostics;
using System.Net;
using MemoryClients.Diagnostics;
using MemoryClients.Errors;

namespace MemoryClients.Http;

/// <summary>
/// Retries with exponential backoff and jitter around every request, each try bounded by one deadline: the per-try timeout
/// or what is left of the call's total timeout, whichever comes first. Each try also reads the whole body, so a connection
/// dropped or stalled mid-body is retried like any other failure.
/// </summary>
/// <remarks>
/// A loop of its own rather than a Polly pipeline: every decision (whether to retry, how long to wait, each try's deadline)
/// is this handler's, and Polly's share of a call was measurable: about 290 JIT-compiled methods and 40 ms at start-up (its
/// options are validated through System.ComponentModel.DataAnnotations), two timers per call where one suffices, and its
/// per-call state. The synchronous path's timers fire on a dedicated thread, so a starved thread pool cannot delay them.
/// </remarks>
internal sealed class ResilienceHandler : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<bool> EarlierTryMayHaveActedKey = new("MemoryClients.EarlierTryMayHaveActed");
    private readonly MemoryResilienceOptions _options;
    private readonly MemoryProvider _provider;
    private readonly TimeProvider _time;
    private readonly TimeProvider _blockingTimers;

    public ResilienceHandler(MemoryResilienceOptions options, TimeProvider time, MemoryProvider provider)
    {
        ArgumentNullException.ThrowIfNull(options, nameof(ServiceClientOptions.Resilience));
        options.Validate();
        _options = options.Clone();
        _time = time;
        // A test's fake clock drives both paths; the system clock's timers would need the thread pool on the blocking one.
        _blockingTimers = time == TimeProvider.System ? DedicatedThreadTimers.Instance : time;
        _provider = provider;
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, async: true, cancellationToken).AsTask();

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Completed.Result(SendCoreAsync(request, async: false, cancellationToken));

    // One body for both paths: with async false every step below blocks, so the task is complete when it returns.
    private async ValueTask<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, bool async, CancellationToken cancellationToken)
    {
        var idempotent = IdempotentMethods.IsIdempotent(request);
        var start = _time.GetTimestamp();
        // A request without a body is re-sent by the socket handler itself (up to three times, inside one try) when its
        // connection closes before any response byte; one with a body never is. An empty body (Content-Length: 0) keeps
        // every send under this handler's control, so MaxRetries means what it says.
        request.Content ??= new ByteArrayContent([]);
        var earlierTryMayHaveActed = false;
        for (var attempt = 0; ; attempt++)
        {
            HttpResponseMessage? response = null;
            Exception? error = null;
            try
            {
                response = await TryOnceAsync(request, async, start, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                error = e;
            }
            if (attempt < _options.MaxRetries && ShouldRetry(response, error, idempotent) && PlanWait(response, attempt, start) is { } wait)
            {
                earlierTryMayHaveActed |= MayHaveActed(response, error);
                response?.Dispose();
                MemoryTelemetry.RecordRetry(_provider);
                await WaitAsync(wait, async, cancellationToken).ConfigureAwait(false);
                continue;
            }
            if (earlierTryMayHaveActed)
                request.Options.Set(EarlierTryMayHaveActedKey, true);
            if (error is null)
                return DeletedEarlier(request, response!, earlierTryMayHaveActed);
            // Mapped here, not only in Refit's factory, so methods without a result (which Refit does not map) fail the same way.
            if (ErrorMapper.FromTransport(_provider, request, error, cancellationToken) is { } mapped)
                throw mapped;
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(error);
        }
    }

    /// <summary>
    /// Whether a try before the last one may have been acted on (its response was lost, late or a server error). The call's
    /// error then says the request may have been processed, whatever the last try answered.
    /// </summary>
    internal static bool EarlierTryMayHaveActed(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(EarlierTryMayHaveActedKey, out var acted) && acted;

    /// <summary>
    /// A delete retried after a try whose outcome is unknown (lost response, timeout, 5xx) that now finds nothing was done by
    /// that earlier try: it is reported as done (200 with an empty JSON object) instead of <c>404</c>.
    /// </summary>
    private static HttpResponseMessage DeletedEarlier(HttpRequestMessage request, HttpResponseMessage response, bool outcomeUnknown)
    {
        if (!outcomeUnknown || response.StatusCode != HttpStatusCode.NotFound || !IdempotentMethods.IsDelete(request))
            return response;
        response.Dispose();
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            RequestMessage = request,
            Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json"),
        };
    }

    /// <summary>Whether the service may have acted on a try that ended this way (the response was lost, late or a server error).</summary>
    internal static bool MayHaveActed(HttpResponseMessage? response, Exception? error) => (response, error) switch
    {
        (_, HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }) => false,
        (_, not null) => true,
        ({ StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout }, _) => true,
        _ => false,
    };

    /// <summary>
    /// One try: send, then read the whole body, so a connection dropped or stalled mid-body fails this try. The try's token
    /// is cancelled by the caller or at the try's deadline; the latter surfaces as a <see cref="TimeoutException"/>.
    /// </summary>
    private async ValueTask<HttpResponseMessage> TryOnceAsync(HttpRequestMessage request, bool async, long callStart, CancellationToken callerToken)
    {
        var start = Stopwatch.GetTimestamp();
        callerToken.ThrowIfCancellationRequested();
        var left = TimeLeft(callStart);
        var timeout = left < _options.AttemptTimeout ? left : _options.AttemptTimeout;
        if (timeout <= TimeSpan.Zero)
            throw new TimeoutException($"The call did not finish within TotalTimeout ({_options.TotalTimeout.TotalSeconds:0.###} s).");
        using var deadline = new CancellationTokenSource(timeout, async ? _time : _blockingTimers);
        using var link = callerToken.CanBeCanceled
            ? callerToken.UnsafeRegister(static s => ((CancellationTokenSource)s!).Cancel(), deadline)
            : default;
        HttpResponseMessage? response = null;
        try
        {
            response = async
                ? await base.SendAsync(request, deadline.Token).ConfigureAwait(false)
                : base.Send(request, deadline.Token);
            response.Content = await BufferedContent.ReadAsync(response.Content, _options.MaxResponseBytes, async, deadline.Token).ConfigureAwait(false);
            MemoryTelemetry.RecordRequest(_provider, request.Method, start, (int)response.StatusCode, null);
            return response;
        }
        catch (Exception error)
        {
            response?.Dispose();
            MemoryTelemetry.RecordRequest(_provider, request.Method, start, null, error);
            // Whatever the cancelled send or read threw (cancellation, or the disposed connection's I/O error), it was the token.
            if (deadline.IsCancellationRequested && error is OperationCanceledException or IOException or HttpRequestException or ObjectDisposedException)
            {
                if (callerToken.IsCancellationRequested)
                    throw new OperationCanceledException(error.Message, error, callerToken);
                throw new TimeoutException(
                    $"The try did not finish within {timeout.TotalSeconds:0.###} s ({(timeout < _options.AttemptTimeout ? "what was left of TotalTimeout" : "AttemptTimeout")}).", error);
            }
            throw;
        }
    }

    private TimeSpan TimeLeft(long callStart) => _options.TotalTimeout - _time.GetElapsedTime(callStart);

    /// <summary>
    /// The wait before the next try: the service's <c>Retry-After</c> (capped at <see cref="MemoryResilienceOptions.MaxRetryAfter"/>),
    /// else exponential backoff with jitter. Null when the wait would reach past the call's deadline: no retry could succeed
    /// in time, so the last answer is returned at once instead of waiting into a timeout (for a 429, the rate-limit error
    /// carrying the wait the service asked for).
    /// </summary>
    private TimeSpan? PlanWait(HttpResponseMessage? response, int attempt, long callStart)
    {
        var left = TimeLeft(callStart);
        // The service's own wait is judged uncapped: a cut-down wait would only retry into the same refusal.
        if (response is not null && RetryAfter.Read(response, _time) is { } asked)
            return asked < left ? (asked < _options.MaxRetryAfter ? asked : _options.MaxRetryAfter) : null;
        var backoff = Backoff(attempt);
        return backoff < left ? backoff : null;
    }

    /// <summary>
    /// <see cref="MemoryResilienceOptions.BaseDelay"/> doubled per retry, capped at <see cref="MemoryResilienceOptions.MaxDelay"/>,
    /// then scaled by a random factor in [0.5, 1) so that clients failing together do not retry together.
    /// </summary>
    internal TimeSpan Backoff(int attempt)
    {
        var exponential = _options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(exponential, _options.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + Random.Shared.NextDouble() / 2));
    }

    /// <summary>Waits between tries; the synchronous path blocks the calling thread (no thread-pool timer involved).</summary>
    private Task WaitAsync(TimeSpan wait, bool async, CancellationToken cancellationToken)
    {
        if (async)
            return Task.Delay(wait, _time, cancellationToken);
        if (_time != TimeProvider.System)
        {
            // A test's fake clock: another thread advances it.
            Task.Delay(wait, _time, cancellationToken).GetAwaiter().GetResult();
            return Task.CompletedTask;
        }
        if (cancellationToken.WaitHandle.WaitOne(wait))
            cancellationToken.ThrowIfCancellationRequested();
        return Task.CompletedTask;
    }

    /// <summary>
    /// The retry rule: reads and idempotent writes retry on every transient failure; other writes only
    /// when the service provably did nothing (no connection, 429, 503). The caller's cancellation never retries.
    /// </summary>
    internal static bool ShouldRetry(HttpResponseMessage? response, Exception? error, bool idempotent) => (response, error) switch
    {
        (_, TimeoutException) => idempotent,
        (_, OperationCanceledException) => false,
        (_, HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }) => true,
        (_, HttpRequestException or IOException) => idempotent,
        (_, not null) => false,
        ({ StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable }, _) => true,
        ({ StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout }, _) => idempotent,
        _ => false,
    };
}
