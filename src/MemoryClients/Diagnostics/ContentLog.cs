using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace MemoryClients.Diagnostics;

/// <summary>
/// The unified clients' opt-in log of memory text (queries and added messages, at Trace level), which only the unified
/// layer can write in provider-neutral form. Spans, metrics and the per-call log come from <see cref="Http.TelemetryHandler"/>.
/// </summary>
internal sealed class ContentLog(MemoryProvider provider, ILogger? logger, bool enabled)
{
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private readonly string _provider = MemoryTelemetry.Name(provider);

    /// <summary>Whether memory text may be logged: the user opted in, and trace logging is on.</summary>
    private bool On => enabled && _logger.IsEnabled(LogLevel.Trace);

    public void Search(string query)
    {
        if (On)
            MemoryClientLog.SearchContent(_logger, _provider, query);
    }

    public void Add(IReadOnlyList<MemoryMessage> messages)
    {
        if (!On)
            return;
        foreach (var message in messages)
            MemoryClientLog.AddContent(_logger, _provider, message.Role, message.Content);
    }
}
