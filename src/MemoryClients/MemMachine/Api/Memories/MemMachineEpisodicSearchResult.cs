using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>The episodic part of a search answer: long-term and short-term memory.</summary>
public sealed record MemMachineEpisodicSearchResult : ApiModel
{
    /// <summary>Hits from long-term memory.</summary>
    [JsonRequired]
    public MemMachineLongTermMemory LongTermMemory { get; init; } = new();

    /// <summary>Hits and summaries from short-term memory.</summary>
    [JsonRequired]
    public MemMachineShortTermMemory ShortTermMemory { get; init; } = new();
}
