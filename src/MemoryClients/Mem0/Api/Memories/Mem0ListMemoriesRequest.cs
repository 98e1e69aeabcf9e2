using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>
/// The body of <c>POST /v3/memories/</c>: the filter tree, then the options (<see cref="Mem0.Mem0ListOptions"/>; page and
/// page size travel in the query); unset properties are not sent.
/// </summary>
public sealed record Mem0ListMemoriesRequest : Mem0.Mem0ListOptions
{
    /// <summary>Creates an empty body; set <see cref="Filters"/>.</summary>
    public Mem0ListMemoriesRequest() { }

    /// <summary>The body of a listing with <paramref name="options"/>: every option is copied, so it is sent exactly as set.</summary>
    /// <param name="options">The options to send.</param>
    /// <param name="filters">The filter tree.</param>
    [SetsRequiredMembers]
    public Mem0ListMemoriesRequest(Mem0.Mem0ListOptions options, JsonObject filters) : base(options) => Filters = filters;

    /// <summary>The filter tree; it must name at least one of <c>user_id</c>, <c>agent_id</c>, <c>app_id</c>, <c>run_id</c>. Sent as written.</summary>
    [JsonPropertyOrder(-1)]
    public required JsonObject Filters { get; init; }
}
