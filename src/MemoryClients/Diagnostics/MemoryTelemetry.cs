using System.Diagnostics;
using System.Diagnostics.Metrics;
using MemoryClients.Errors;

namespace MemoryClients.Diagnostics;

/// <summary>The process-wide activity source, meter and instruments (local .NET APIs; nothing leaves the process).</summary>
internal static class MemoryTelemetry
{
    public static readonly ActivitySource Source = new(MemoryDiagnostics.ActivitySourceName, Http.SdkInfo.Version);

    public static readonly Meter Meter = new(MemoryDiagnostics.MeterName, Http.SdkInfo.Version);

    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        MemoryDiagnostics.RequestDurationInstrument, "s", "Duration of one HTTP request (one try) to a memory service.");

    public static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        MemoryDiagnostics.OperationDurationInstrument, "s", "Duration of one unified memory operation, retries included.");

    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        MemoryDiagnostics.RetryCountInstrument, "{retry}", "Requests retried after a transient failure.");

    public static string Name(MemoryProvider provider) => provider == MemoryProvider.MemMachine ? "memmachine" : "mem0";

    /// <summary>Counts a retry and adds it to the enclosing operation span, if any.</summary>
    public static void RecordRetry(MemoryProvider provider)
    {
        Retries.Add(1, new KeyValuePair<string, object?>(MemoryDiagnostics.ProviderTag, Name(provider)));
        for (var activity = Activity.Current; activity is not null; activity = activity.Parent)
        {
            if (activity.Source == Source)
            {
                var count = activity.GetTagItem(MemoryDiagnostics.RetryCountTag) is int n ? n : 0;
                activity.SetTag(MemoryDiagnostics.RetryCountTag, count + 1);
                return;
            }
        }
    }

    /// <summary>Records one HTTP try's duration.</summary>
    public static void RecordRequest(MemoryProvider provider, HttpMethod method, long startTimestamp, int? statusCode, Exception? error)
    {
        if (!RequestDuration.Enabled)
            return;
        var tags = new TagList
        {
            { MemoryDiagnostics.ProviderTag, Name(provider) },
            { "http.request.method", method.Method },
        };
        if (statusCode is { } status)
            tags.Add("http.response.status_code", status);
        if (error is not null)
            tags.Add("error.type", error.GetType().Name);
        RequestDuration.Record(Stopwatch.GetElapsedTime(startTimestamp).TotalSeconds, tags);
    }

    /// <summary>The error's HTTP status, when it came from the service.</summary>
    public static int? StatusOf(Exception error) => error is MemoryApiException { StatusCode: { } status } ? (int)status : null;
}
