namespace MemoryClients.MemMachine.Api;

/// <summary>The <c>content</c> of a list answer; an array is null when its memory type was not listed.</summary>
public sealed record MemMachineListContent : ApiModel
{
    /// <summary>The episodes on this page, or null when episodic memory was not listed.</summary>
    public IReadOnlyList<MemMachineEpisode>? EpisodicMemory { get; init; }

    /// <summary>The semantic features on this page, or null when semantic memory was not listed.</summary>
    public IReadOnlyList<MemMachineSemanticFeature>? SemanticMemory { get; init; }
}
