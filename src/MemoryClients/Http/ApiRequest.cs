using System.Globalization;
using System.Text;
using System.Text.Json.Serialization.Metadata;

namespace MemoryClients.Http;

/// <summary>One HTTP call to make: method, relative path, query, a pre-serialised body and whether a retry is safe.</summary>
/// <remarks>Paths are relative (no leading slash) so that a base address with a path prefix keeps its prefix.</remarks>
internal sealed class ApiRequest
{
    private readonly List<KeyValuePair<string, string>> _query = [];
    private List<KeyValuePair<string, string>>? _headers;

    /// <summary>Creates a request; GET, PUT, PATCH and DELETE count as idempotent, POST does not until <see cref="AsIdempotent"/>.</summary>
    public ApiRequest(HttpMethod method, string path)
    {
        Method = method;
        Path = path;
        Idempotent = method != HttpMethod.Post;
    }

    public HttpMethod Method { get; }

    public string Path { get; }

    public byte[]? Body { get; private set; }

    public bool Idempotent { get; private set; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers => _headers ?? [];

    /// <summary>Adds a query parameter; a null value is skipped.</summary>
    public ApiRequest Query(string name, string? value)
    {
        if (value is not null)
            _query.Add(new(name, value));
        return this;
    }

    /// <summary>Adds an integer query parameter; null is skipped.</summary>
    public ApiRequest Query(string name, int? value) => Query(name, value?.ToString(CultureInfo.InvariantCulture));

    /// <summary>Adds a boolean query parameter as <c>true</c>/<c>false</c>; null is skipped.</summary>
    public ApiRequest Query(string name, bool? value) => Query(name, value is null ? null : value.Value ? "true" : "false");

    /// <summary>Serialises <paramref name="body"/> to UTF-8 JSON now, so the bytes can be re-sent on retry and carry a Content-Length.</summary>
    public ApiRequest Json<T>(T body, JsonTypeInfo<T> typeInfo)
    {
        Body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(body, typeInfo);
        return this;
    }

    /// <summary>Marks a POST that only reads (search, list) as safe to retry.</summary>
    public ApiRequest AsIdempotent()
    {
        Idempotent = true;
        return this;
    }

    /// <summary>Adds a request header.</summary>
    public ApiRequest Header(string name, string value)
    {
        (_headers ??= []).Add(new(name, value));
        return this;
    }

    /// <summary>The absolute address: base address, relative path and escaped query.</summary>
    public Uri BuildUri(Uri baseAddress)
    {
        if (_query.Count == 0)
            return new Uri(baseAddress, Path);
        var builder = new StringBuilder(Path);
        var separator = Path.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        foreach (var (name, value) in _query)
        {
            builder.Append(separator).Append(Uri.EscapeDataString(name)).Append('=').Append(Uri.EscapeDataString(value));
            separator = '&';
        }
        return new Uri(baseAddress, builder.ToString());
    }
}
