namespace MemoryClients;

/// <summary>Provider-neutral settings of an add; a null property takes the provider's default.</summary>
public sealed record MemoryAddOptions : MemoryCallOptions
{
    /// <summary>String metadata stored with the memories (Mem0 <c>metadata</c>; MemMachine message metadata, next to the scope's ids).</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Whether the service extracts facts: Mem0 <c>infer</c>; on MemMachine false writes episodic memory only (no semantic extraction).</summary>
    public bool? Infer { get; init; }
}
