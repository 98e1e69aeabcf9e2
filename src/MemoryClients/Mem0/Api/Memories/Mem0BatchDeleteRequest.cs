namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>DELETE /v1/batch/</c>: up to 1000 memories to delete.</summary>
public sealed record Mem0BatchDeleteRequest
{
    /// <summary>The memories to delete.</summary>
    public required IReadOnlyList<Mem0BatchDeleteItem> Memories { get; init; }
}
