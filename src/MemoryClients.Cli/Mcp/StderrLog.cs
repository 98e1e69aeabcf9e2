using Microsoft.Extensions.Logging;

namespace MemoryClients.Cli.Mcp;

/// <summary>
/// The MCP server's log on standard error (standard output carries the protocol): one line per event, made safe for a
/// terminal and cut to a readable length, with an exception's stack trace only when <c>--verbose</c> asks for it.
/// </summary>
internal sealed class StderrLog(TextWriter error, bool verbose) : ILoggerProvider, ILogger
{
    private const int MaxLine = 400;

    /// <summary>Writes a warning line.</summary>
    public void Warn(string message, Exception? exception) => Write(LogLevel.Warning, message, exception);

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel)) Write(logLevel, formatter(state, exception), exception);
    }

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string message, Exception? exception)
    {
        var line = $"memory mcp: {(level == LogLevel.Warning ? "warning" : level.ToString().ToLowerInvariant())}: {message}";
        if (exception is not null && !verbose) line += $" ({exception.GetType().Name})";
        line = TerminalText.Safe(line.ReplaceLineEndings(" "));
        error.WriteLine(line.Length <= MaxLine ? line : line[..MaxLine] + "…");
        if (exception is not null && verbose) error.WriteLine(exception.ToString());
    }
}
