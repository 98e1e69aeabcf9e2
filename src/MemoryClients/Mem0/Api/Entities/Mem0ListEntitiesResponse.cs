namespace MemoryClients.Mem0.Api;

/// <summary>One page of <c>GET /v1/entities/</c>: the entities plus the project's totals per entity type.</summary>
public sealed record Mem0ListEntitiesResponse : ApiModel
{
    /// <summary>The number of entities across all pages.</summary>
    public int? Count { get; init; }

    /// <summary>The absolute address of the next page; null on the last page.</summary>
    public string? Next { get; init; }

    /// <summary>The absolute address of the previous page; null on the first page.</summary>
    public string? Previous { get; init; }

    /// <summary>The entities on this page.</summary>
    public IReadOnlyList<Mem0Entity> Results { get; init; } = [];

    /// <summary>The number of user entities in the project.</summary>
    public int? TotalUsers { get; init; }

    /// <summary>The number of agent entities in the project.</summary>
    public int? TotalAgents { get; init; }

    /// <summary>The number of app entities in the project.</summary>
    public int? TotalApps { get; init; }

    /// <summary>The number of run entities in the project.</summary>
    public int? TotalRuns { get; init; }
}
