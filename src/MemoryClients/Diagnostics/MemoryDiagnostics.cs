namespace MemoryClients.Diagnostics;

/// <summary>
/// The names of the SDK's local observability sources. Nothing is sent anywhere: subscribe with OpenTelemetry
/// (<c>AddSource</c>, <c>AddMeter</c>), an <c>ActivityListener</c> or a <c>MeterListener</c>.
/// </summary>
public static class MemoryDiagnostics
{
    /// <summary>The <see cref="System.Diagnostics.ActivitySource"/> name: one span per unified operation.</summary>
    public const string ActivitySourceName = "MemoryClients";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name.</summary>
    public const string MeterName = "MemoryClients";

    /// <summary>Histogram of HTTP request durations in seconds (one per try), tagged with provider, method and status.</summary>
    public const string RequestDurationInstrument = "memoryclients.request.duration";

    /// <summary>Histogram of unified operation durations in seconds, retries included, tagged with provider, operation and status.</summary>
    public const string OperationDurationInstrument = "memoryclients.operation.duration";

    /// <summary>Counter of retries, tagged with provider.</summary>
    public const string RetryCountInstrument = "memoryclients.retries";

    /// <summary>The span tag holding the provider (<c>mem0</c> or <c>memmachine</c>).</summary>
    public const string ProviderTag = "memory.provider";

    /// <summary>The span tag holding the operation (<c>add</c>, <c>search</c>, <c>list</c>, ...).</summary>
    public const string OperationTag = "memory.operation";

    /// <summary>The span tag holding the outcome (<c>ok</c> or <c>error</c>).</summary>
    public const string StatusTag = "memory.status";

    /// <summary>The span tag holding how many times the operation's requests were retried.</summary>
    public const string RetryCountTag = "memory.retry_count";
}
