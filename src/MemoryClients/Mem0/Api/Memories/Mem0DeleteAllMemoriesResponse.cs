namespace MemoryClients.Mem0.Api;

/// <summary>The answer of <c>DELETE /v1/memories/</c>: the deletion is queued and runs in the background.</summary>
public sealed record Mem0DeleteAllMemoriesResponse : ApiModel
{
    /// <summary>A human-readable note, e.g. that the deletion is in progress.</summary>
    public string? Message { get; init; }

    /// <summary>The background event that performs the deletion.</summary>
    public string? EventId { get; init; }
}
