namespace MemoryClients.Mem0.Api;

/// <summary>A person with access to a project.</summary>
public sealed record Mem0ProjectMember : ApiModel
{
    /// <summary>The member's user name.</summary>
    public string? Username { get; init; }

    /// <summary>The member's role.</summary>
    public Mem0ProjectRole? Role { get; init; }

    /// <summary>The member's e-mail address, when the service includes it.</summary>
    public string? Email { get; init; }
}
