namespace MemoryClients.MemMachine.Api;

/// <summary>The episodic part of a search answer: long-term and short-term memory.</summary>
public sealed record MemMachineEpisodicSearchResult : ApiModel
{
    /// <summary>Hits from long-term memory.</summary>
    public MemMachineLongTermMemory LongTermMemory { get; init; } = new();

    /// <summary>Hits and summaries from short-term memory.</summary>
    public MemMachineShortTermMemory ShortTermMemory { get; init; } = new();
}
