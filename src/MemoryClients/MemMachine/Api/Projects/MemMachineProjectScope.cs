namespace MemoryClients.MemMachine.Api;

/// <summary>A body that only names a project: get, delete and episode count of a project, and the self-hosted list and configuration reads.</summary>
public sealed record MemMachineProjectScope
{
    /// <summary>The organisation id (<c>org_id</c>), sent only to self-hosted servers; omitted when null.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; on the cloud an empty string means the caller's default project; omitted when null.</summary>
    public string? ProjectId { get; init; }
}
