namespace MemoryClients.MemMachine.Api;

/// <summary>The id the service gave one added message.</summary>
public sealed record MemMachineAddMemoryResult : ApiModel
{
    /// <summary>The episode id of the message, usable with episodic delete.</summary>
    public string Uid { get; init; } = "";
}
