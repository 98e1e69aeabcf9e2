using System.Text.Json.Nodes;

namespace MemoryClients.MemMachine;

/// <summary>Optional settings of a listing.</summary>
public sealed class MemMachineListOptions
{
    /// <summary>The default <see cref="PageSize"/>, the service's own default.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>How many items each request fetches, at least 1. Default 100.</summary>
    public int PageSize { get; init; } = DefaultPageSize;

    /// <summary>A MemMachine filter expression, such as <c>metadata.user_id='42'</c>.</summary>
    public string? Filter { get; init; }

    /// <summary>Metadata that selects the semantic memory set to list (semantic listings only).</summary>
    public JsonObject? SetMetadata { get; init; }
}
