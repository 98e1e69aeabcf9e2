using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

/// <summary>The body of the deprecated <c>POST /v2/memories/search/</c>; use <see cref="Mem0SearchMemoriesRequest"/> with v3 instead.</summary>
public sealed record Mem0V2SearchMemoriesRequest
{
    /// <summary>The natural-language query.</summary>
    public required string Query { get; init; }

    /// <summary>The filter tree (required by the service); sent as written.</summary>
    public required JsonObject Filters { get; init; }

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

    /// <summary>The minimum similarity (service default 0.3 on v2).</summary>
    public double? Threshold { get; init; }
}
