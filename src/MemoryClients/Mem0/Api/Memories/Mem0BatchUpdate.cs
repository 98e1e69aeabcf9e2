using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

/// <summary>One memory to change in a batch update: its id and the new text and/or metadata.</summary>
public sealed record Mem0BatchUpdate
{
    /// <summary>The id of the memory to change.</summary>
    public required string MemoryId { get; init; }

    /// <summary>The new text; not sent when null.</summary>
    public string? Text { get; init; }

    /// <summary>The new metadata; not sent when null.</summary>
    public JsonObject? Metadata { get; init; }
}
