namespace MemoryClients.Emulator.Logging;

/// <summary>One request the emulator received, as tests see it in <see cref="RequestLog"/>.</summary>
public sealed class RequestLogEntry
{
    private int _statusCode;

    internal RequestLogEntry(long sequence, DateTimeOffset timestamp, string method, string path, string query,
        IReadOnlyDictionary<string, string> headers, string body, bool bodyTruncated)
    {
        Sequence = sequence;
        Timestamp = timestamp;
        Method = method;
        Path = path;
        Query = query;
        Headers = headers;
        Body = body;
        BodyTruncated = bodyTruncated;
    }

    /// <summary>The order of arrival, starting at 1.</summary>
    public long Sequence { get; }

    /// <summary>When the request arrived (wall clock).</summary>
    public DateTimeOffset Timestamp { get; }

    /// <summary>The HTTP method.</summary>
    public string Method { get; }

    /// <summary>The full request path, for example <c>/mem0/v3/memories/</c>.</summary>
    public string Path { get; }

    /// <summary>The query string without the leading <c>?</c> (empty when there is none).</summary>
    public string Query { get; }

    /// <summary>The request headers (case-insensitive names; repeated values joined with a comma).</summary>
    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The request body as text (empty when there is none), cut at a character boundary when <see cref="BodyTruncated"/>.</summary>
    public string Body { get; }

    /// <summary>True when <see cref="Body"/> holds only the first <see cref="MemoryEmulatorOptions.RequestLogMaxBodyBytes"/> bytes of the body.</summary>
    public bool BodyTruncated { get; }

    /// <summary>The fault applied to the request in header syntax, or null when none was.</summary>
    public string? Fault { get; internal set; }

    /// <summary>The status code sent, or 0 when the connection was aborted before a response started.</summary>
    public int StatusCode
    {
        get => Volatile.Read(ref _statusCode);
        internal set => Volatile.Write(ref _statusCode, value);
    }

    /// <summary>A one-line summary such as <c>POST /mem0/v3/memories/?page=2 -> 200</c>.</summary>
    public override string ToString() =>
        $"{Method} {Path}{(Query.Length > 0 ? "?" + Query : "")} -> {StatusCode}{(Fault is null ? "" : " [fault: " + Fault + "]")}";
}
