namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /projects</c>.</summary>
public sealed record MemMachineCreateProjectRequest
{
    /// <summary>The organisation id, required by self-hosted servers and never sent to the cloud; omitted when null.</summary>
    public string? OrgId { get; init; }

    /// <summary>The new project's id: letters, digits, <c>_</c>, <c>:</c> and <c>-</c>.</summary>
    public required string ProjectId { get; init; }

    /// <summary>A human-readable description; omitted when null.</summary>
    public string? Description { get; init; }

    /// <summary>Models and stores for the project; self-hosted only, the cloud accepts no configuration.</summary>
    public MemMachineProjectConfig? Config { get; init; }
}
