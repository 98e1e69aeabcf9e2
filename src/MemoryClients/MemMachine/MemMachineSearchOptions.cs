using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using MemoryClients.Filters;

namespace MemoryClients.MemMachine;

/// <summary>
/// Optional settings of a search, which are the body of <c>POST /memories/search</c>
/// (<see cref="Api.MemMachineSearchMemoriesRequest"/> adds the project and the query); a null property takes the service's default.
/// </summary>
public record MemMachineSearchOptions : MemoryCallOptions
{
    /// <summary>The most hits per memory store (short-term, long-term and semantic each), at least 1; the service default is 10.</summary>
    public int? TopK { get; init; }

    /// <summary>A typed filter, written as a MemMachine filter string; set this or <see cref="RawFilter"/>, not both.</summary>
    [JsonIgnore]
    public MemoryFilter? Filter { get; init; }

    /// <summary>A MemMachine filter string sent as is (<c>filter</c>), such as <c>metadata.user_id='42'</c>; set this or <see cref="Filter"/>, not both.</summary>
    [JsonPropertyName("filter")]
    public string? RawFilter { get; init; }

    /// <summary>How many neighbouring episodes to add around each long-term hit, 0 or more; the service default is 0.</summary>
    public int? ExpandContext { get; init; }

    /// <summary>The lowest score a hit may have (<c>score_threshold</c>); null means no threshold.</summary>
    [JsonPropertyName("score_threshold")]
    public double? Threshold { get; init; }

    /// <summary>The memory types to search; null or empty searches all types.</summary>
    public IReadOnlyList<Api.MemMachineMemoryType>? Types { get; init; }

    /// <summary>Whether the retrieval agent orchestrates episodic search; the service default is false.</summary>
    public bool? AgentMode { get; init; }

    /// <summary>Metadata that selects the semantic memory set to search; keys are sent verbatim (a copy is taken).</summary>
    public JsonObject? SetMetadata { get; init; }
}
