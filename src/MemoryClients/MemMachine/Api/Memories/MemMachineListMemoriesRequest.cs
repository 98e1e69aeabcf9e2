using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/list</c>: the project, the options (<see cref="MemMachineListOptions"/>), the page number and the memory type.</summary>
public sealed record MemMachineListMemoriesRequest : MemMachineListOptions
{
    /// <summary>Creates a body with the service's defaults.</summary>
    public MemMachineListMemoriesRequest() { }

    /// <summary>The body of a listing with <paramref name="options"/>: every option is copied, so it is sent exactly as set.</summary>
    /// <param name="options">The options to send (a typed <see cref="MemMachineListOptions.Filter"/> is not sent; set <see cref="MemMachineListOptions.RawFilter"/>).</param>
    public MemMachineListMemoriesRequest(MemMachineListOptions options) : base(options) { }

    /// <summary>The organisation id, sent only to self-hosted servers; omitted when null.</summary>
    [JsonPropertyOrder(-2)]
    public string? OrgId { get; init; }

    /// <summary>The project id; on the cloud an empty string means the caller's default project; omitted when null.</summary>
    [JsonPropertyOrder(-1)]
    public string? ProjectId { get; init; }

    /// <summary>The zero-based page number; the server default is 0.</summary>
    [JsonPropertyOrder(2)]
    public int? PageNum { get; init; }

    /// <summary>The memory type to list; null lists both, each array paged on its own.</summary>
    [JsonPropertyOrder(5)]
    public MemMachineMemoryType? Type { get; init; }
}
