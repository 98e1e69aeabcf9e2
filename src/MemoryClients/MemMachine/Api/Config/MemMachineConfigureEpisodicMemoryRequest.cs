namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memory/episodic/config</c> (self-hosted only); null fields are left unchanged.</summary>
public sealed record MemMachineConfigureEpisodicMemoryRequest
{
    /// <summary>The organisation id; the server default is <c>universal</c>.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; the server default is <c>universal</c>.</summary>
    public string? ProjectId { get; init; }

    /// <summary>Turns episodic memory on or off, or null to keep it.</summary>
    public bool? Enabled { get; init; }

    /// <summary>Turns long-term episodic memory on or off, or null to keep it.</summary>
    public bool? LongTermMemoryEnabled { get; init; }

    /// <summary>Turns short-term episodic memory on or off, or null to keep it.</summary>
    public bool? ShortTermMemoryEnabled { get; init; }
}
