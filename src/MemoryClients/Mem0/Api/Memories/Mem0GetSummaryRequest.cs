using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

/// <summary>The body of <c>POST /v1/summary/</c>.</summary>
public sealed record Mem0GetSummaryRequest
{
    /// <summary>Which memories to summarise: flat <c>{"user_id": ...}</c> or an AND/OR tree. Sent as written.</summary>
    public required JsonObject Filters { get; init; }
}
