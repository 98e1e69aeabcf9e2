using WireMock.Logging;

namespace MemoryClients.ContractTests.Support;

/// <summary>A request as WireMock's request log holds it: method, path, query without <c>?</c>, headers (names case-insensitive) and body text.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>Reads one entry of WireMock's request log.</summary>
    public static RecordedRequest From(ILogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var message = entry.RequestMessage;
        var headers = (message.Headers ?? new Dictionary<string, WireMock.Types.WireMockList<string>>())
            .ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        var body = message.BodyAsBytes is { Length: > 0 } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : message.Body ?? "";
        return new RecordedRequest(message.Method, message.Path, (message.RawQuery ?? "").TrimStart('?'), headers, body);
    }
}
