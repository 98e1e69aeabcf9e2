namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>PUT /v1/batch/</c>: up to 1000 memories to change.</summary>
public sealed record Mem0BatchUpdateRequest
{
    /// <summary>The memories to change.</summary>
    public required IReadOnlyList<Mem0BatchUpdate> Memories { get; init; }
}
