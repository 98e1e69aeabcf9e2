using System.Text.Json.Serialization;
namespace MemoryClients.Mem0.Api;

/// <summary>The answer of <c>POST /v3/memories/search/</c>: memories ranked by relevance.</summary>
public sealed record Mem0SearchMemoriesResponse : ApiModel
{
    /// <summary>The matching memories, best first.</summary>
    [JsonRequired]
    public IReadOnlyList<Mem0Memory> Results { get; init; } = [];
}
