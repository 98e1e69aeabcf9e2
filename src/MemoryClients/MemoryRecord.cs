using System.Text.Json;
using System.Text.Json.Nodes;

namespace MemoryClients;

/// <summary>One memory from either provider: a Mem0 fact, a MemMachine episode or a MemMachine semantic feature.</summary>
public sealed record MemoryRecord
{
    /// <summary>The id: Mem0 memory id, MemMachine episode uid or semantic feature id.</summary>
    public string Id { get; init; } = "";

    /// <summary>The remembered text: the Mem0 memory, the episode content or the feature value.</summary>
    public string Text { get; init; } = "";

    /// <summary>What the record is.</summary>
    public MemoryKind Kind { get; init; }

    /// <summary>Whom the record belongs to, as the service reports it (may be empty, e.g. for MemMachine semantic features).</summary>
    public MemoryScope Scope { get; init; } = new();

    /// <summary>The metadata stored with the record, when any.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>Categories: Mem0's assigned categories, or a MemMachine feature's category and tag; empty otherwise.</summary>
    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>When the record was created, when known.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the record was last updated, when known.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The relevance score; search results only, when the service sends one.</summary>
    public double? Score { get; init; }

    /// <summary>The service the record came from.</summary>
    public MemoryProvider Provider { get; init; }

    /// <summary>The record exactly as the provider's model holds it, for fields not mapped here.</summary>
    public JsonElement Raw { get; init; }
}
