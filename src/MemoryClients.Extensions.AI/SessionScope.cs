namespace MemoryClients.Extensions.AI;

/// <summary>The scope of an agent session as kept in its state bag, so a resumed session keeps its user.</summary>
internal sealed class SessionScope
{
    public string? UserId { get; set; }

    public string? AgentId { get; set; }

    public string? AppId { get; set; }

    public string? RunId { get; set; }

    public static SessionScope From(MemoryScope scope) => new() { UserId = scope.UserId, AgentId = scope.AgentId, AppId = scope.AppId, RunId = scope.RunId };

    public MemoryScope ToScope() => new() { UserId = UserId, AgentId = AgentId, AppId = AppId, RunId = RunId };
}
