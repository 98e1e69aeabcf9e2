using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace MemoryClients.Diagnostics;

/// <summary>The process-wide activity source, meter and instruments (local .NET APIs; nothing leaves the process).</summary>
internal static class MemoryTelemetry
{
    public static readonly ActivitySource Source = new(MemoryDiagnostics.ActivitySourceName, Http.SdkInfo.Version);

    public static readonly Meter Meter = new(MemoryDiagnostics.MeterName, Http.SdkInfo.Version);

    // Bucket boundaries in seconds, as OpenTelemetry advises for HTTP client durations: without them every call of a
    // memory service (tens of milliseconds to seconds) would land in one (0, 5] bucket of the default boundaries.
    private static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60];

    public static readonly Histogram<double> RequestDuration = Duration(
        MemoryDiagnostics.RequestDurationInstrument, "Duration of one HTTP request (one try) to a memory service.");

    public static readonly Histogram<double> OperationDuration = Duration(
        MemoryDiagnostics.OperationDurationInstrument, "Duration of one call to a memory service, retries included.");

    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        MemoryDiagnostics.RetryCountInstrument, "{retry}", "Requests retried after a transient failure.");

    /// <summary>The boundaries a histogram advises (its listener may still choose its own); .NET 8 has no advice API.</summary>
    internal static IReadOnlyList<double> AdvisedBuckets => DurationBuckets;

    private static Histogram<double> Duration(string name, string description) =>
#if NET9_0_OR_GREATER
        Meter.CreateHistogram(name, "s", description, tags: null, new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
#else
        Meter.CreateHistogram<double>(name, "s", description);
#endif

    public static string Name(MemoryProvider provider) => provider == MemoryProvider.MemMachine ? "memmachine" : "mem0";

    /// <summary>Counts a retry (the call's span and log line carry the call's own count).</summary>
    public static void RecordRetry(MemoryProvider provider) =>
        Retries.Add(1, new KeyValuePair<string, object?>(MemoryDiagnostics.ProviderTag, Name(provider)));

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

}
