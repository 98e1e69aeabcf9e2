using System.Text.Json;
using System.Text.Json.Serialization;
using MemoryClients.Mem0.Api;
using MemoryClients.Serialization;

namespace MemoryClients.Mem0;

/// <summary>
/// Optional settings of <see cref="Mem0Client.ListAsync(MemoryScope, Mem0ListOptions?, CancellationToken)"/>, which are the
/// body of <c>POST /v3/memories/</c> (<see cref="Mem0ListMemoriesRequest"/> adds the filters); the page size travels in
/// the query. Anything left null is not sent.
/// </summary>
/// <remarks>Entity ids are not options: they come from the scope or the filters, as the service requires for listing.</remarks>
public record Mem0ListOptions : MemoryCallOptions, IExtraBodyFields
{
    /// <summary>Memories per page, 1 to 200 (service default 100); sent as the <c>page_size</c> query value.</summary>
    [JsonIgnore]
    public int? PageSize { get; init; }

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

    /// <summary>The fields to return per memory (all when null).</summary>
    public IReadOnlyList<string>? Fields { get; init; }

    /// <summary>A free-text keyword filter applied on top of the scope or filters.</summary>
    public string? Keywords { get; init; }

    /// <summary>Whether to leave out memories that were superseded.</summary>
    public bool? LatestOnly { get; init; }

    /// <summary>
    /// Top-level body fields this SDK does not model, sent verbatim after the modelled ones; a field the SDK models (and,
    /// through the ergonomic client, an entity id, which belongs in the scope or the filters) is refused before any request.
    /// </summary>
    [JsonIgnore] // Written by the SDK after the modelled fields, not as extension data (see ExtraBodyFields).
    public IDictionary<string, JsonElement>? AdditionalProperties { get; set; }
}
