namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>POST</c> and <c>PUT .../projects/{project_id}/members/</c>: who, and with which role.</summary>
public sealed record Mem0ProjectMemberRequest
{
    /// <summary>The member's e-mail address.</summary>
    public required string Email { get; init; }

    /// <summary>The role.</summary>
    public required Mem0ProjectRole Role { get; init; }
}
