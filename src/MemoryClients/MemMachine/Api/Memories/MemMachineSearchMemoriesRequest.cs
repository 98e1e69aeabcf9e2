using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;

namespace MemoryClients.MemMachine.Api;

/// <summary>The body of <c>POST /memories/search</c>: the project and the query, then the options (<see cref="MemMachineSearchOptions"/>).</summary>
public sealed record MemMachineSearchMemoriesRequest : MemMachineSearchOptions
{
    /// <summary>Creates an empty body; set <see cref="Query"/>.</summary>
    public MemMachineSearchMemoriesRequest() { }

    /// <summary>The body of a search with <paramref name="options"/>: every option is copied, so it is sent exactly as set.</summary>
    /// <param name="options">The options to send (a typed <see cref="MemMachineSearchOptions.Filter"/> is not sent; set <see cref="MemMachineSearchOptions.RawFilter"/>).</param>
    /// <param name="query">The natural-language query.</param>
    [SetsRequiredMembers]
    public MemMachineSearchMemoriesRequest(MemMachineSearchOptions options, string query) : base(options) => Query = query;

    /// <summary>The organisation id, sent only to self-hosted servers; omitted when null.</summary>
    [JsonPropertyOrder(-3)]
    public string? OrgId { get; init; }

    /// <summary>The project id; on the cloud an empty string means the caller's default project; omitted when null.</summary>
    [JsonPropertyOrder(-2)]
    public string? ProjectId { get; init; }

    /// <summary>The natural-language query.</summary>
    [JsonPropertyOrder(-1)]
    public required string Query { get; init; }
}
