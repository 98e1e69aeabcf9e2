using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>POST /v3/memories/search/</c>; unset properties are not sent, so the service's defaults apply.</summary>
public sealed record Mem0SearchMemoriesRequest
{
    /// <summary>The natural-language query (at least one character).</summary>
    public required string Query { get; init; }

    /// <summary>The filter tree; it must name at least one of <c>user_id</c>, <c>agent_id</c>, <c>app_id</c>, <c>run_id</c>. Sent as written.</summary>
    public required JsonObject Filters { get; init; }

    /// <summary>How many results to return, 1 to 1000 (service default 10).</summary>
    public int? TopK { get; init; }

    /// <summary>The minimum relevance score, 0 to 1 (service default 0.1; 0 disables).</summary>
    public double? Threshold { get; init; }

    /// <summary>Whether to rerank the results (service default false).</summary>
    public bool? Rerank { get; init; }

    /// <summary>The moment relative-time queries are read from: Unix seconds, <c>YYYY-MM-DD</c> or an ISO date-time.</summary>
    public JsonNode? ReferenceDate { get; init; }

    /// <summary>Whether to include expired memories (service default false).</summary>
    public bool? ShowExpired { get; init; }

    /// <summary>The fields to return per memory (all when unset).</summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>Only memories in any of these categories.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>Only memories whose metadata matches this object.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>Whether to leave out memories that were superseded.</summary>
    public bool? LatestOnly { get; init; }

    /// <summary>Whether to add keyword matching.</summary>
    public bool? KeywordSearch { get; init; }

    /// <summary>Where the call comes from, as the service's event source names it.</summary>
    public string? Source { get; init; }

    /// <summary>Further top-level body fields this SDK does not model, sent verbatim after the modelled ones; do not repeat a field set above.</summary>
    /// <remarks>
    /// Settable rather than init-only because System.Text.Json cannot fill extension data through an initializer, and
    /// <see cref="System.Text.Json.JsonElement"/> values because a <c>JsonObject</c> extension property is written as a nested object.
    /// </remarks>
    [JsonExtensionData]
    public IDictionary<string, System.Text.Json.JsonElement>? AdditionalProperties { get; set; }
}
