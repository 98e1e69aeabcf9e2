namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>POST</c> and <c>PUT .../projects/{project_id}/members/</c>: who, and with which role.</summary>
public sealed record Mem0ProjectMemberRequest
{
    /// <summary>The member's e-mail address.</summary>
    public required string Email { get; init; }

    /// <summary>The role (see <see cref="Mem0ProjectRole"/>).</summary>
    public required string Role { get; init; }
}
