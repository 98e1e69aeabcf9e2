using Microsoft.Extensions.Logging;

namespace MemoryClients.Extensions.AI.Tests.Support;

/// <summary>A logger factory that keeps every formatted line (with its level and exception) for assertions.</summary>
public sealed class CollectingLogger : ILoggerFactory, ILogger
{
    private readonly Lock _gate = new();
    private readonly List<(LogLevel Level, string Message, Exception? Exception)> _lines = [];

    public CollectingLogger(LogLevel minimum = LogLevel.Trace) => Minimum = minimum;

    public LogLevel Minimum { get; }

    public IReadOnlyList<(LogLevel Level, string Message, Exception? Exception)> Lines
    {
        get
        {
            lock (_gate) return [.. _lines];
        }
    }

    /// <summary>Every line and exception text, for "never mentions" checks.</summary>
    public string All => string.Join("\n", Lines.Select(l => l.Message + " " + l.Exception));

    public ILogger CreateLogger(string categoryName) => this;

    public void AddProvider(ILoggerProvider provider) { }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= Minimum;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel)) return;
        lock (_gate) _lines.Add((logLevel, formatter(state, exception), exception));
    }

    public void Dispose() { }
}
