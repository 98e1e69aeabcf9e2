namespace MemoryClients.Mem0.Api;

/// <summary>One memory to delete in a batch delete.</summary>
public sealed record Mem0BatchDeleteItem
{
    /// <summary>The id of the memory to delete.</summary>
    public required string MemoryId { get; init; }
}
