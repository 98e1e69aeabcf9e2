using System.Diagnostics;
using System.Net;
using MemoryClients.Diagnostics;
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
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;
    private readonly MemoryProvider _provider;

    public ResilienceHandler(MemoryResilienceOptions options, TimeProvider time, MemoryProvider provider)
    {
        options.Validate();
        _provider = provider;
        _pipeline = Build(options.Clone(), time, provider);
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = Rent(request, cancellationToken);
        try
        {
            return await _pipeline.ExecuteAsync(
                static async (ctx, state) =>
                {
                    var start = Stopwatch.GetTimestamp();
                    try
                    {
                        var response = await state.self.SendNextAsync(state.request, ctx.CancellationToken).ConfigureAwait(false);
                        await BufferAsync(response, ctx.CancellationToken).ConfigureAwait(false);
                        MemoryTelemetry.RecordRequest(state.self._provider, state.request.Method, start, (int)response.StatusCode, null);
                        return response;
                    }
                    catch (Exception error)
                    {
                        MemoryTelemetry.RecordRequest(state.self._provider, state.request.Method, start, null, error);
                        throw;
                    }
                },
                context, (self: this, request)).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = Rent(request, cancellationToken);
        try
        {
            return _pipeline.Execute(
                static (ctx, state) =>
                {
                    var start = Stopwatch.GetTimestamp();
                    try
                    {
                        var response = state.self.SendNext(state.request, ctx.CancellationToken);
                        Buffer(response, ctx.CancellationToken);
                        MemoryTelemetry.RecordRequest(state.self._provider, state.request.Method, start, (int)response.StatusCode, null);
                        return response;
                    }
                    catch (Exception error)
                    {
                        MemoryTelemetry.RecordRequest(state.self._provider, state.request.Method, start, null, error);
                        throw;
                    }
                },
                context, (self: this, request));
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private Task<HttpResponseMessage> SendNextAsync(HttpRequestMessage request, CancellationToken cancellationToken) => base.SendAsync(request, cancellationToken);

    private HttpResponseMessage SendNext(HttpRequestMessage request, CancellationToken cancellationToken) => base.Send(request, cancellationToken);

    private static ResilienceContext Rent(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(IdempotentKey, !request.Options.TryGetValue(RequestOptionKeys.Idempotent, out var idempotent) || idempotent);
        return context;
    }

    private static async Task BufferAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static void Buffer(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            // No synchronous LoadIntoBuffer exists: read the stream here and swap in a buffered copy.
            using var stream = response.Content.ReadAsStream(cancellationToken);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var buffered = new ByteArrayContent(copy.ToArray());
            foreach (var (name, values) in response.Content.Headers)
                buffered.Headers.TryAddWithoutValidation(name, values);
            response.Content.Dispose();
            response.Content = buffered;
        }
        catch
        {
            response.Dispose();
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
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, args.Context.Properties.GetValue(IdempotentKey, false))),
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Result is { } response && RetryAfter.Read(response, time) is { } wait
                        ? wait < options.MaxRetryAfter ? wait : options.MaxRetryAfter
                        : (TimeSpan?)null),
                OnRetry = _ =>
                {
                    MemoryTelemetry.RecordRetry(provider);
                    return default;
                },
            });
        }
        return builder.AddTimeout(options.AttemptTimeout).Build();
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
