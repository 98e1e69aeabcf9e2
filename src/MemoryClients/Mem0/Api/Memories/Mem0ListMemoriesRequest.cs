using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>POST /v3/memories/</c> (page and page size travel in the query); unset properties are not sent.</summary>
public sealed record Mem0ListMemoriesRequest
{
    /// <summary>The filter tree; it must name at least one of <c>user_id</c>, <c>agent_id</c>, <c>app_id</c>, <c>run_id</c>. Sent as written.</summary>
    public required JsonObject Filters { get; init; }

    /// <summary>Whether to include expired memories (service default false).</summary>
    public bool? ShowExpired { get; init; }

    /// <summary>Only memories created on or after this day.</summary>
    [JsonConverter(typeof(Mem0DateOnlyConverter))]
    public DateOnly? StartDate { get; init; }

    /// <summary>Only memories created on or before this day.</summary>
    [JsonConverter(typeof(Mem0DateOnlyConverter))]
    public DateOnly? EndDate { get; init; }

    /// <summary>Only memories in any of these categories.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>The fields to return per memory (all when unset).</summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>A free-text keyword filter applied on top of <see cref="Filters"/>.</summary>
    public string? Keywords { get; init; }

    /// <summary>Whether to leave out memories that were superseded.</summary>
    public bool? LatestOnly { get; init; }

    /// <summary>Further top-level body fields this SDK does not model, sent verbatim after the modelled ones; do not repeat a field set above.</summary>
    /// <remarks>
    /// Settable rather than init-only because System.Text.Json cannot fill extension data through an initializer, and
    /// <see cref="System.Text.Json.JsonElement"/> values because a <c>JsonObject</c> extension property is written as a nested object.
    /// </remarks>
    [JsonExtensionData]
    public IDictionary<string, System.Text.Json.JsonElement>? AdditionalProperties { get; set; }
}
