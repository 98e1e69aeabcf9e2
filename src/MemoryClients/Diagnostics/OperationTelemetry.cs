using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MemoryClients.Diagnostics;

/// <summary>Wraps each unified operation in a span, a duration measurement and a log line.</summary>
internal sealed class OperationTelemetry(MemoryProvider provider, ILogger? logger, bool logContent)
{
    private readonly string _provider = MemoryTelemetry.Name(provider);

    public ILogger Logger { get; } = logger ?? NullLogger.Instance;

    /// <summary>Whether memory text may be logged (the user opted in, and trace logging is on).</summary>
    public bool LogContent => logContent && Logger.IsEnabled(LogLevel.Trace);

    public string ProviderName => _provider;

    public async Task<T> RunAsync<T>(string operation, Func<Task<T>> body)
    {
        var (activity, start) = Start(operation);
        try
        {
            var result = await body().ConfigureAwait(false);
            Stop(operation, activity, start, null);
            return result;
        }
        catch (Exception error)
        {
            Stop(operation, activity, start, error);
            throw;
        }
    }

    public async Task RunAsync(string operation, Func<Task> body) =>
        await RunAsync<bool>(operation, async () =>
        {
            await body().ConfigureAwait(false);
            return true;
        }).ConfigureAwait(false);

    public T Run<T>(string operation, Func<T> body)
    {
        var (activity, start) = Start(operation);
        try
        {
            var result = body();
            Stop(operation, activity, start, null);
            return result;
        }
        catch (Exception error)
        {
            Stop(operation, activity, start, error);
            throw;
        }
    }

    public void Run(string operation, Action body) => Run<bool>(operation, () =>
    {
        body();
        return true;
    });

    private (Activity? Activity, long Start) Start(string operation)
    {
        var activity = MemoryTelemetry.Source.StartActivity("memory." + operation, ActivityKind.Client);
        if (activity is not null)
        {
            activity.SetTag(MemoryDiagnostics.ProviderTag, _provider);
            activity.SetTag(MemoryDiagnostics.OperationTag, operation);
            activity.SetTag(MemoryDiagnostics.RetryCountTag, 0);
        }
        return (activity, Stopwatch.GetTimestamp());
    }

    private void Stop(string operation, Activity? activity, long start, Exception? error)
    {
        var elapsed = Stopwatch.GetElapsedTime(start);
        var retries = activity?.GetTagItem(MemoryDiagnostics.RetryCountTag) is int n ? n : 0;
        var status = error is null ? "ok" : "error";
        var tags = new TagList
        {
            { MemoryDiagnostics.ProviderTag, _provider },
            { MemoryDiagnostics.OperationTag, operation },
            { MemoryDiagnostics.StatusTag, status },
        };
        if (error is not null)
            tags.Add("error.type", error.GetType().Name);
        MemoryTelemetry.OperationDuration.Record(elapsed.TotalSeconds, tags);

        if (activity is not null)
        {
            activity.SetTag(MemoryDiagnostics.StatusTag, status);
            if (error is null)
            {
                activity.SetStatus(ActivityStatusCode.Ok);
            }
            else
            {
                activity.SetTag("error.type", error.GetType().Name);
                if (MemoryTelemetry.StatusOf(error) is { } code)
                    activity.SetTag("http.response.status_code", code);
                // The type only: an exception message may quote the service, and so memory text.
                activity.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
            }
            activity.Dispose();
        }

        if (error is null)
            MemoryClientLog.OperationSucceeded(Logger, operation, _provider, elapsed.TotalMilliseconds, retries);
        else if (error is OperationCanceledException)
            MemoryClientLog.OperationCancelled(Logger, operation, _provider, elapsed.TotalMilliseconds);
        else
            MemoryClientLog.OperationFailed(Logger, operation, _provider, elapsed.TotalMilliseconds, error.GetType().Name, MemoryTelemetry.StatusOf(error));
    }
}
