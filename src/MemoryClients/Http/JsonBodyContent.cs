namespace MemoryClients.Http;

/// <summary>
/// A request body serialised once (every try re-sends the same bytes, with a Content-Length), carrying the per-call
/// settings of the options it was written from (<see cref="MemoryCallOptions"/>) to the handlers that apply them.
/// </summary>
internal sealed class JsonBodyContent(byte[] body, MemoryCallOptions? call) : ByteArrayContent(body)
{
    /// <summary>The options whose timeout, retry count and headers apply to this call; null when none were set.</summary>
    public MemoryCallOptions? Call { get; } = call;

    /// <summary>The per-call settings of <paramref name="request"/>, when its body carries any.</summary>
    public static MemoryCallOptions? CallOf(HttpRequestMessage request) => (request.Content as JsonBodyContent)?.Call;
}
