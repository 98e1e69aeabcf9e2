using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MemoryClients.Filters;

namespace MemoryClients.MemMachine;

/// <summary>
/// Optional settings of a listing, which are the body of <c>POST /memories/list</c> (<see cref="Api.MemMachineListMemoriesRequest"/>
/// adds the project, the page number and the memory type).
/// </summary>
public record MemMachineListOptions : MemoryCallOptions
{
    /// <summary>The default <see cref="PageSize"/>, the service's own default.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>How many items each request fetches, at least 1. Default 100.</summary>
    [JsonPropertyOrder(1)]
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>A typed filter, written as a MemMachine filter string; set this or <see cref="RawFilter"/>, not both.</summary>
    [JsonIgnore]
    public MemoryFilter? Filter { get; init; }

    /// <summary>A MemMachine filter string sent as is (<c>filter</c>), such as <c>metadata.user_id='42'</c>; set this or <see cref="Filter"/>, not both.</summary>
    [JsonPropertyName("filter")]
    [JsonPropertyOrder(3)]
    public string? RawFilter { get; init; }

    /// <summary>Metadata that selects the semantic memory set to list (semantic listings only); keys are sent verbatim (a copy is taken).</summary>
    [JsonPropertyOrder(4)]
    public JsonObject? SetMetadata { get; init; }
}
