namespace MemoryClients.Diagnostics;

/// <summary>
/// The names of the SDK's local observability sources. Nothing is sent anywhere: subscribe with OpenTelemetry
/// (<c>AddSource</c>, <c>AddMeter</c>), an <c>ActivityListener</c> or a <c>MeterListener</c>.
/// </summary>
public static class MemoryDiagnostics
{
    /// <summary>
    /// The <see cref="System.Diagnostics.ActivitySource"/> name: one span per call of any client (unified, provider or raw
    /// API), retries included, named after the provider and the raw API method (<c>mem0 SearchMemories</c>).
    /// </summary>
    public const string ActivitySourceName = "MemoryClients";

    /// <summary>The <see cref="System.Diagnostics.Metrics.Meter"/> name.</summary>
    public const string MeterName = "MemoryClients";

    /// <summary>Histogram of HTTP request durations in seconds (one per try), tagged with provider, method and status.</summary>
    public const string RequestDurationInstrument = "memoryclients.request.duration";

    /// <summary>Histogram of call durations in seconds, retries included, tagged with provider, operation, status, HTTP status and error type.</summary>
    public const string OperationDurationInstrument = "memoryclients.operation.duration";

    /// <summary>Counter of retries, tagged with provider.</summary>
    public const string RetryCountInstrument = "memoryclients.retries";

    /// <summary>The span tag holding the provider (<c>mem0</c> or <c>memmachine</c>).</summary>
    public const string ProviderTag = "memory.provider";

    /// <summary>The span tag holding the operation: the raw API method (<c>AddMemories</c>, <c>SearchMemories</c>, <c>ListMemories</c>, ...).</summary>
    public const string OperationTag = "memory.operation";

    /// <summary>The span tag holding the outcome (<c>ok</c> or <c>error</c>).</summary>
    public const string StatusTag = "memory.status";

    /// <summary>The span tag holding how many times the call was retried.</summary>
    public const string RetryCountTag = "memory.retry_count";

    /// <summary>The <see cref="Microsoft.Extensions.Logging.ILogger"/> category of the per-call log lines.</summary>
    public const string LoggerCategory = "MemoryClients";
}
