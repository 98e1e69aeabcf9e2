namespace MemoryClients.MemMachine.Api;

/// <summary>The answer of <c>POST /projects/episode_count/get</c>.</summary>
public sealed record MemMachineGetEpisodeCountResponse : ApiModel
{
    /// <summary>The number of episodes stored in the project.</summary>
    public long Count { get; init; }
}
