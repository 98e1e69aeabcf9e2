namespace MemoryClients.Mem0.Api;

/// <summary>The answer of <c>GET .../projects/{project_id}/members/</c>.</summary>
public sealed record Mem0GetProjectMembersResponse : ApiModel
{
    /// <summary>The project's members.</summary>
    public IReadOnlyList<Mem0ProjectMember> Members { get; init; } = [];
}
