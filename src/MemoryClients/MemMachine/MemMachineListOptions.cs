using System.Text.Json.Nodes;
using MemoryClients.Filters;

namespace MemoryClients.MemMachine;

/// <summary>Optional settings of a listing.</summary>
public sealed class MemMachineListOptions
{
    /// <summary>The default <see cref="PageSize"/>, the service's own default.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>How many items each request fetches, at least 1. Default 100.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>A typed filter, written as a MemMachine filter string; set this or <see cref="RawFilter"/>, not both.</summary>
    public MemoryFilter? Filter { get; init; }

    /// <summary>A MemMachine filter string sent as is, such as <c>metadata.user_id='42'</c>; set this or <see cref="Filter"/>, not both.</summary>
    public string? RawFilter { get; init; }

    /// <summary>Metadata that selects the semantic memory set to list (semantic listings only).</summary>
    public JsonObject? SetMetadata { get; init; }
}
