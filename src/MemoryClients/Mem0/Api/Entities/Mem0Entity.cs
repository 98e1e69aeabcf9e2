using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MemoryClients.Mem0.Api;

/// <summary>A user, agent, app or run that owns memories, as <c>GET /v1/entities/</c> and <c>GET /v2/entities/{type}/{id}/</c> return it.</summary>
public sealed record Mem0Entity : ApiModel
{
    /// <summary>The service's id of the entity (numeric on older projects; read as text either way).</summary>
    [JsonConverter(typeof(StringOrNumberConverter))]
    public string? Id { get; init; }

    /// <summary>The entity's name: the <c>user_id</c>, <c>agent_id</c>, <c>app_id</c> or <c>run_id</c> memories were added with.</summary>
    public string? Name { get; init; }

    /// <summary>The kind of entity: <c>user</c>, <c>agent</c>, <c>app</c> or <c>run</c>.</summary>
    public Mem0EntityType? Type { get; init; }

    /// <summary>When the entity was created.</summary>
    public DateTimeOffset? CreatedAt { get; init; }

    /// <summary>When the entity was last updated.</summary>
    public DateTimeOffset? UpdatedAt { get; init; }

    /// <summary>The owner of the entity.</summary>
    public string? Owner { get; init; }

    /// <summary>Free-form metadata attached to the entity, keys verbatim.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>How many memories the entity holds, when the service reports it.</summary>
    public int? TotalMemories { get; init; }
}
