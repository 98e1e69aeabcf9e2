namespace MemoryClients.Emulator.Logging;

/// <summary>
/// The latest requests the emulator received, in order of arrival; safe to read while requests run. It keeps at most
/// <see cref="MemoryEmulatorOptions.RequestLogMaxEntries"/> entries (the oldest go first) and at most
/// <see cref="MemoryEmulatorOptions.RequestLogMaxBodyBytes"/> of each body.
/// </summary>
public sealed class RequestLog
{
    private readonly Lock _gate = new();
    private readonly Queue<RequestLogEntry> _entries = [];
    private readonly TextWriter? _echo;
    private readonly int _maxEntries;
    private long _sequence;

    /// <summary>Creates an empty log; with <paramref name="echo"/>, each finished request is also written there as one line.</summary>
    internal RequestLog(int maxEntries, int maxBodyBytes, TextWriter? echo = null)
    {
        _maxEntries = maxEntries;
        MaxBodyBytes = maxBodyBytes;
        _echo = echo is null ? null : TextWriter.Synchronized(echo);
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

    /// <summary>The sequence number of the oldest entry kept (0 when there is none), the last one given out, and how many entries there are.</summary>
    internal (long Oldest, long Last, int Count) Span()
    {
        lock (_gate) return (_entries.Count == 0 ? 0 : _entries.Peek().Sequence, _sequence, _entries.Count);
    }

    /// <summary>How many bytes of a request body an entry keeps.</summary>
    internal int MaxBodyBytes { get; }

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

    /// <summary>Writes the entry's one-line summary to the echo writer, when there is one.</summary>
    internal void Echo(RequestLogEntry entry) => _echo?.WriteLine(entry.ToString());

    internal RequestLogEntry Add(DateTimeOffset timestamp, string method, string path, string query,
        IReadOnlyDictionary<string, string> headers, string body, bool bodyTruncated)
    {
        lock (_gate)
        {
            var entry = new RequestLogEntry(++_sequence, timestamp, method, path, query, headers, body, bodyTruncated);
            _entries.Enqueue(entry);
            while (_entries.Count > _maxEntries) _entries.Dequeue();
            return entry;
        }
    }
}
