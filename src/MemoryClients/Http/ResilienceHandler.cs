using System.Runtime.ExceptionServices;
using MemoryClients.Diagnostics;
using MemoryClients.Errors;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace MemoryClients.Http;

/// <summary>
/// Runs every request through the client's Polly pipeline: the SDK's retry (the idempotency rule of
/// <see cref="MemoryRetryRule"/>, exponential backoff with jitter, <c>Retry-After</c> honoured and judged against the
/// deadline), the strategies the user added with <see cref="MemoryResilienceOptions.ConfigurePipeline"/>, and one deadline
/// per try (<see cref="MemoryResilienceOptions.AttemptTimeout"/> or what is left of
/// <see cref="MemoryResilienceOptions.TotalTimeout"/>, whichever comes first). Each try also reads the whole body, so a
/// connection dropped or stalled mid-body is retried like any other failure.
/// </summary>
/// <remarks>
/// The pipeline is built once per handler. With the SDK's strategies only it is built on a thread-pool thread while the
/// first call prepares its request (Polly's start-up, the validation of its options included, is a large part of a cold
/// start); a call that needs it sooner builds it itself, so no call waits for the pool. Strategies the user added are
/// built at once, so their configuration errors surface when the client is created. The blocking path has a pipeline of
/// its own whose timers fire on a dedicated thread (<see cref="DedicatedThreadTimers"/>), so a starved thread pool cannot
/// delay its timeouts or waits.
/// </remarks>
internal sealed class ResilienceHandler : DelegatingHandler
{
    private readonly MemoryResilienceOptions _options;
    private readonly MemoryProvider _provider;
    private readonly TimeProvider _time;
    private readonly ILoggerFactory? _loggers;
    private readonly Lazy<ResiliencePipeline<HttpResponseMessage>> _pipeline;
    private ResiliencePipeline<HttpResponseMessage>? _blockingPipeline;

    public ResilienceHandler(MemoryResilienceOptions options, TimeProvider time, MemoryProvider provider, ILoggerFactory? loggers = null)
    {
        ArgumentNullException.ThrowIfNull(options, nameof(ServiceClientOptions.Resilience));
        options.Validate();
        _options = options.Clone();
        _time = time;
        _provider = provider;
        _loggers = loggers;
        _pipeline = new(() => BuildPipeline(time), LazyThreadSafetyMode.ExecutionAndPublication);
        if (_options.PipelineConfigurations.Count > 0)
            _ = _pipeline.Value;
        else
            ThreadPool.UnsafeQueueUserWorkItem(static pipeline => BuildQuietly(pipeline), _pipeline, preferLocal: false);
    }

    // A failure stays in the Lazy and is thrown to the first call; it must not end the process from a pool thread.
    private static void BuildQuietly(Lazy<ResiliencePipeline<HttpResponseMessage>> pipeline)
    {
        try
        {
            _ = pipeline.Value;
        }
        catch (Exception)
        {
        }
    }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        SendCoreAsync(request, async: true, cancellationToken).AsTask();

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken) =>
        Completed.Result(SendCoreAsync(request, async: false, cancellationToken));

    // The blocking path's timers must not need the thread pool; a test's fake clock drives both paths.
    private ResiliencePipeline<HttpResponseMessage> BlockingPipeline =>
        _time != TimeProvider.System ? _pipeline.Value : LazyInitializer.EnsureInitialized(ref _blockingPipeline, () => BuildPipeline(DedicatedThreadTimers.Instance));

    // One body for both paths: with async false Polly runs synchronously and every step below blocks.
    private async ValueTask<HttpResponseMessage> SendCoreAsync(HttpRequestMessage request, bool async, CancellationToken cancellationToken)
    {
        var settings = JsonBodyContent.CallOf(request);
        var call = new CallState(request, _time.GetTimestamp(), settings?.MaxRetries ?? _options.MaxRetries, settings?.Timeout ?? _options.TotalTimeout);
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        call.Attach(context);
        Outcome<HttpResponseMessage> outcome;
        try
        {
            outcome = async
                ? await _pipeline.Value.ExecuteOutcomeAsync(static (context, state) => state.handler.TryOnceAsync(context, state.call, async: true), context, (handler: this, call)).ConfigureAwait(false)
                : Blocking(context, call);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
        if (outcome.Exception is null)
            return outcome.Result!;
        throw MapFailure(call, outcome.Exception, cancellationToken);
    }

    private Outcome<HttpResponseMessage> Blocking(ResilienceContext context, CallState call)
    {
        try
        {
            return Outcome.FromResult(BlockingPipeline.Execute(
                static (context, state) => Completed.Result(state.handler.TryOnceAsync(context, state.call, async: false)).ResultOrThrow(),
                context, (handler: this, call)));
        }
        catch (Exception error)
        {
            return Outcome.FromException<HttpResponseMessage>(error);
        }
    }

    /// <summary>The exception a failed call ends with: the caller's cancellation as such, a rejection by a strategy of the user's unchanged, the rest mapped.</summary>
    private Exception MapFailure(CallState call, Exception error, CancellationToken callerToken)
    {
        if (error is OperationCanceledException && callerToken.IsCancellationRequested)
            return error;
        if (error is TimeoutRejectedException rejected)
        {
            error = new TimeoutException(
                $"The try did not finish within {call.TryTimeout.TotalSeconds:0.###} s ({(call.TryTimeout < _options.AttemptTimeout ? "what was left of the call's timeout" : "AttemptTimeout")}).", rejected);
        }
        // Mapped here, not only in Refit's factory, so methods without a result (which Refit does not map) fail the same way.
        if (ErrorMapper.FromTransport(_provider, call.Request, error, callerToken) is { } mapped)
            return mapped;
        ExceptionDispatchInfo.Capture(error).Throw();
        return error;
    }

    /// <summary>
    /// One try: send, then read the whole body, so a connection dropped or stalled mid-body fails this try. The context's
    /// token is cancelled by the caller or at the try's deadline (Polly's timeout strategy turns the latter into a timeout).
    /// </summary>
    private async ValueTask<Outcome<HttpResponseMessage>> TryOnceAsync(ResilienceContext context, CallState call, bool async)
    {
        var request = call.Request;
        var token = context.CancellationToken;
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        HttpResponseMessage? response = null;
        try
        {
            token.ThrowIfCancellationRequested();
            if (call.TryTimeout <= TimeSpan.Zero)
                throw new TimeoutException($"The call did not finish within its timeout ({call.TotalTimeout.TotalSeconds:0.###} s).");
            SendGuard.Arm(request, synchronous: !async);
            response = async ? await base.SendAsync(request, token).ConfigureAwait(false) : base.Send(request, token);
            response.Content = await BufferedContent.ReadAsync(response.Content, _options.MaxResponseBytes, async, token).ConfigureAwait(false);
            MemoryTelemetry.RecordRequest(_provider, request.Method, start, (int)response.StatusCode, null);
            return Outcome.FromResult(response);
        }
        catch (Exception error)
        {
            response?.Dispose();
            MemoryTelemetry.RecordRequest(_provider, request.Method, start, null, error);
            // Whatever the cancelled send or read threw (the disposed connection's I/O error included), it was the token.
            if (token.IsCancellationRequested && error is not OperationCanceledException && error is IOException or HttpRequestException or ObjectDisposedException)
                return Outcome.FromException<HttpResponseMessage>(new OperationCanceledException(error.Message, error, token));
            return Outcome.FromException<HttpResponseMessage>(error);
        }
    }

    /// <summary>The client's pipeline: the SDK's retry, then the user's strategies, then the per-try deadline around each send.</summary>
    private ResiliencePipeline<HttpResponseMessage> BuildPipeline(TimeProvider time)
    {
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage>
        {
            Name = "MemoryClients",
            InstanceName = MemoryTelemetry.Name(_provider),
            TimeProvider = time,
        };
        builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = MemoryResilienceOptions.MaxRetriesLimit,
            ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args)),
            DelayGenerator = static args => ValueTask.FromResult<TimeSpan?>(CallState.Of(args.Context).NextWait),
            OnRetry = args =>
            {
                CallState.Of(args.Context).Retries++;
                MemoryTelemetry.RecordRetry(_provider);
                return default;
            },
        });
        foreach (var configure in _options.PipelineConfigurations)
            configure(builder);
        builder.AddTimeout(new TimeoutStrategyOptions
        {
            TimeoutGenerator = args =>
            {
                var call = CallState.Of(args.Context);
                var left = TimeLeft(call);
                call.TryTimeout = left < _options.AttemptTimeout ? left : _options.AttemptTimeout;
                // Zero or less applies no timeout: the try then fails at once (see TryOnceAsync).
                return ValueTask.FromResult(call.TryTimeout);
            },
        });
        if (_loggers is not null)
            builder.ConfigureTelemetry(_loggers);
        return builder.Build();
    }

    /// <summary>
    /// Whether to try again: the call has retries left, the rule of <see cref="MemoryRetryRule"/> allows it, and the wait
    /// before the next try ends before the call's deadline. The wait is planned here, once, and handed to the delay.
    /// </summary>
    private bool ShouldRetry(RetryPredicateArguments<HttpResponseMessage> args)
    {
        var call = CallState.Of(args.Context);
        var (response, error) = (args.Outcome.Result, args.Outcome.Exception);
        if (args.AttemptNumber >= call.MaxRetries || !MemoryRetryRule.ShouldRetry(call.Request, response, error))
            return false;
        if (PlanWait(response, args.AttemptNumber, call) is not { } wait)
            return false;
        call.NextWait = wait;
        call.EarlierTryMayHaveActed |= MemoryRetryRule.MayHaveActed(response, error);
        return true;
    }

    private TimeSpan TimeLeft(CallState call) => call.TotalTimeout - _time.GetElapsedTime(call.Start);

    /// <summary>
    /// The wait before the next try: the service's <c>Retry-After</c>, lengthened by up to a quarter so that callers refused
    /// together do not return together (capped at <see cref="MemoryResilienceOptions.MaxRetryAfter"/>), else exponential
    /// backoff with jitter. Null when the wait would reach past the call's deadline: no retry could succeed in time, so
    /// the last answer is returned at once instead of waiting into a timeout (for a 429, the rate-limit error carrying
    /// the wait the service asked for).
    /// </summary>
    private TimeSpan? PlanWait(HttpResponseMessage? response, int attempt, CallState call)
    {
        var left = TimeLeft(call);
        // The service's own wait is judged uncapped: a cut-down wait would only retry into the same refusal.
        if (response is not null && RetryAfter.Read(response, _time) is { } asked)
        {
            if (asked >= left)
                return null;
            var spread = asked * (1 + (Random.Shared.NextDouble() / 4));
            return Min(spread, _options.MaxRetryAfter, left);
        }
        var backoff = Backoff(attempt);
        return backoff < left ? backoff : null;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b, TimeSpan c) => a < b ? (a < c ? a : c) : (b < c ? b : c);

    /// <summary>
    /// <see cref="MemoryResilienceOptions.BaseDelay"/> doubled per retry, capped at <see cref="MemoryResilienceOptions.MaxDelay"/>,
    /// then scaled by a random factor in [0.5, 1) so that clients failing together do not retry together.
    /// </summary>
    internal TimeSpan Backoff(int attempt)
    {
        var exponential = _options.BaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(exponential, _options.MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + (Random.Shared.NextDouble() / 2)));
    }
}

/// <summary>Reads a Polly outcome the way a caller reads a result.</summary>
internal static class OutcomeExtensions
{
    public static T ResultOrThrow<T>(this Outcome<T> outcome)
    {
        outcome.ThrowIfException();
        return outcome.Result!;
    }
}
