using System.Diagnostics;
using System.Diagnostics.Metrics;
using MemoryClients.Diagnostics;
using MemoryClients.Errors;

namespace MemoryClients.Extensions.AI.Diagnostics;

/// <summary>This package's activity source and instruments, under the SDK's source and meter names.</summary>
internal static class ChatMemoryTelemetry
{
    private static readonly string? Version = typeof(ChatMemoryTelemetry).Assembly.GetName().Version?.ToString();

    public static readonly ActivitySource Source = new(MemoryDiagnostics.ActivitySourceName, Version);

    public static readonly Meter Meter = new(MemoryDiagnostics.MeterName, Version);

    public static readonly Histogram<double> RecallDuration = Meter.CreateHistogram<double>(
        ChatMemoryDiagnostics.RecallDurationInstrument, "s", "Duration of one memory recall before a chat call.");

    public static readonly Histogram<double> StoreDuration = Meter.CreateHistogram<double>(
        ChatMemoryDiagnostics.StoreDurationInstrument, "s", "Duration of storing one chat exchange as memories.");

    public static readonly Counter<long> RecalledMemories = Meter.CreateCounter<long>(
        ChatMemoryDiagnostics.RecalledMemoriesInstrument, "{memory}", "Memories recalled into model requests.");

    public static string ProviderName(MemoryProvider provider) => provider == MemoryProvider.MemMachine ? "memmachine" : "mem0";

    /// <summary>The error's HTTP status, when it came from the service.</summary>
    public static int? StatusOf(Exception error) => error is MemoryApiException { StatusCode: { } status } ? (int)status : null;
}
