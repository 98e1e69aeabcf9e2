using System.Text.Json;
using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

/// <summary>One change in a memory's history (<c>GET /v1/memories/{memory_id}/history/</c> and <c>GET /v1/memories/events/</c>).</summary>
public sealed record Mem0HistoryEntry : ApiModel
{
    private readonly string? _runId;

    /// <summary>The history entry id.</summary>
    public string Id { get; init; } = "";

    /// <summary>The memory this change belongs to.</summary>
    public string MemoryId { get; init; } = "";

    /// <summary>The conversation that led to the change.</summary>
    public IReadOnlyList<Mem0Message>? Input { get; init; }

    /// <summary>The memory text before the change, if any.</summary>
    public string? OldMemory { get; init; }

    /// <summary>The memory text after the change.</summary>
    public string? NewMemory { get; init; }

    /// <summary>The user the memory belongs to.</summary>
    public string? UserId { get; init; }

    /// <summary>The agent the memory belongs to.</summary>
    public string? AgentId { get; init; }

    /// <summary>The application the memory belongs to.</summary>
    public string? AppId { get; init; }

    /// <summary>The run (session) the memory belongs to: <c>run_id</c> if sent, else <see cref="SessionId"/>.</summary>
    public string? RunId
    {
        get => _runId ?? SessionId;
        init => _runId = value;
    }

    /// <summary>The run id exactly as the service sends it (<c>session_id</c>); prefer <see cref="RunId"/>.</summary>
    public string? SessionId { get; init; }

    /// <summary>The categories at this point in the history.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>What happened: <c>ADD</c>, <c>UPDATE</c>, <c>DELETE</c> ....</summary>
    public Mem0MemoryEvent? Event { get; init; }

    /// <summary>The metadata at this point in the history.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>An internal embedding the service includes; its shape is not documented.</summary>
    public JsonElement? EmbeddingQwen { get; init; }

    /// <summary>The previous internal embedding; its shape is not documented.</summary>
    public JsonElement? PreviousEmbeddingQwen { get; init; }

    /// <summary>When the entry was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the entry was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
