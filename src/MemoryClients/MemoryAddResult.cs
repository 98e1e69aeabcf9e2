namespace MemoryClients;

/// <summary>What an add did: the ids stored at once and, when the service works in the background, the event to follow.</summary>
public sealed record MemoryAddResult
{
    /// <summary>The service that stored the messages.</summary>
    public MemoryProvider Provider { get; init; }

    /// <summary>The ids known now: Mem0 memory ids (with <c>Infer = false</c>) or MemMachine episode ids, in order.</summary>
    public IReadOnlyList<string> Ids { get; init; } = [];

    /// <summary>The Mem0 event that extracts the memories in the background; null on MemMachine.</summary>
    public string? EventId { get; init; }

    /// <summary>True when the service is still processing the messages, so search may not find them yet.</summary>
    public bool IsPending { get; init; }
}
