using System.Diagnostics;
using System.Net;
using MemoryClients.Diagnostics;
using MemoryClients.Errors;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace MemoryClients.Http;

/// <summary>
/// Total timeout, then retries with exponential backoff and jitter, then a per-try timeout, around every request.
/// Each try also reads the whole body, so a connection dropped mid-body is retried like any other failure.
/// </summary>
internal sealed class ResilienceHandler : DelegatingHandler
{
    private static readonly ResiliencePropertyKey<bool> IdempotentKey = new("MemoryClients.Idempotent");
    private static readonly ResiliencePropertyKey<long> StartKey = new("MemoryClients.Start");
    private static readonly ResiliencePropertyKey<bool> OutcomeUnknownKey = new("MemoryClients.OutcomeUnknown");
    private static readonly HttpRequestOptionsKey<bool> EarlierTryMayHaveActedKey = new("MemoryClients.EarlierTryMayHaveActed");
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly MemoryProvider _provider;
    private readonly long _maxResponseBytes;

    private readonly TimeProvider _time;

    public ResilienceHandler(MemoryResilienceOptions options, TimeProvider time, MemoryProvider provider)
    {
        ArgumentNullException.ThrowIfNull(options, nameof(ServiceClientOptions.Resilience));
        options.Validate();
        _time = time;
        _provider = provider;
        _maxResponseBytes = options.MaxResponseBytes;
        _pipeline = Build(options.Clone(), time, provider);
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
                ? await _pipeline.ExecuteAsync(static (ctx, s) => s.self.TryOnceAsync(s.request, async: true, ctx.CancellationToken), context, state).ConfigureAwait(false)
                : _pipeline.Execute(static (ctx, s) => Completed.Result(s.self.TryOnceAsync(s.request, async: false, ctx.CancellationToken)), context, state);
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

    /// <summary>One try: send, then read the whole body, so a connection dropped or stalled mid-body fails this try.</summary>
    private async ValueTask<HttpResponseMessage> TryOnceAsync(HttpRequestMessage request, bool async, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        HttpResponseMessage? response = null;
        try
        {
            response = async
                ? await base.SendAsync(request, cancellationToken).ConfigureAwait(false)
                : base.Send(request, cancellationToken);
            response.Content = await BufferedContent.ReadAsync(response.Content, _maxResponseBytes, async, cancellationToken).ConfigureAwait(false);
            MemoryTelemetry.RecordRequest(_provider, request.Method, start, (int)response.StatusCode, null);
            return response;
        }
        catch (Exception error)
        {
            response?.Dispose();
            MemoryTelemetry.RecordRequest(_provider, request.Method, start, null, error);
            throw;
        }
    }

    private static ResiliencePipeline<HttpResponseMessage> Build(MemoryResilienceOptions options, TimeProvider time, MemoryProvider provider)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddTimeout(options.TotalTimeout);
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldHandle = args => ValueTask.FromResult(
                    ShouldRetry(args.Outcome, args.Context.Properties.GetValue(IdempotentKey, false))
                    && WaitFits(args.Outcome, args.Context, options, time)),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response && RetryAfter.Read(response, time) is { } wait
                        ? wait < options.MaxRetryAfter ? wait : options.MaxRetryAfter
                        : (TimeSpan?)null),
                OnRetry = args =>
                {
                    if (MayHaveActed(args.Outcome))
                        args.Context.Properties.Set(OutcomeUnknownKey, true);
                    MemoryTelemetry.RecordRetry(provider);
                    return default;
                },
            });
        }
        return builder.AddTimeout(options.AttemptTimeout).Build();
    }

    /// <summary>
    /// A <c>Retry-After</c> that reaches past the call's deadline cannot be honoured: no retry could succeed in time, so the
    /// service's answer is returned at once instead of waiting into a timeout. (A shorter one is waited for, up to
    /// <see cref="MemoryResilienceOptions.MaxRetryAfter"/>.)
    /// </summary>
    private static bool WaitFits(Outcome<HttpResponseMessage> outcome, ResilienceContext context, MemoryResilienceOptions options, TimeProvider time)
    {
        if (outcome.Result is not { } response || RetryAfter.Read(response, time) is not { } wait)
            return true;
        var left = options.TotalTimeout - time.GetElapsedTime(context.Properties.GetValue(StartKey, time.GetTimestamp()));
        return wait < left;
    }

    /// <summary>
    /// The retry rule: reads and idempotent writes retry on every transient failure; other writes only
    /// when the service provably did nothing (no connection, 429, 503). The caller's cancellation never retries.
    /// </summary>
    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, bool idempotent) => outcome switch
    {
        { Exception: TimeoutRejectedException } => idempotent,
        { Exception: OperationCanceledException } => false,
        { Exception: HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } } => true,
        { Exception: HttpRequestException or IOException } => idempotent,
        { Exception: not null } => false,
        { Result.StatusCode: HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable } => true,
        { Result.StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout } => idempotent,
        _ => false,
    };
}
