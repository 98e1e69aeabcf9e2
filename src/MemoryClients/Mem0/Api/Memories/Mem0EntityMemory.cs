using System.Text.Json.Nodes;

namespace MemoryClients.Mem0.Api;

/// <summary>A memory as <c>GET /v1/memories/{entity_type}/{entity_id}/</c> lists it, with the conversation that produced it.</summary>
public sealed record Mem0EntityMemory : ApiModel
{
    /// <summary>The memory id.</summary>
    public string Id { get; init; } = "";

    /// <summary>The memory text.</summary>
    public string Memory { get; init; } = "";

    /// <summary>The metadata attached to the memory.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>The categories the service assigned.</summary>
    public IReadOnlyList<string>? Categories { get; init; }

    /// <summary>The conversation that produced the memory.</summary>
    public IReadOnlyList<Mem0Message>? Input { get; init; }

    /// <summary>Whether the memory was changed after it was created.</summary>
    public bool? IsUpdated { get; init; }

    /// <summary>When the memory was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the memory was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }
}
