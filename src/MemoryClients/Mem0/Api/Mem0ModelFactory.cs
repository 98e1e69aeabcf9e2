using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

/// <summary>
/// Builds the Mem0 response models whose properties only the SDK sets (they are read-only to callers, so the JSON
/// reader fills them on its fast path), for tests and fakes of code that consumes them.
/// </summary>
public static class Mem0ModelFactory
{
    /// <summary>A stored memory, as add, search, list, get and update return it.</summary>
    /// <param name="id">The memory id.</param>
    /// <param name="memory">The memory text.</param>
    /// <param name="userId">The user the memory belongs to.</param>
    /// <param name="agentId">The agent the memory belongs to.</param>
    /// <param name="appId">The application the memory belongs to.</param>
    /// <param name="runId">The run (session) the memory belongs to, as v3 search sends it.</param>
    /// <param name="sessionId">The run id as list, get, update and history send it.</param>
    /// <param name="metadata">The metadata attached when the memory was added or updated.</param>
    /// <param name="categories">The categories the service assigned.</param>
    /// <param name="score">The relevance score (search results).</param>
    /// <param name="scoreBreakdown">The parts of the score by retrieval signal (v3 search results).</param>
    /// <param name="structuredAttributes">The service's temporal breakdown of the creation time.</param>
    /// <param name="replacedBy">The id of the memory that superseded this one.</param>
    /// <param name="synthesized">Whether the service synthesised the memory.</param>
    /// <param name="immutable">Whether the memory is excluded from later updates.</param>
    /// <param name="expirationDate">The day after which the memory is hidden.</param>
    /// <param name="createdAt">When the memory was created.</param>
    /// <param name="updatedAt">When the memory was last updated.</param>
    /// <param name="lifecycleState">The memory's lifecycle state.</param>
    /// <returns>The memory.</returns>
    public static Mem0Memory Mem0Memory(
        string id = "",
        string memory = "",
        string? userId = null,
        string? agentId = null,
        string? appId = null,
        string? runId = null,
        string? sessionId = null,
        JsonObject? metadata = null,
        IReadOnlyList<string>? categories = null,
        double? score = null,
        Mem0ScoreBreakdown? scoreBreakdown = null,
        JsonObject? structuredAttributes = null,
        string? replacedBy = null,
        bool? synthesized = null,
        bool? immutable = null,
        DateOnly? expirationDate = null,
        DateTimeOffset? createdAt = null,
        DateTimeOffset? updatedAt = null,
        string? lifecycleState = null) => new()
    {
        Id = id,
        Memory = memory,
        UserId = userId,
        AgentId = agentId,
        AppId = appId,
        RunId = runId,
        SessionId = sessionId,
        Metadata = metadata,
        Categories = categories,
        Score = score,
        ScoreBreakdown = scoreBreakdown,
        StructuredAttributes = structuredAttributes,
        ReplacedBy = replacedBy,
        Synthesized = synthesized,
        Immutable = immutable,
        ExpirationDate = expirationDate,
        CreatedAt = createdAt,
        UpdatedAt = updatedAt,
        LifecycleState = lifecycleState,
    };

    /// <summary>The per-signal parts of a v3 search score.</summary>
    /// <param name="semantic">The semantic (embedding) similarity.</param>
    /// <param name="bm25">The BM25 keyword score.</param>
    /// <param name="entity">The entity-matching score.</param>
    /// <returns>The breakdown.</returns>
    public static Mem0ScoreBreakdown Mem0ScoreBreakdown(double? semantic = null, double? bm25 = null, double? entity = null) =>
        new() { Semantic = semantic, Bm25 = bm25, Entity = entity };

    /// <summary>The answer of a v3 search.</summary>
    /// <param name="results">The matching memories, best first; none when null.</param>
    /// <returns>The answer.</returns>
    public static Mem0SearchMemoriesResponse Mem0SearchMemoriesResponse(IEnumerable<Mem0Memory>? results = null) =>
        new() { Results = results?.ToArray() ?? [] };

    /// <summary>One page of a Mem0 listing.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="results">The items on the page; none when null.</param>
    /// <param name="count">The number of items across all pages.</param>
    /// <param name="next">The absolute address of the next page, or null on the last page.</param>
    /// <param name="previous">The absolute address of the previous page, or null on the first page.</param>
    /// <returns>The page.</returns>
    public static Mem0PagedResponse<T> Mem0PagedResponse<T>(IEnumerable<T>? results = null, int? count = null, string? next = null, string? previous = null) =>
        new() { Results = results?.ToArray() ?? [], Count = count, Next = next, Previous = previous };
}
