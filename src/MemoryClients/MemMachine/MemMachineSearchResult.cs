using MemoryClients.MemMachine.Api;

namespace MemoryClients.MemMachine;

/// <summary>What a search found, by memory store; a store that was not searched gives an empty list.</summary>
public sealed record MemMachineSearchResult
{
    /// <summary>Hits from long-term episodic memory, best first.</summary>
    public IReadOnlyList<MemMachineSearchEpisode> LongTermEpisodes { get; init; } = [];

    /// <summary>Hits from short-term episodic memory (the recent conversation).</summary>
    public IReadOnlyList<MemMachineSearchEpisode> ShortTermEpisodes { get; init; } = [];

    /// <summary>Summaries of the recent conversation from short-term memory.</summary>
    public IReadOnlyList<string> ShortTermSummaries { get; init; } = [];

    /// <summary>Matching semantic features (extracted facts).</summary>
    public IReadOnlyList<MemMachineSemanticFeature> SemanticFeatures { get; init; } = [];

    /// <summary>The answer as the service sent it.</summary>
    public MemMachineSearchMemoriesResponse Response { get; init; } = new();

    /// <summary>Flattens a raw search answer.</summary>
    internal static MemMachineSearchResult From(MemMachineSearchMemoriesResponse response) => new()
    {
        LongTermEpisodes = response.Content?.EpisodicMemory?.LongTermMemory?.Episodes ?? [],
        ShortTermEpisodes = response.Content?.EpisodicMemory?.ShortTermMemory?.Episodes ?? [],
        ShortTermSummaries = response.Content?.EpisodicMemory?.ShortTermMemory?.EpisodeSummary ?? [],
        SemanticFeatures = response.Content?.SemanticMemory ?? [],
        Response = response,
    };
}
