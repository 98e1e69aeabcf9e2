namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>POST /api/v1/orgs/organizations/{org_id}/projects/</c>.</summary>
public sealed record Mem0CreateProjectRequest
{
    /// <summary>The new project's name.</summary>
    public required string Name { get; init; }

    /// <summary>An optional description.</summary>
    public string? Description { get; init; }
}
