using System.Diagnostics;
using System.Net;
using MemoryClients.Diagnostics;
using MemoryClients.Errors;
using Polly;
using Polly.Retry;

namespace MemoryClients.Http;

/// <summary>
/// Retries with exponential backoff and jitter around every request, each try bounded by one deadline: the per-try timeout
/// or what is left of the call's total timeout, whichever comes first. Each try also reads the whole body, so a connection
/// dropped or stalled mid-body is retried like any other failure.
/// </summary>
/// <remarks>
/// The timeouts are this handler's own rather than Polly's: one timer per try instead of two per call (the timer queue's
/// lock was a measurable cost under concurrency), and the synchronous path's timers fire on a dedicated thread, so a
/// starved thread pool cannot delay them. Polly runs the retry loop; this handler decides every wait, so a wait that would
/// outlast the call's deadline is never started.
/// </remarks>
internal sealed class ResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<bool> IdempotentKey = new("MemoryClients.Idempotent");
    private static readonly ResiliencePropertyKey<long> StartKey = new("MemoryClients.Start");
    private static readonly ResiliencePropertyKey<TimeSpan> NextDelayKey = new("MemoryClients.NextDelay");
    private static readonly ResiliencePropertyKey<bool> OutcomeUnknownKey = new("MemoryClients.OutcomeUnknown");
    private static readonly HttpRequestOptionsKey<bool> EarlierTryMayHaveActedKey = new("MemoryClients.EarlierTryMayHaveActed");
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
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
        _pipeline = Build(_options, time, provider);
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, async: true, cancellationToken).AsTask();

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Completed.Result(SendCoreAsync(request, async: false, cancellationToken));

    // One body for both paths: with async false every step below blocks, and Polly runs the pipeline synchronously.
    private async ValueTask<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, bool async, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(IdempotentKey, IdempotentMethods.IsIdempotent(request));
        context.Properties.Set(StartKey, _time.GetTimestamp());
        // A request without a body is re-sent by the socket handler itself (up to three times, inside one try) when its
        // connection closes before any response byte; one with a body never is. An empty body (Content-Length: 0) keeps
        // every send under this pipeline's control, so MaxRetries means what it says.
        request.Content ??= new ByteArrayContent([]);
        HttpResponseMessage response;
        bool earlierTryMayHaveActed;
        try
        {
            var state = (self: this, request);
            response = async
                ? await _pipeline.ExecuteAsync(static (ctx, s) => s.self.TryOnceAsync(s.request, async: true, ctx), context, state).ConfigureAwait(false)
                : _pipeline.Execute(static (ctx, s) => Completed.Result(s.self.TryOnceAsync(s.request, async: false, ctx)), context, state);
            earlierTryMayHaveActed = RecordEarlierTries(request, context);
        }
        catch (Exception error)
        {
            RecordEarlierTries(request, context);
            // Mapped here, not only in Refit's factory, so methods without a result (which Refit does not map) fail the same way.
            if (ErrorMapper.FromTransport(_provider, request, error, cancellationToken) is { } mapped)
                throw mapped;
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
        return DeletedEarlier(request, response, earlierTryMayHaveActed);
    }

    /// <summary>
    /// Whether a try before the last one may have been acted on (its response was lost, late or a server error). The call's
    /// error then says the request may have been processed, whatever the last try answered.
    /// </summary>
    internal static bool EarlierTryMayHaveActed(HttpRequestMessage? request) =>
        request is not null && request.Options.TryGetValue(EarlierTryMayHaveActedKey, out var acted) && acted;

    private static bool RecordEarlierTries(HttpRequestMessage request, ResilienceContext context)
    {
        var acted = context.Properties.GetValue(OutcomeUnknownKey, false);
        if (acted)
            request.Options.Set(EarlierTryMayHaveActedKey, true);
        return acted;
    }

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
    internal static bool MayHaveActed(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } } => false,
        { Exception: not null } => true,
        { Result.StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout } => true,
        _ => false,
    };

    /// <summary>
    /// One try: send, then read the whole body, so a connection dropped or stalled mid-body fails this try. The try's token
    /// is cancelled by the caller or at the try's deadline; the latter surfaces as a <see cref="TimeoutException"/>.
    /// </summary>
    private async ValueTask<HttpResponseMessage> TryOnceAsync(HttpRequestMessage request, bool async, ResilienceContext context)
    {
        var start = Stopwatch.GetTimestamp();
        var callerToken = context.CancellationToken;
        callerToken.ThrowIfCancellationRequested();
        var timeout = TimeLeft(context) is var left && left < _options.AttemptTimeout ? left : _options.AttemptTimeout;
        if (timeout <= TimeSpan.Zero)
            throw CallTimedOut();
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

    private TimeSpan TimeLeft(ResilienceContext context) =>
        _options.TotalTimeout - _time.GetElapsedTime(context.Properties.GetValue(StartKey, _time.GetTimestamp()));

    private TimeoutException CallTimedOut() =>
        new($"The call did not finish within TotalTimeout ({_options.TotalTimeout.TotalSeconds:0.###} s).");

    private ResiliencePipeline<HttpResponseMessage> Build(MemoryResilienceOptions options, TimeProvider time, MemoryProvider provider)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                ShouldHandle = args => ValueTask.FromResult(
                    ShouldRetry(args.Outcome, args.Context.Properties.GetValue(IdempotentKey, false))
                    && PlanWait(args.Outcome, args.AttemptNumber, args.Context)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Context.Properties.GetValue(NextDelayKey, TimeSpan.Zero)),
                OnRetry = args =>
                {
                    if (MayHaveActed(args.Outcome))
                        args.Context.Properties.Set(OutcomeUnknownKey, true);
                    MemoryTelemetry.RecordRetry(provider);
                    return default;
                },
            });
        }
        return builder.Build();
    }

    /// <summary>
    /// Chooses the wait before the next try: the service's <c>Retry-After</c> (capped at
    /// <see cref="MemoryResilienceOptions.MaxRetryAfter"/>), else exponential backoff with jitter. A wait that reaches past the
    /// call's deadline is not started: no retry could succeed in time, so the last answer is returned at once instead of
    /// waiting into a timeout (for a 429, the rate-limit error carrying the wait the service asked for).
    /// </summary>
    private bool PlanWait(Outcome<HttpResponseMessage> outcome, int attempt, ResilienceContext context)
    {
        TimeSpan wait;
        if (outcome.Result is { } response && RetryAfter.Read(response, _time) is { } asked)
        {
            if (asked >= TimeLeft(context))
                return false;
            wait = asked < _options.MaxRetryAfter ? asked : _options.MaxRetryAfter;
        }
        else
        {
            wait = Backoff(attempt);
        }
        if (wait >= TimeLeft(context))
            return false;
        context.Properties.Set(NextDelayKey, wait);
        return true;
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

    /// <summary>
    /// The retry rule: reads and idempotent writes retry on every transient failure; other writes only
    /// when the service provably did nothing (no connection, 429, 503). The caller's cancellation never retries.
    /// </summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, bool idempotent) => outcome switch
    {
        { Exception: TimeoutException } => idempotent,
        { Exception: OperationCanceledException } => false,
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } } => true,
        { Exception: HttpRequestException or IOException } => idempotent,
        { Exception: not null } => false,
        { Result.StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } => true,
        { Result.StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout } => idempotent,
        _ => false,
    };
}
