namespace MemoryClients;

/// <summary>
/// Who a memory belongs to: a user, an agent, an application and/or a run (session).
/// At least one id must be set wherever a service requires a scope.
/// </summary>
/// <remarks>Build one with <see cref="ForUser"/>, <see cref="ForAgent"/>, <see cref="ForApp"/> or <see cref="ForRun"/>
/// and combine with the <c>with</c> expression or the <c>And*</c> methods.</remarks>
public sealed record MemoryScope
{
    /// <summary>The user id (<c>user_id</c> on the wire).</summary>
    public string? UserId { get; init; }

    /// <summary>The agent id (<c>agent_id</c> on the wire).</summary>
    public string? AgentId { get; init; }

    /// <summary>The application id (<c>app_id</c> on the wire).</summary>
    public string? AppId { get; init; }

    /// <summary>The run or session id (<c>run_id</c>; Mem0 also returns it as <c>session_id</c>).</summary>
    public string? RunId { get; init; }

    /// <summary>True when no id is set.</summary>
    public bool IsEmpty => UserId is null && AgentId is null && AppId is null && RunId is null;

    /// <summary>A scope for one user.</summary>
    public static MemoryScope ForUser(string userId) => new() { UserId = Require(userId, nameof(userId)) };

    /// <summary>A scope for one agent.</summary>
    public static MemoryScope ForAgent(string agentId) => new() { AgentId = Require(agentId, nameof(agentId)) };

    /// <summary>A scope for one application.</summary>
    public static MemoryScope ForApp(string appId) => new() { AppId = Require(appId, nameof(appId)) };

    /// <summary>A scope for one run (session).</summary>
    public static MemoryScope ForRun(string runId) => new() { RunId = Require(runId, nameof(runId)) };

    /// <summary>This scope with the user id set.</summary>
    public MemoryScope AndUser(string userId) => this with { UserId = Require(userId, nameof(userId)) };

    /// <summary>This scope with the agent id set.</summary>
    public MemoryScope AndAgent(string agentId) => this with { AgentId = Require(agentId, nameof(agentId)) };

    /// <summary>This scope with the application id set.</summary>
    public MemoryScope AndApp(string appId) => this with { AppId = Require(appId, nameof(appId)) };

    /// <summary>This scope with the run id set.</summary>
    public MemoryScope AndRun(string runId) => this with { RunId = Require(runId, nameof(runId)) };

    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="paramName"/> when the scope has no id.</summary>
    internal static MemoryScope RequireNonEmpty(MemoryScope? scope, string paramName)
    {
        ArgumentNullException.ThrowIfNull(scope, paramName);
        if (scope.IsEmpty)
            throw new ArgumentException("The scope needs at least one of UserId, AgentId, AppId or RunId.", paramName);
        // Set through the init properties, an id skips the factories' checks: an empty one would be sent as "user_id": "".
        foreach (var (name, value) in new[] { ("UserId", scope.UserId), ("AgentId", scope.AgentId), ("AppId", scope.AppId), ("RunId", scope.RunId) })
        {
            if (value is not null && string.IsNullOrWhiteSpace(value))
                throw new ArgumentException($"The scope's {name} must not be empty or whitespace; leave it null instead.", paramName);
            Http.WellFormedText.Require(value, paramName);
        }
        return scope;
    }

    private static string Require(string value, string paramName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value, paramName);
        Http.WellFormedText.Require(value, paramName);
        return value;
    }
}
