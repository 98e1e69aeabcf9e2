namespace MemoryClients.Emulator.Logging;

/// <summary>Every request the emulator received, in order of arrival; safe to read while requests run.</summary>
public sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly List<RequestLogEntry> _entries = [];
    private long _sequence;

    internal RequestLog()
    {
    }

    /// <summary>A snapshot of the entries, oldest first.</summary>
    public IReadOnlyList<RequestLogEntry> Entries
    {
        get
        {
            lock (_gate) return [.. _entries];
        }
    }

    /// <summary>The number of entries.</summary>
    public int Count
    {
        get
        {
            lock (_gate) return _entries.Count;
        }
    }

    /// <summary>The entries whose path starts with <paramref name="pathPrefix"/> (ordinal, case-sensitive), oldest first.</summary>
    /// <param name="pathPrefix">For example <c>/mem0/v3/memories/add/</c>.</param>
    public IReadOnlyList<RequestLogEntry> ForPath(string pathPrefix)
    {
        ArgumentNullException.ThrowIfNull(pathPrefix);
        lock (_gate) return [.. _entries.Where(e => e.Path.StartsWith(pathPrefix, StringComparison.Ordinal))];
    }

    /// <summary>Forgets every entry.</summary>
    public void Clear()
    {
        lock (_gate) _entries.Clear();
    }

    internal RequestLogEntry Add(DateTimeOffset timestamp, string method, string path, string query,
        IReadOnlyDictionary<string, string> headers, string body)
    {
        lock (_gate)
        {
            var entry = new RequestLogEntry(++_sequence, timestamp, method, path, query, headers, body);
            _entries.Add(entry);
            return entry;
        }
    }
}
