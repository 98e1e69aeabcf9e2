namespace MemoryClients.Mem0.Api;

/// <summary>Usage statistics of the project, as <c>GET /v1/stats/</c> returns them.</summary>
public sealed record Mem0Stats : ApiModel
{
    /// <summary>The number of memories stored.</summary>
    public long? TotalMemories { get; init; }

    /// <summary>The number of retrieval (search) events.</summary>
    public long? TotalRetrievalEvents { get; init; }

    /// <summary>The number of add events.</summary>
    public long? TotalAddEvents { get; init; }

    /// <summary>The number of retrieval events made through the API.</summary>
    public long? TotalApiRetrievalEvents { get; init; }

    /// <summary>The retrieval events the plan allows.</summary>
    public long? TotalRetrievalEventsLimit { get; init; }

    /// <summary>The number of users that have memories.</summary>
    public long? TotalUsersWithMemories { get; init; }

    /// <summary>The number of agents that have memories.</summary>
    public long? TotalAgentsWithMemories { get; init; }

    /// <summary>The number of runs that have memories.</summary>
    public long? TotalRunsWithMemories { get; init; }

    /// <summary>Memories per user (read as a number, since an average may not be whole).</summary>
    public double? MemoriesPerUser { get; init; }

    /// <summary>Memories per agent (read as a number, since an average may not be whole).</summary>
    public double? MemoriesPerAgent { get; init; }

    /// <summary>Memories per run (read as a number, since an average may not be whole).</summary>
    public double? MemoriesPerRun { get; init; }
}
