namespace MemoryClients.MemMachine.Api;

/// <summary>The <c>content</c> of a search answer; a part is null when its memory type was not searched.</summary>
public sealed record MemMachineSearchContent : ApiModel
{
    /// <summary>Episodic hits, or null when episodic memory was not searched.</summary>
    public MemMachineEpisodicSearchResult? EpisodicMemory { get; init; }

    /// <summary>Semantic hits, or null when semantic memory was not searched.</summary>
    public IReadOnlyList<MemMachineSemanticFeature>? SemanticMemory { get; init; }
}
