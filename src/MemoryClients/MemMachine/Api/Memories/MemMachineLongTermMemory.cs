namespace MemoryClients.MemMachine.Api;

/// <summary>The long-term episodic part of a search answer.</summary>
public sealed record MemMachineLongTermMemory : ApiModel
{
    /// <summary>The matching long-term episodes, best first.</summary>
    public IReadOnlyList<MemMachineSearchEpisode> Episodes { get; init; } = [];
}
