using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

/// <summary>The body of the deprecated <c>POST /v1/memories/search/</c>; use <see cref="Mem0SearchMemoriesRequest"/> with v3 instead.</summary>
/// <remarks><c>output_format</c> is left out on purpose: without it the service answers with a plain array.</remarks>
public sealed record Mem0V1SearchMemoriesRequest
{
    /// <summary>The natural-language query.</summary>
    public required string Query { get; init; }

    /// <summary>The user whose memories to search.</summary>
    public string? UserId { get; init; }

    /// <summary>The agent whose memories to search.</summary>
    public string? AgentId { get; init; }

    /// <summary>The application whose memories to search.</summary>
    public string? AppId { get; init; }

    /// <summary>The run whose memories to search.</summary>
    public string? RunId { get; init; }

    /// <summary>Only memories whose metadata matches this object.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>How many results to return (service default 10).</summary>
    public int? TopK { get; init; }

    /// <summary>The fields to return per memory.</summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>Whether to rerank the results.</summary>
    public bool? Rerank { get; init; }

    /// <summary>Whether to add keyword matching.</summary>
    public bool? KeywordSearch { get; init; }

    /// <summary>Whether to filter the memories strictly by the query.</summary>
    public bool? FilterMemories { get; init; }

    /// <summary>Only memories in any of these categories.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>Whether to search by metadata only.</summary>
    public bool? OnlyMetadataBasedSearch { get; init; }
}
