using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

/// <summary>The body of the deprecated <c>POST /v2/memories/</c>; use <see cref="Mem0ListMemoriesRequest"/> with v3 instead.</summary>
public sealed record Mem0V2ListMemoriesRequest
{
    /// <summary>The filter tree; sent as written.</summary>
    public required JsonObject Filters { get; init; }

    /// <summary>The fields to return per memory.</summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>The 1-based page number (service default 1).</summary>
    public int? Page { get; init; }

    /// <summary>The page size (service default 100).</summary>
    public int? PageSize { get; init; }
}
