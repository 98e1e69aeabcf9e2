using Microsoft.Extensions.Logging;

namespace MemoryClients.Diagnostics;

/// <summary>Source-generated log messages. None carries a key; memory text only through the opt-in content messages.</summary>
internal static partial class MemoryClientLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Memory {Operation} on {Provider} succeeded in {ElapsedMs:F1} ms ({RetryCount} retries).")]
    public static partial void CallSucceeded(ILogger logger, string operation, string provider, double elapsedMs, int retryCount);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Memory {Operation} on {Provider} failed after {ElapsedMs:F1} ms: {ErrorType} (HTTP status {StatusCode}, {RetryCount} retries).")]
    public static partial void CallFailed(ILogger logger, string operation, string provider, double elapsedMs, string errorType, int? statusCode, int retryCount);

    [LoggerMessage(EventId = 3, Level = LogLevel.Debug, Message = "Memory {Operation} on {Provider} was cancelled after {ElapsedMs:F1} ms ({RetryCount} retries).")]
    public static partial void CallCancelled(ILogger logger, string operation, string provider, double elapsedMs, int retryCount);

    [LoggerMessage(EventId = 10, Level = LogLevel.Trace, Message = "Memory search on {Provider}: query {Query}.")]
    public static partial void SearchContent(ILogger logger, string provider, string query);

    [LoggerMessage(EventId = 11, Level = LogLevel.Trace, Message = "Memory add on {Provider}: {Role} said {Content}.")]
    public static partial void AddContent(ILogger logger, string provider, MemoryRole role, string content);
}
