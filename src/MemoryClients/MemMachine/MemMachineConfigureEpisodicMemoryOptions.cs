namespace MemoryClients.MemMachine;

/// <summary>
/// A project's episodic memory switches, which are the body of <c>POST /memory/episodic/config</c>
/// (<see cref="Api.MemMachineConfigureEpisodicMemoryRequest"/> adds the project); set at least one, a null switch is left unchanged.
/// </summary>
public record MemMachineConfigureEpisodicMemoryOptions : MemoryCallOptions
{
    /// <summary>Turns episodic memory on or off, or null to keep it.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Turns long-term episodic memory on or off, or null to keep it.</summary>
    public bool? LongTermMemoryEnabled { get; init; }

    /// <summary>Turns short-term episodic memory on or off, or null to keep it.</summary>
    public bool? ShortTermMemoryEnabled { get; init; }
}
