namespace MemoryClients.Mem0.Api;

/// <summary>Profile settings per entity type; only <c>user</c> exists today.</summary>
public sealed record Mem0ProfileEntitySettings : ApiModel
{
    /// <summary>Settings of user profiles.</summary>
    public Mem0ProfileUserSettings? User { get; init; }
}
