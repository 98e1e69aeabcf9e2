using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0;

/// <summary>
/// Optional settings of <see cref="Mem0Client.SearchAsync(string, MemoryScope, Mem0SearchOptions?, CancellationToken)"/>,
/// which are the body of <c>POST /v3/memories/search/</c> (<see cref="Api.Mem0SearchMemoriesRequest"/> adds the query and
/// the filters); anything left null is not sent.
/// </summary>
/// <remarks>Entity ids are not options: they come from the scope or the filters, as the service requires for search.</remarks>
public record Mem0SearchOptions : MemoryCallOptions, IExtraBodyFields
{
    /// <summary>How many results to return, 1 to 1000 (service default 10).</summary>
    public int? TopK { get; init; }

    /// <summary>The minimum relevance score, 0 to 1 (service default 0.1; 0 disables the cut-off).</summary>
    public double? Threshold { get; init; }

    /// <summary>Whether to rerank the results; better order, more latency (service default false).</summary>
    public bool? Rerank { get; init; }

    /// <summary>The moment relative-time queries ("last week") are read from; sent as an ISO 8601 date-time.</summary>
    public DateTimeOffset? ReferenceDate { get; init; }

    /// <summary>Whether to include expired memories (service default false).</summary>
    public bool? ShowExpired { get; init; }

    /// <summary>The fields to return per memory (all when null).</summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>Only memories in any of these categories.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>Only memories whose metadata matches this object (a copy is taken).</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>Whether to leave out memories that were superseded.</summary>
    public bool? LatestOnly { get; init; }

    /// <summary>Whether to add keyword matching.</summary>
    public bool? KeywordSearch { get; init; }

    /// <summary>Where the call comes from, as the service's event source names it.</summary>
    public string? Source { get; init; }

    /// <summary>The response format version, for example <c>v1.1</c> (which the official JavaScript client always sends).</summary>
    public string? OutputFormat { get; init; }

    /// <summary>
    /// Top-level body fields this SDK does not model, sent verbatim after the modelled ones; a field the SDK models (and,
    /// through the ergonomic client, an entity id, which belongs in the scope or the filters) is refused before any request.
    /// </summary>
    [JsonIgnore] // Written by the SDK after the modelled fields, not as extension data (see ExtraBodyFields).
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
