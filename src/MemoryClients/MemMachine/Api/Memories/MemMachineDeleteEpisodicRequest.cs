namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/episodic/delete</c>.</summary>
public sealed record MemMachineDeleteEpisodicRequest
{
    /// <summary>The organisation id, sent only to self-hosted servers; omitted when null.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; on the cloud an empty string means the caller's default project; omitted when null.</summary>
    public string? ProjectId { get; init; }

    /// <summary>One episode id; self-hosted servers only, where it joins <see cref="EpisodicIds"/>.</summary>
    public string? EpisodicId { get; init; }

    /// <summary>The episode ids to delete; the cloud requires at least one.</summary>
    public IReadOnlyList<string>? EpisodicIds { get; init; }
}
