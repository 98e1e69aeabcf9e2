using System.Text.Json.Nodes;

namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/list</c>.</summary>
public sealed record MemMachineListMemoriesRequest
{
    /// <summary>The organisation id, sent only to self-hosted servers; omitted when null.</summary>
    public string? OrgId { get; init; }

    /// <summary>The project id; on the cloud an empty string means the caller's default project; omitted when null.</summary>
    public string? ProjectId { get; init; }

    /// <summary>How many items a page holds; the server default is 100.</summary>
    public int? PageSize { get; init; }

    /// <summary>The zero-based page number; the server default is 0.</summary>
    public int? PageNum { get; init; }

    /// <summary>A MemMachine filter expression; null or empty means no filter.</summary>
    public string? Filter { get; init; }

    /// <summary>Metadata that selects the semantic memory set to list (semantic only); keys are sent verbatim.</summary>
    public JsonObject? SetMetadata { get; init; }

    /// <summary>The memory type to list; null lists both, each array paged on its own.</summary>
    public MemMachineMemoryType? Type { get; init; }
}
