using Microsoft.Extensions.Logging;

namespace MemoryClients.Extensions.AI.Diagnostics;

/// <summary>Source-generated log messages of chat memory. None carries memory text except the opt-in content messages.</summary>
internal static partial class ChatMemoryLog
{
    [LoggerMessage(EventId = 101, Level = LogLevel.Debug, Message = "Chat memory ({Integration}) recalled {Count} memories from {Provider} in {ElapsedMs:F1} ms.")]
    public static partial void Recalled(ILogger logger, string integration, int count, string provider, double elapsedMs);

    [LoggerMessage(EventId = 102, Level = LogLevel.Warning, Message = "Chat memory ({Integration}) recall on {Provider} failed: {ErrorType} (HTTP status {StatusCode}); {Outcome}.")]
    public static partial void RecallFailed(ILogger logger, Exception? exception, string integration, string provider, string errorType, int? statusCode, string outcome);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "Chat memory ({Integration}) stored {Count} messages on {Provider} in {ElapsedMs:F1} ms (background: {Background}).")]
    public static partial void Stored(ILogger logger, string integration, int count, string provider, double elapsedMs, bool background);

    [LoggerMessage(EventId = 104, Level = LogLevel.Warning, Message = "Chat memory ({Integration}) could not store {Count} messages on {Provider}: {ErrorType} (HTTP status {StatusCode}); the chat goes on.")]
    public static partial void StoreFailed(ILogger logger, Exception? exception, string integration, int count, string provider, string errorType, int? statusCode);

    [LoggerMessage(EventId = 105, Level = LogLevel.Debug, Message = "Chat memory ({Integration}): the scope resolver returned no scope, so this call neither recalls nor stores.")]
    public static partial void NoScope(ILogger logger, string integration);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "Chat memory ({Integration}) recall on {Provider} took longer than its budget of {BudgetMs:F0} ms; {Outcome}.")]
    public static partial void RecallTimedOut(ILogger logger, Exception? exception, string integration, string provider, double budgetMs, string outcome);

    [LoggerMessage(EventId = 107, Level = LogLevel.Debug, Message = "Chat memory ({Integration}) skipped recall on {Provider}: it failed {AgoMs:F0} ms ago ({ErrorCode}), within the cool-down of {CooldownMs:F0} ms; {Outcome}.")]
    public static partial void RecallSkipped(ILogger logger, string integration, string provider, double agoMs, string errorCode, double cooldownMs, string outcome);

    [LoggerMessage(EventId = 110, Level = LogLevel.Trace, Message = "Chat memory recall with query {Query} found: {Memories}")]
    public static partial void RecallContent(ILogger logger, string query, string memories);

    [LoggerMessage(EventId = 111, Level = LogLevel.Trace, Message = "Chat memory store: {Role} said {Content}")]
    public static partial void StoreContent(ILogger logger, MemoryRole role, string content);
}
