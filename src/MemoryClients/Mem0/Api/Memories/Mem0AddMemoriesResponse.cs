namespace MemoryClients.Mem0.Api;

/// <summary>
/// The answer to an add: an event to poll (<c>GET /v1/event/{event_id}/</c>) while extraction runs in the background,
/// or, with <c>infer: false</c>, the stored memories themselves.
/// </summary>
public sealed record Mem0AddMemoriesResponse : ApiModel
{
    /// <summary>The id of the background event that processes the messages.</summary>
    public string? EventId { get; init; }

    /// <summary><c>PENDING</c>, <c>SUCCEEDED</c> or <c>FAILED</c>.</summary>
    public Mem0AddStatus? Status { get; init; }

    /// <summary>A human-readable note from the service.</summary>
    public string? Message { get; init; }

    /// <summary>The memories stored synchronously; only with <c>infer: false</c>.</summary>
    public IReadOnlyList<Mem0AddResult>? Results { get; init; }
}
