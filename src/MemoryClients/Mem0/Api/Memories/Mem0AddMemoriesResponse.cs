using System.Text.Json;
using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>
/// The answer to an add: an event to poll (<c>GET /v1/event/{event_id}/</c>) while extraction runs in the background,
/// or, with <c>infer: false</c>, the stored memories themselves.
/// </summary>
public sealed record Mem0AddMemoriesResponse : ApiModel, IJsonOnDeserialized
{
    /// <summary>The id of the background event that processes the messages.</summary>
    public string? EventId { get; init; }

    /// <summary><c>PENDING</c>, <c>SUCCEEDED</c> or <c>FAILED</c>.</summary>
    public Mem0AddStatus? Status { get; init; }

    /// <summary>A human-readable note from the service.</summary>
    public string? Message { get; init; }

    /// <summary>The memories stored synchronously; only with <c>infer: false</c>.</summary>
    public IReadOnlyList<Mem0AddResult>? Results { get; init; }

    /// <summary>An answer with neither an event nor results says nothing about what was stored: it is refused as malformed.</summary>
    void IJsonOnDeserialized.OnDeserialized()
    {
        if (EventId is null && Results is null)
            throw new JsonException("An add response must carry event_id or results.");
    }
}
