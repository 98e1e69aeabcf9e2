namespace MemoryClients.Http;

/// <summary>Per-request values carried from the send helper to the handlers.</summary>
internal static class RequestOptionKeys
{
    /// <summary>Whether the request may be retried after the service may have acted on it.</summary>
    public static readonly HttpRequestOptionsKey<bool> Idempotent = new("MemoryClients.Idempotent");

    /// <summary>The pre-serialised body, so a forwarding handler can rebuild the request for each try.</summary>
    public static readonly HttpRequestOptionsKey<byte[]> Body = new("MemoryClients.Body");
}
