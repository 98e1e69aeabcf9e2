using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>The answer of <c>POST /v3/memories/search/</c>: memories ranked by relevance.</summary>
/// <remarks>Read-only to callers (the JSON reader sets the properties, on its fast path); <see cref="Mem0ModelFactory"/> builds one for tests.</remarks>
public sealed record Mem0SearchMemoriesResponse : ApiModel
{
    /// <summary>The matching memories, best first.</summary>
    [JsonRequired]
    [JsonInclude]
    public IReadOnlyList<Mem0Memory> Results { get; internal set; } = [];
}
