using MemoryClients.Validation;

namespace MemoryClients;

/// <summary>
/// Who a memory belongs to: a user, an agent, an application and/or a run (session).
/// At least one id must be set wherever a service requires a scope.
/// </summary>
/// <remarks>
/// Build one with <see cref="ForUser"/>, <see cref="ForAgent"/>, <see cref="ForApp"/> or <see cref="ForRun"/>
/// and combine with the <c>with</c> expression or the <c>And*</c> methods. Ids are at most 1,024 characters and never the
/// wildcard <c>*</c>. What several ids mean on each service is one rule, applied by every read, list, get and delete:
/// see <see cref="Includes"/>.
/// </remarks>
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
    public static MemoryScope ForUser(string userId) => new() { UserId = Argument.ScopeId(userId, nameof(UserId), nameof(userId)) };

    /// <summary>A scope for one agent.</summary>
    public static MemoryScope ForAgent(string agentId) => new() { AgentId = Argument.ScopeId(agentId, nameof(AgentId), nameof(agentId)) };

    /// <summary>A scope for one application.</summary>
    public static MemoryScope ForApp(string appId) => new() { AppId = Argument.ScopeId(appId, nameof(AppId), nameof(appId)) };

    /// <summary>A scope for one run (session).</summary>
    public static MemoryScope ForRun(string runId) => new() { RunId = Argument.ScopeId(runId, nameof(RunId), nameof(runId)) };

    /// <summary>This scope with the user id set.</summary>
    public MemoryScope AndUser(string userId) => this with { UserId = Argument.ScopeId(userId, nameof(UserId), nameof(userId)) };

    /// <summary>This scope with the agent id set.</summary>
    public MemoryScope AndAgent(string agentId) => this with { AgentId = Argument.ScopeId(agentId, nameof(AgentId), nameof(agentId)) };

    /// <summary>This scope with the application id set.</summary>
    public MemoryScope AndApp(string appId) => this with { AppId = Argument.ScopeId(appId, nameof(AppId), nameof(appId)) };

    /// <summary>This scope with the run id set.</summary>
    public MemoryScope AndRun(string runId) => this with { RunId = Argument.ScopeId(runId, nameof(RunId), nameof(runId)) };

    /// <summary>
    /// Whether <paramref name="record"/> is one that reads through this scope return, by the rule of the record's provider:
    /// <list type="bullet">
    /// <item>MemMachine: every id of the scope must match (the client stores every id on every episode).</item>
    /// <item>Mem0: the same, except that a scope with both a user and an agent reads the user's memories (its user, app and
    /// run ids). Mem0 files what the user says under <c>user_id</c> alone and what the assistant says under <c>agent_id</c>
    /// alone, so requiring both would find nothing; the agent's own memories are read with <see cref="ForAgent"/>.</item>
    /// </list>
    /// Search, list, get and delete apply the same rule, so what was stored through a scope is found through it.
    /// </summary>
    /// <param name="record">A record a client returned.</param>
    public bool Includes(MemoryRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var read = ForReads(record.Provider);
        var found = record.Scope;
        return (read.UserId is null || read.UserId == found.UserId)
            && (read.AgentId is null || read.AgentId == found.AgentId)
            && (read.AppId is null || read.AppId == found.AppId)
            && (read.RunId is null || read.RunId == found.RunId);
    }

    /// <summary>The ids a read through this scope matches on <paramref name="provider"/> (the rule of <see cref="Includes"/>).</summary>
    internal MemoryScope ForReads(MemoryProvider provider) =>
        provider == MemoryProvider.Mem0 && UserId is not null && AgentId is not null ? this with { AgentId = null } : this;

    /// <summary>Throws <see cref="ArgumentException"/> naming <paramref name="paramName"/> when the scope has no id.</summary>
    internal static MemoryScope RequireNonEmpty(MemoryScope? scope, string paramName)
    {
        ArgumentNullException.ThrowIfNull(scope, paramName);
        if (scope.IsEmpty)
            throw new ArgumentException("The scope needs at least one of UserId, AgentId, AppId or RunId.", paramName);
        // Set through the init properties, an id skips the factories' checks: an empty one would be sent as "user_id": "".
        if (scope.UserId is not null) Argument.ScopeId(scope.UserId, nameof(UserId), paramName);
        if (scope.AgentId is not null) Argument.ScopeId(scope.AgentId, nameof(AgentId), paramName);
        if (scope.AppId is not null) Argument.ScopeId(scope.AppId, nameof(AppId), paramName);
        if (scope.RunId is not null) Argument.ScopeId(scope.RunId, nameof(RunId), paramName);
        return scope;
    }
}
