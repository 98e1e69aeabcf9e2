using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>
/// The body of <c>POST /v3/memories/search/</c>: the query and the filter tree, then the options
/// (<see cref="Mem0.Mem0SearchOptions"/>); unset properties are not sent, so the service's defaults apply.
/// </summary>
public sealed record Mem0SearchMemoriesRequest : Mem0.Mem0SearchOptions
{
    /// <summary>Creates an empty body; set <see cref="Query"/> and <see cref="Filters"/>.</summary>
    public Mem0SearchMemoriesRequest() { }

    /// <summary>The body of a search with <paramref name="options"/>: every option is copied, so it is sent exactly as set.</summary>
    /// <param name="options">The options to send.</param>
    /// <param name="query">The natural-language query.</param>
    /// <param name="filters">The filter tree.</param>
    [SetsRequiredMembers]
    public Mem0SearchMemoriesRequest(Mem0.Mem0SearchOptions options, string query, JsonObject filters) : base(options)
    {
        Query = query;
        Filters = filters;
    }

    /// <summary>The natural-language query (at least one character).</summary>
    [JsonPropertyOrder(-2)]
    public required string Query { get; init; }

    /// <summary>The filter tree; it must name at least one of <c>user_id</c>, <c>agent_id</c>, <c>app_id</c>, <c>run_id</c>. Sent as written.</summary>
    [JsonPropertyOrder(-1)]
    public required JsonObject Filters { get; init; }
}
