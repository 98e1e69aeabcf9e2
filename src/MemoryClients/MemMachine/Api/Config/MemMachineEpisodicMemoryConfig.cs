namespace MemoryClients.MemMachine.Api;

/// <summary>The answer of <c>POST /memory/episodic/config/get</c>: which episodic stores a project uses.</summary>
public sealed record MemMachineEpisodicMemoryConfig : ApiModel
{
    /// <summary>Whether episodic memory is on.</summary>
    public bool Enabled { get; init; }

    /// <summary>Whether long-term episodic memory is on.</summary>
    public bool LongTermMemoryEnabled { get; init; }

    /// <summary>Whether short-term episodic memory is on.</summary>
    public bool ShortTermMemoryEnabled { get; init; }
}
