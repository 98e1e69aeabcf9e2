using System.Text.Json.Nodes;

namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/search</c>.</summary>
public sealed record MemMachineSearchMemoriesRequest
{
    /// <summary>The organisation id, sent only to self-hosted servers; omitted when null.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; on the cloud an empty string means the caller's default project; omitted when null.</summary>
    public string? ProjectId { get; init; }

    /// <summary>The natural-language query.</summary>
    public required string Query { get; init; }

    /// <summary>The most results per memory store (short-term, long-term and semantic each); the server default is 10.</summary>
    public int? TopK { get; init; }

    /// <summary>A MemMachine filter expression such as <c>metadata.user_id='42'</c>; null or empty means no filter.</summary>
    public string? Filter { get; init; }

    /// <summary>How many neighbouring episodes to add around each long-term hit; the server default is 0.</summary>
    public int? ExpandContext { get; init; }

    /// <summary>The lowest score a hit may have; null means no threshold.</summary>
    public double? ScoreThreshold { get; init; }

    /// <summary>The memory types to search; null or empty means all types.</summary>
    public IReadOnlyList<MemMachineMemoryType>? Types { get; init; }

    /// <summary>Whether the retrieval agent orchestrates episodic search; the server default is false.</summary>
    public bool? AgentMode { get; init; }

    /// <summary>Metadata that selects the semantic memory set to search; keys are sent verbatim.</summary>
    public JsonObject? SetMetadata { get; init; }
}
