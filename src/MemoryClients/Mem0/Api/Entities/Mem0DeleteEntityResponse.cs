namespace MemoryClients.Mem0.Api;

/// <summary>The answer of an entity delete: the deletion is queued and runs in the background.</summary>
public sealed record Mem0DeleteEntityResponse : ApiModel
{
    /// <summary>The service's message, for example <c>Delete in progress. This may take some time.</c></summary>
    public string? Message { get; init; }

    /// <summary>The event that tracks the deletion; poll it with <c>GET /v1/event/{event_id}/</c>.</summary>
    public string? EventId { get; init; }
}
