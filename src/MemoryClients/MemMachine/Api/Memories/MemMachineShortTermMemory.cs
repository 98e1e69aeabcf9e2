namespace MemoryClients.MemMachine.Api;

/// <summary>The short-term episodic part of a search answer.</summary>
public sealed record MemMachineShortTermMemory : ApiModel
{
    /// <summary>The matching recent episodes.</summary>
    public IReadOnlyList<MemMachineSearchEpisode> Episodes { get; init; } = [];

    /// <summary>Summaries of the recent conversation.</summary>
    public IReadOnlyList<string> EpisodeSummary { get; init; } = [];
}
