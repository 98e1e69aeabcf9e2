using System.Diagnostics;
using MemoryClients.Diagnostics;
using MemoryClients.Errors;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Refit;

namespace MemoryClients.Http;

/// <summary>
/// The one observability point of every client (unified, provider and raw API alike): for each call, retries included,
/// one span, one duration measurement and one log line, tagged with the provider, the operation (the raw API method), the
/// HTTP status and the retry count. No key and no memory text: the request and response bodies are never read here.
/// </summary>
internal sealed class TelemetryHandler(MemoryProvider provider, ILoggerFactory? loggers) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<string> MethodKey = new(HttpRequestMessageOptions.MethodName);
    private readonly string _provider = MemoryTelemetry.Name(provider);
    private readonly ILogger _logger = loggers?.CreateLogger(MemoryDiagnostics.LoggerCategory) ?? NullLogger.Instance;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
        // Nobody listening: no span, no clock, and no await frame of its own around the call.
        Observed ? ObserveAsync(request, cancellationToken) : base.SendAsync(request, cancellationToken);

    private async Task<HttpResponseMessage> ObserveAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var (activity, start) = Start(request);
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            Stop(request, activity, start, response, null);
            return response;
        }
        catch (Exception error)
        {
            Stop(request, activity, start, null, error);
            throw;
        }
    }

    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!Observed)
            return base.Send(request, cancellationToken);
        var (activity, start) = Start(request);
        try
        {
            var response = base.Send(request, cancellationToken);
            Stop(request, activity, start, response, null);
            return response;
        }
        catch (Exception error)
        {
            Stop(request, activity, start, null, error);
            throw;
        }
    }

    /// <summary>
    /// Whether anything would take this call's span, measurement or log line. Decided when the call starts: a listener
    /// that attaches during a call sees the next one. A failure logs at <see cref="LogLevel.Warning"/>, the highest level used.
    /// </summary>
    private bool Observed =>
        MemoryTelemetry.Source.HasListeners() || MemoryTelemetry.OperationDuration.Enabled || _logger.IsEnabled(LogLevel.Warning);

    /// <summary>The raw API method that made the request (<c>SearchMemories</c>), or its HTTP method when none did.</summary>
    private static string Operation(HttpRequestMessage request) =>
        request.Options.TryGetValue(MethodKey, out var method)
            ? method.EndsWith("Async", StringComparison.Ordinal) ? method[..^5] : method
            : request.Method.Method;

    private (Activity? Activity, long Start) Start(HttpRequestMessage request)
    {
        var activity = MemoryTelemetry.Source.HasListeners()
            ? MemoryTelemetry.Source.StartActivity($"{_provider} {Operation(request)}", ActivityKind.Client)
            : null;
        return (activity, Stopwatch.GetTimestamp());
    }

    private void Stop(HttpRequestMessage request, Activity? activity, long start, HttpResponseMessage? response, Exception? error)
    {
        var ok = response is { IsSuccessStatusCode: true };
        var cancelled = error is OperationCanceledException;
        if (activity is null && !MemoryTelemetry.OperationDuration.Enabled && !_logger.IsEnabled(cancelled || ok ? LogLevel.Debug : LogLevel.Warning))
            return;
        var elapsed = Stopwatch.GetElapsedTime(start);
        var operation = Operation(request);
        var retries = CallState.Of(request)?.Retries ?? 0;
        var status = response is not null ? (int)response.StatusCode : error is MemoryApiException { StatusCode: { } code } ? (int)code : (int?)null;
        // The type (and, for the SDK's errors, the code) only: a message may quote the service, and so memory text.
        var errorType = error is MemoryApiException api ? api.ErrorCode : error?.GetType().Name ?? (ok ? null : status?.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var tags = new TagList
        {
            { MemoryDiagnostics.ProviderTag, _provider },
            { MemoryDiagnostics.OperationTag, operation },
            { MemoryDiagnostics.StatusTag, ok ? "ok" : "error" },
        };
        if (status is { } s)
            tags.Add("http.response.status_code", s);
        if (errorType is not null)
            tags.Add("error.type", errorType);
        MemoryTelemetry.OperationDuration.Record(elapsed.TotalSeconds, tags);

        if (activity is not null)
        {
            foreach (var tag in tags)
                activity.SetTag(tag.Key, tag.Value);
            activity.SetTag("http.request.method", request.Method.Method);
            activity.SetTag(MemoryDiagnostics.RetryCountTag, retries);
            activity.SetStatus(ok ? ActivityStatusCode.Ok : ActivityStatusCode.Error, errorType);
            activity.Dispose();
        }

        if (ok)
            MemoryClientLog.CallSucceeded(_logger, operation, _provider, elapsed.TotalMilliseconds, retries);
        else if (cancelled)
            MemoryClientLog.CallCancelled(_logger, operation, _provider, elapsed.TotalMilliseconds, retries);
        else
            MemoryClientLog.CallFailed(_logger, operation, _provider, elapsed.TotalMilliseconds, errorType ?? "", status, retries);
    }
}
